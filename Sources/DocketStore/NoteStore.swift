import DocketJSON
import DocketModel

/// Where a member's notes live and how they change. Shared notes are in the
/// member's own file in the store (`members/<id>/notes.json`); private notes in
/// the user's data directory, outside the store, so that copying or syncing a
/// store can never leak them.
public struct NoteStore {
    public let member: String
    public let privateDirectory: String
    let reader: StoreReader

    public init(member: String, privateDirectory: String, reader: StoreReader) {
        self.member = member
        self.privateDirectory = privateDirectory
        self.reader = reader
    }

    var sharedFile: LockedFile<NotesFile> { Self.sharedFile(of: member, reader: reader) }

    var privateArea: PrivateDirectory { PrivateDirectory(path: privateDirectory, fileSystem: reader.fileSystem) }

    var privateFile: LockedFile<NotesFile> { privateArea.file("notes.json", schema: StoreSchema.notes, reader: reader) }

    static func sharedFile(of member: String, reader: StoreReader) -> LockedFile<NotesFile> {
        LockedFile(path: reader.path(StoreLayout.sharedNotes(member)), schema: StoreSchema.notes,
                   storeFolder: "\(StoreLayout.membersDirectory)/\(member)", reader: reader)
    }

    /// My private notes and every member's shared ones. A note found twice
    /// (a crash while it moved between files) counts once, in its newest form.
    public func load(members: [String], accounts: MemberAccounts? = nil) -> (notes: [VisibleNote], problems: [StoreProblem]) {
        var found: [VisibleNote] = []
        var problems: [StoreProblem] = []
        if let exposure = privateArea.exposure(of: [privateFile.path]) {
            problems.append(StoreProblem(file: exposure.path, place: .file, kind: .unreadable, message: WriteError.exposed(path: exposure.path, permissions: exposure.permissions).description))
        }
        do {
            found += (try privateFile.read()?.notes ?? []).filter { $0.author == member }.map { VisibleNote(note: $0, shared: false) }
        } catch {
            problems.append(Self.problem(error, file: privateFile.path))
        }
        let shared = Self.loadShared(members: members, reader: reader, accounts: accounts)
        return (Self.newestOnce(found + shared.notes), problems + shared.problems)
    }

    /// Every member's shared notes: what anyone, even a read-only session, may see.
    /// In a shared store (`accounts`), a file another account made in a member's name is not read.
    public static func loadShared(members: [String], reader: StoreReader, accounts: MemberAccounts? = nil) -> (notes: [VisibleNote], problems: [StoreProblem]) {
        var found: [VisibleNote] = []
        var problems: [StoreProblem] = []
        // A member's folder that is a link could lead anywhere: its files are not read (loading reports it).
        for other in members where !reader.fileSystem.isSymbolicLink(at: reader.path("\(StoreLayout.membersDirectory)/\(other)")) {
            let file = sharedFile(of: other, reader: reader)
            if let forged = accounts?.foreignMaker(of: file.path, member: other, fileSystem: reader.fileSystem) {
                problems.append(forged)
                continue
            }
            do {
                for note in try file.read()?.notes ?? [] {
                    guard note.author == other else {
                        problems.append(StoreProblem(file: file.path, place: .file, kind: .reference,
                                                     message: "holds a note by \(note.author); a member's file holds only that member's notes"))
                        continue
                    }
                    found.append(VisibleNote(note: note, shared: true))
                }
            } catch {
                problems.append(problem(error, file: file.path))
            }
        }
        return (newestOnce(found), problems)
    }

    /// A note found twice (a crash while it moved between files) counts once, in its newest form.
    static func newestOnce(_ found: [VisibleNote]) -> [VisibleNote] {
        var newest: [String: VisibleNote] = [:]
        for candidate in found where newest[candidate.note.id].map({ $0.note.modified < candidate.note.modified }) ?? true {
            newest[candidate.note.id] = candidate
        }
        return newest.values.sorted { ($0.note.created, $0.note.id) < ($1.note.created, $1.note.id) }
    }

    /// Adds the note, or replaces the one with its id, in the file for its visibility.
    public func save(_ note: Note, shared: Bool) throws(WriteError) {
        let file = try file(shared: shared)
        try file.update(checkedBy: { FileChecks.notes($0, member: member, file: file.path) }) { current in
            var notes = (current?.notes ?? []).filter { $0.id != note.id }
            notes.append(note)
            notes.sort { ($0.created, $0.id) < ($1.created, $1.id) }
            return NotesFile(notes: notes)
        }
    }

    public func delete(_ id: String, shared: Bool) throws(WriteError) {
        let file = try file(shared: shared)
        try file.update(checkedBy: { FileChecks.notes($0, member: member, file: file.path) }) { current in
            NotesFile(notes: (current?.notes ?? []).filter { $0.id != id })
        }
    }

    /// Shares or unshares: writes the new place first, then removes the old, so
    /// a crash in between leaves the note in both places (loading keeps one), never in none.
    public func move(_ note: Note, toShared shared: Bool) throws(WriteError) {
        try save(note, shared: shared)
        try delete(note.id, shared: !shared)
    }

    private func file(shared: Bool) throws(WriteError) -> LockedFile<NotesFile> {
        guard !shared else { return sharedFile }
        try privateArea.checkWritable([privateFile.path])
        return privateFile
    }

    /// Files whose changes mean the notes on screen are out of date.
    public func watchedFiles(members: [String]) -> [String] {
        [privateFile.path] + members.map { Self.sharedFile(of: $0, reader: reader).path }
    }

    // MARK: Drafts and editing files, private to the member

    var draftPath: String { privateDirectory + "/draft.json" }

    /// Keeps a note being typed when Docket is stopped.
    public func saveDraft(_ draft: NoteDraft) throws(WriteError) {
        try ensurePrivateDirectory()
        do {
            try reader.fileSystem.writeFileAtomically(try CanonicalJSON.bytes(of: draft), to: draftPath, permissions: 0o600)
        } catch let error as FileSystemError {
            throw .io(error)
        } catch {
            throw .io(FileSystemError(path: draftPath, reason: .system(errno: 22)))
        }
    }

    /// The kept draft, removed as it is taken: it is in the editor from now on.
    public func takeDraft() -> NoteDraft? {
        guard reader.fileSystem.kind(at: draftPath) != nil else { return nil }
        defer { try? reader.fileSystem.removeFile(at: draftPath) }
        return reader.read(NoteDraft.self, atAbsolute: draftPath, schema: nil).0
    }

    /// A private file for the external editor, holding `text`.
    public func createEditFile(_ text: String) throws(WriteError) -> String {
        try ensurePrivateDirectory()
        let path = privateDirectory + "/edit-\(UInt32.random(in: 0...UInt32.max)).txt"
        do {
            try reader.fileSystem.writeFileAtomically(Array(text.utf8), to: path, permissions: 0o600)
        } catch {
            throw .io(error)
        }
        return path
    }

    /// The edited text, and the file removed.
    public func finishEditFile(_ path: String) -> String? {
        defer { try? reader.fileSystem.removeFile(at: path) }
        return (try? reader.fileSystem.readFile(at: path)).map { String(decoding: $0, as: UTF8.self) }
    }

    private func ensurePrivateDirectory() throws(WriteError) {
        try privateArea.ensure()
    }

    static func problem(_ error: WriteError, file: String) -> StoreProblem {
        if case .unreadable(let problem) = error { return problem }
        return StoreProblem(file: file, place: .file, kind: .unreadable, message: error.description)
    }
}
