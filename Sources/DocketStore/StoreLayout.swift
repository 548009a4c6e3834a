/// Where each file of a store lives, relative to the store's root. Every file
/// has exactly one writer, so stores synchronised with git never conflict.
public enum StoreLayout {
    /// Written once, when the store is created.
    public static let manifest = "docket.json"
    /// Written by the administration (or an importer).
    public static let committee = "committee.json"
    public static let mattersDirectory = "matters"
    public static let meetingsDirectory = "meetings"
    /// Files the store points to from attachments; written by the administration.
    public static let attachmentsDirectory = "attachments"
    /// One folder per member, written only by that member.
    public static let membersDirectory = "members"
    /// One append-only journal per writer.
    public static let journalDirectory = "journal"

    public static func matter(_ id: String) -> String { "\(mattersDirectory)/\(id).json" }
    public static func meetingDirectory(_ id: String) -> String { "\(meetingsDirectory)/\(id)" }
    /// The meeting and its agenda; written by the administration.
    public static func meeting(_ id: String) -> String { "\(meetingDirectory(id))/meeting.json" }
    /// The live state of a meeting; written only by whoever presides.
    public static func live(_ meetingID: String) -> String { "\(meetingDirectory(meetingID))/live.json" }
    /// The clerk's record of a meeting; written only by the clerk.
    public static func record(_ meetingID: String) -> String { "\(meetingDirectory(meetingID))/record.json" }
    /// A member's shared notes.
    public static func sharedNotes(_ memberID: String) -> String { "\(membersDirectory)/\(memberID)/notes.json" }
    /// A member's shared positions on one meeting's agenda.
    public static func sharedPositions(_ memberID: String, meeting meetingID: String) -> String {
        "\(membersDirectory)/\(memberID)/positions/\(meetingID).json"
    }
    /// What importers keep between runs: the ids given to another system's objects.
    public static let importsDirectory = "imports"
    public static let oparlIDs = "\(importsDirectory)/oparl.json"
    /// A writer's audit journal, JSON lines, append-only.
    public static func journal(_ memberID: String) -> String { "\(journalDirectory)/\(memberID).jsonl" }

    /// Files a meeting folder may hold besides its agenda, filled by later features.
    static let reservedMeetingFiles: Set<String> = ["live.json", "record.json"]

    /// Keeps lock files and interrupted writes out of a store synchronised with git.
    public static let gitignore = "# Docket's lock files and the temporary files of interrupted writes.\n.*.lock\n.*.tmp\n"

    /// The most open mode a store file may have: its one writer writes it,
    /// everyone reads it. Docket creates files with this, narrowed by the umask.
    public static let fileMode: UInt16 = 0o644

    /// The most open mode a store folder may have, narrowed by the umask when
    /// Docket creates it: folders where several people each create their own
    /// files (`members/`, `journal/`, a meeting's folder) are group-writable and
    /// sticky, so nobody can replace or remove a file of someone else's; the
    /// rest are written by one writer.
    public static func folderMode(_ relative: String) -> UInt16 {
        let parts = relative.split(separator: "/")
        switch (parts.first.map(String.init), parts.count) {
        case (membersDirectory?, 1), (journalDirectory?, 1), (meetingsDirectory?, 2): return 0o1775
        default: return 0o755
        }
    }
}
