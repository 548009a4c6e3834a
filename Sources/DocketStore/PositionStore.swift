import DocketModel

/// Where a member's positions live: one file per meeting, shared in the store
/// (`members/<id>/positions/<meeting>.json`) or private in the member's
/// private directory (`positions/<meeting>.json`). Read marks are private
/// (`read.json`). Every change goes through the locked write path.
public struct PositionStore {
    public let member: String
    let privateArea: PrivateDirectory
    let reader: StoreReader

    public init(member: String, privateDirectory: String, reader: StoreReader) {
        self.member = member
        self.privateArea = PrivateDirectory(path: privateDirectory, fileSystem: reader.fileSystem)
        self.reader = reader
    }

    static func sharedFile(of member: String, meeting: String, reader: StoreReader) -> LockedFile<PositionsFile> {
        LockedFile(path: reader.path(StoreLayout.sharedPositions(member, meeting: meeting)), schema: StoreSchema.positions,
                   storeFolder: "\(StoreLayout.membersDirectory)/\(member)/positions", reader: reader)
    }

    func privateFile(meeting: String) -> LockedFile<PositionsFile> {
        privateArea.file("positions/\(meeting).json", schema: StoreSchema.positions, reader: reader)
    }

    var readMarksFile: LockedFile<ReadMarksFile> { privateArea.file("read.json", schema: StoreSchema.readMarks, reader: reader) }

    /// Files whose changes mean positions or read marks on screen are out of date.
    public func watchedFiles(meetings: [String], members: [String]) -> [String] {
        [readMarksFile.path] + meetings.flatMap { meeting in
            [privateFile(meeting: meeting).path] + members.map { Self.sharedFile(of: $0, meeting: meeting, reader: reader).path }
        }
    }

    /// My positions on these meetings (private and shared) and others' shared ones;
    /// a position found in both places counts once, in its newest form.
    public func load(meetings: [String], members: [String], accounts: MemberAccounts? = nil) -> (positions: [VisiblePosition], problems: [StoreProblem]) {
        var found: [VisiblePosition] = []
        var problems: [StoreProblem] = []
        let kept = Self.meetingsWithFiles(in: privateArea.path + "/positions", among: meetings, fileSystem: reader.fileSystem)
        for meeting in meetings where kept.contains(meeting) {
            do {
                found += (try privateFile(meeting: meeting).read()?.positions ?? [])
                    .filter { $0.author == member && $0.meeting == meeting }.map { VisiblePosition(position: $0, shared: false) }
            } catch {
                problems.append(NoteStore.problem(error, file: privateFile(meeting: meeting).path))
            }
        }
        let shared = Self.loadShared(meetings: meetings, members: members, reader: reader, accounts: accounts)
        return (Self.newestOnce(found + shared.positions), problems + shared.problems)
    }

    /// Every member's shared positions on these meetings: what anyone, even a read-only session, may see.
    /// In a shared store (`accounts`), a file another account made in a member's name is not read.
    public static func loadShared(meetings: [String], members: [String], reader: StoreReader,
                                  accounts: MemberAccounts? = nil) -> (positions: [VisiblePosition], problems: [StoreProblem]) {
        var found: [VisiblePosition] = []
        var problems: [StoreProblem] = []
        // A member's folder that is a link could lead anywhere: its files are not read (loading reports it).
        for other in members where !reader.fileSystem.isSymbolicLink(at: reader.path("\(StoreLayout.membersDirectory)/\(other)")) {
            let folder = reader.path("\(StoreLayout.membersDirectory)/\(other)/positions")
            let kept = meetingsWithFiles(in: folder, among: meetings, fileSystem: reader.fileSystem)
            for meeting in meetings where kept.contains(meeting) {
                let file = sharedFile(of: other, meeting: meeting, reader: reader)
                if let forged = accounts?.foreignMaker(of: file.path, member: other, fileSystem: reader.fileSystem) {
                    problems.append(forged)
                    continue
                }
                do {
                    found += (try file.read()?.positions ?? [])
                        .filter { $0.author == other && $0.meeting == meeting }.map { VisiblePosition(position: $0, shared: true) }
                } catch {
                    problems.append(NoteStore.problem(error, file: file.path))
                }
            }
        }
        return (newestOnce(found), problems)
    }

    /// The meetings with a file in a positions folder: one listing, where asking for each of
    /// two hundred meetings of each member took thousands of lookups. A folder that cannot be
    /// listed is left to each file's own read, which names what is wrong.
    static func meetingsWithFiles(in folder: String, among meetings: [String], fileSystem: any FileSystem) -> Set<String> {
        guard fileSystem.kind(at: folder) != nil else { return [] }
        guard let names = try? fileSystem.contentsOfDirectory(at: folder) else { return Set(meetings) }
        return Set(names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
    }

    /// A position found twice (a crash while it was being shared) counts once, in its newest form.
    static func newestOnce(_ found: [VisiblePosition]) -> [VisiblePosition] {
        var newest: [String: VisiblePosition] = [:]
        for candidate in found {
            let key = "\(candidate.position.author) \(candidate.position.meeting) \(candidate.position.matter)"
            if newest[key].map({ $0.position.modified < candidate.position.modified }) ?? true { newest[key] = candidate }
        }
        return newest.values.sorted {
            ($0.position.meeting, $0.position.matter, $0.position.author) < ($1.position.meeting, $1.position.matter, $1.position.author)
        }
    }

    /// Records the position, replacing mine on the same matter and meeting.
    public func save(_ position: Position, shared: Bool) throws(WriteError) {
        let file = try file(meeting: position.meeting, shared: shared)
        try file.update(checkedBy: { FileChecks.positions($0, member: member, meeting: position.meeting, file: file.path) }) { current in
            var positions = (current?.positions ?? []).filter { $0.matter != position.matter }
            positions.append(position)
            positions.sort { $0.matter < $1.matter }
            return PositionsFile(positions: positions)
        }
    }

    /// Clears my position on a matter of a meeting.
    public func clear(meeting: String, matter: String, shared: Bool) throws(WriteError) {
        let file = try file(meeting: meeting, shared: shared)
        try file.update(checkedBy: { FileChecks.positions($0, member: member, meeting: meeting, file: file.path) }) { current in
            PositionsFile(positions: (current?.positions ?? []).filter { $0.matter != matter })
        }
    }

    /// Shares or unshares: the new place first, then the old one cleared.
    public func move(_ position: Position, toShared shared: Bool) throws(WriteError) {
        try save(position, shared: shared)
        try clear(meeting: position.meeting, matter: position.matter, shared: !shared)
    }

    public func readMarks() -> (marks: [ReadMark], problems: [StoreProblem]) {
        do {
            return (try readMarksFile.read()?.marks ?? [], [])
        } catch {
            return ([], [NoteStore.problem(error, file: readMarksFile.path)])
        }
    }

    /// Marks an item read at a revision, or unread (`mark` nil).
    public func setRead(meeting: String, matter: String, mark: ReadMark?) throws(WriteError) {
        try privateArea.checkWritable([readMarksFile.path])
        try readMarksFile.update { current in
            var marks = (current?.marks ?? []).filter { !($0.meeting == meeting && $0.matter == matter) }
            if let mark { marks.append(mark) }
            marks.sort { ($0.meeting, $0.matter) < ($1.meeting, $1.matter) }
            return ReadMarksFile(marks: marks)
        }
    }

    private func file(meeting: String, shared: Bool) throws(WriteError) -> LockedFile<PositionsFile> {
        guard !shared else { return Self.sharedFile(of: member, meeting: meeting, reader: reader) }
        let file = privateFile(meeting: meeting)
        try privateArea.checkWritable([file.path])
        return file
    }
}
