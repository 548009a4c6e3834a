import DocketJSON
import DocketModel

/// Who may write each file and folder of a store shared on one server, as the
/// operating system should enforce it: the administration's files by the
/// clerk, each meeting's record by the clerk and its live file by the chair,
/// each member's folder and journal by that member alone, everything readable
/// by the committee's group and by nobody else.
public struct StoreAccess {
    /// One path as it should be.
    public struct Rule: Equatable, Sendable {
        public enum Writer: Equatable, Sendable {
            case clerk
            /// The chair on the meeting's date (nil: on the day asked about), not whoever chairs today.
            case chair(on: String?)
            case member(String)
        }

        /// Relative to the store's root; "." is the root itself.
        public let path: String
        public let isFolder: Bool
        public let writer: Writer
        public let mode: UInt16
        /// Made by `--apply` when missing, so that nobody else can make it first.
        public let createdIfMissing: Bool
        /// What a file made by `--apply` holds (a live file says "planned"); empty otherwise.
        public var initialContents: [UInt8] = []
    }

    /// The store's root: the committee's group reads, nobody else enters.
    static let rootMode: UInt16 = 0o2750
    /// A folder its one writer writes; setgid, so what is made in it keeps the group.
    static let folderMode: UInt16 = 0o2755
    /// A folder where several people each make their own files: sticky, so nobody replaces another's.
    static let sharedFolderMode: UInt16 = 0o3775

    public let rules: [Rule]

    /// Where `--apply` puts what an account made that may not write it: hidden, so no loader reads it.
    public static let setAsideDirectory = ".set-aside"

    /// The rules for the store as it is: its files, and each member's folder and journal.
    public init(committee: Committee, meetings: [Meeting], reader: StoreReader) {
        var rules: [Rule] = [Rule(path: ".", isFolder: true, writer: .clerk, mode: StoreAccess.rootMode, createdIfMissing: false)]
        func add(_ path: String, folder: Bool, _ writer: Rule.Writer, _ mode: UInt16, create: Bool = false, contents: [UInt8] = []) {
            rules.append(Rule(path: path, isFolder: folder, writer: writer, mode: mode, createdIfMissing: create, initialContents: contents))
        }
        let fileSystem = reader.fileSystem
        func visible(_ relative: String) -> [String] {
            ((try? fileSystem.contentsOfDirectory(at: reader.path(relative))) ?? []).filter { !$0.hasPrefix(".") }
        }
        /// Every file and folder below `relative`, all written by `writer`; a link is a path of its
        /// own, never followed (it could lead anywhere on the system).
        func tree(_ relative: String, _ writer: Rule.Writer) {
            guard !fileSystem.isSymbolicLink(at: reader.path(relative)) else { return }
            for name in visible(relative) {
                let path = "\(relative)/\(name)"
                let folder = !fileSystem.isSymbolicLink(at: reader.path(path)) && fileSystem.kind(at: reader.path(path)) == .directory
                add(path, folder: folder, writer, folder ? StoreAccess.folderMode : StoreLayout.fileMode)
                if folder { tree(path, writer) }
            }
        }
        for file in [StoreLayout.manifest, StoreLayout.committee, ".gitignore"] where fileSystem.kind(at: reader.path(file)) != nil {
            add(file, folder: false, .clerk, StoreLayout.fileMode)
        }
        for folder in [StoreLayout.mattersDirectory, StoreLayout.attachmentsDirectory] where fileSystem.kind(at: reader.path(folder)) != nil {
            add(folder, folder: true, .clerk, StoreAccess.folderMode)
            tree(folder, .clerk)
        }
        add(StoreLayout.meetingsDirectory, folder: true, .clerk, StoreAccess.folderMode)
        for meeting in meetings.map(\.id) {
            add(StoreLayout.meetingDirectory(meeting), folder: true, .clerk, StoreAccess.sharedFolderMode)
            add(StoreLayout.meeting(meeting), folder: false, .clerk, StoreLayout.fileMode)
            if fileSystem.kind(at: reader.path(StoreLayout.record(meeting))) != nil {
                add(StoreLayout.record(meeting), folder: false, .clerk, StoreLayout.fileMode)
            }
        }
        // Made for the meeting's chair ahead of it, so that nobody else can make it first.
        for meeting in meetings {
            add(StoreLayout.live(meeting.id), folder: false, .chair(on: meeting.date), StoreLayout.fileMode, create: true,
                contents: (try? CanonicalJSON.bytes(of: LiveMeeting(meeting: meeting.id))) ?? [])
        }
        add(StoreLayout.membersDirectory, folder: true, .clerk, StoreAccess.sharedFolderMode, create: true)
        add(StoreLayout.journalDirectory, folder: true, .clerk, StoreAccess.sharedFolderMode, create: true)
        for member in committee.members where member.login != nil {
            let folder = "\(StoreLayout.membersDirectory)/\(member.id)"
            add(folder, folder: true, .member(member.id), StoreAccess.folderMode, create: true)
            tree(folder, .member(member.id))
            add(StoreLayout.journal(member.id), folder: false, .member(member.id), StoreLayout.fileMode, create: true)
        }
        // A writer's lock files belong to that writer too.
        for rule in rules where !rule.isFolder {
            let lock = "\(parentDirectory(of: rule.path))/.\(lastComponent(of: rule.path)).lock"
            if fileSystem.kind(at: reader.path(lock)) != nil { add(lock, folder: false, rule.writer, StoreLayout.fileMode) }
        }
        self.rules = rules
    }
}

extension StoreAccess {
    /// Who writes the file at `relative` (a temporary or lock file counts as its target's).
    public static func writer(ofRelative relative: String) -> Rule.Writer? {
        let parts = target(ofRelative: relative)
        switch (parts.first, parts.count) {
        case (StoreLayout.membersDirectory?, 2...): return .member(parts[1])
        case (StoreLayout.journalDirectory?, 2): return .member(String(parts[1].dropLast(".jsonl".count)))
        case (StoreLayout.meetingsDirectory?, 3) where parts[2] == "live.json": return .chair(on: nil)
        case (nil, _): return nil
        default: return .clerk
        }
    }

    /// "record.json belongs to eva (the clerk, Eva Lundgren)": for a write the operating system refused.
    public static func ownerWords(ofRelative relative: String, committee: Committee, date: String,
                                  language: InterfaceLanguage = .english) -> String? {
        guard let writer = writer(ofRelative: relative), let name = target(ofRelative: relative).last else { return nil }
        let (_, words) = Self.writer(writer, committee: committee, date: date, language: language)
        return StoreErrorWords.for(language).belongsTo(name, words)
    }

    /// The path's parts, a temporary or lock file (`.record.json.123.tmp`, `.record.json.lock`) named as its target.
    private static func target(ofRelative relative: String) -> [String] {
        var parts = relative.split(separator: "/").map(String.init)
        if let last = parts.last, last.hasPrefix("."), let stem = last.dropFirst().split(separator: ".").first {
            parts[parts.count - 1] = stem + (last.contains(".jsonl.") ? ".jsonl" : ".json")
        }
        return parts
    }
}
