import DocketModel

/// One file per meeting with a single writer, changed through the locked
/// write path, every change appended to the writer's journal: the live files
/// (whoever presides) and the clerk's records.
public struct MeetingFiles<Contents: Codable & Sendable> {
    let reader: StoreReader
    let relativePath: @Sendable (String) -> String
    let schema: String
    /// The checks beyond the schema, against the meeting's other files as on disk.
    let check: @Sendable (Contents, MeetingContext) -> [StoreProblem]
    /// Who may write the file, in a shared store.
    let writers: @Sendable (Meeting) -> (Member) -> Bool

    init(reader: StoreReader, relativePath: @escaping @Sendable (String) -> String, schema: String,
         writers: @escaping @Sendable (Meeting) -> (Member) -> Bool, check: @escaping @Sendable (Contents, MeetingContext) -> [StoreProblem]) {
        self.writers = writers
        self.reader = reader
        self.relativePath = relativePath
        self.schema = schema
        self.check = check
    }

    func file(_ meeting: String) -> LockedFile<Contents> {
        LockedFile(path: reader.path(relativePath(meeting)), schema: schema,
                   storeFolder: StoreLayout.meetingDirectory(meeting), reader: reader)
    }

    public func watchedFiles(meetings: [String]) -> [String] {
        meetings.map { file($0).path }
    }

    /// The meeting's file, if it has one.
    public func read(_ meeting: String) throws(WriteError) -> Contents? {
        try file(meeting).read()
    }

    /// The file of each meeting that has one, judged as loading judges it: one
    /// that fails the checks, or that an account without the right made, is left out.
    /// - Parameter records: the meetings' records as already read, so that a live file is judged without reading its record again.
    public func load(meetings: [String], records: [String: MeetingRecord] = [:]) -> (files: [String: Contents], problems: [StoreProblem]) {
        var files: [String: Contents] = [:]
        var problems: [StoreProblem] = []
        let shared = reader.read(StoreManifest.self, at: StoreLayout.manifest, schema: StoreSchema.manifest).0?.identitySource == .accounts
        let committee = reader.read(Committee.self, at: StoreLayout.committee, schema: StoreSchema.committee).0
        for meeting in meetings {
            do {
                guard let found = try read(meeting) else { continue }
                let context = MeetingContext(meeting: meeting, file: file(meeting).path, reader: reader, committee: committee,
                                             record: records[meeting])
                var refusals = check(found, context)
                if shared, let held = context.meeting,
                   let problem = FileChecks.writer(of: context.file, may: writers(held), committee: committee, reader: reader) {
                    refusals.append(problem)
                }
                if refusals.isEmpty { files[meeting] = found } else { problems += refusals }
            } catch {
                problems.append(NoteStore.problem(error, file: file(meeting).path))
            }
        }
        return (files, problems)
    }

    /// Applies a change to the meeting's file (starting from `initial` when there is none), then journals it.
    @discardableResult
    public func update(_ meeting: String, startingFrom initial: Contents, journal entry: JournalEntry,
                       _ change: (Contents) -> Contents) throws(WriteError) -> Written<Contents> {
        let file = file(meeting)
        let updated = try file.update(checkedBy: { check($0, MeetingContext(meeting: meeting, file: file.path, reader: reader)) }) { current in
            change(current ?? initial)
        }
        try Journal(reader: reader).append(entry)
        return updated
    }
}

/// `meetings/<id>/live.json`, written only by whoever presides.
public typealias LiveStore = MeetingFiles<LiveMeeting>

extension MeetingFiles where Contents == LiveMeeting {
    public init(reader: StoreReader) {
        self.init(reader: reader, relativePath: StoreLayout.live, schema: StoreSchema.live,
                  writers: { FileChecks.mayPreside(on: $0.date) }) { live, context in
            guard let meeting = context.meeting else { return [] }
            return FileChecks.live(live, meeting: meeting, record: context.record, file: context.file)
        }
    }

    /// Applies a presiding action to the meeting's live file, then journals it.
    @discardableResult
    public func update(_ meeting: String, journal entry: JournalEntry,
                       _ change: (LiveMeeting) -> LiveMeeting) throws(WriteError) -> Written<LiveMeeting> {
        try update(meeting, startingFrom: LiveMeeting(meeting: meeting), journal: entry, change)
    }
}

/// `meetings/<id>/record.json`, written only by the clerk.
public typealias RecordStore = MeetingFiles<MeetingRecord>

extension MeetingFiles where Contents == MeetingRecord {
    public init(reader: StoreReader) {
        self.init(reader: reader, relativePath: StoreLayout.record, schema: StoreSchema.record,
                  writers: { FileChecks.mayRecord(on: $0.date) }) { record, context in
            guard let meeting = context.meeting else { return [] }
            return FileChecks.record(record, meeting: meeting, committee: context.committee, file: context.file)
        }
    }

    /// Applies a change to the meeting's record (starting one at `firstParagraph`), then journals it.
    @discardableResult
    public func update(_ meeting: String, firstParagraph: Int, journal entry: JournalEntry,
                       _ change: (MeetingRecord) -> MeetingRecord) throws(WriteError) -> Written<MeetingRecord> {
        try update(meeting, startingFrom: MeetingRecord(meeting: meeting, firstParagraph: firstParagraph), journal: entry, change)
    }

    /// Writes the clerk's change once, whatever happened to earlier tries:
    /// the record takes it unless its id is among the changes applied, and the
    /// journal gets its line unless it already has one with that id. When the
    /// record took it but the journal did not, the error says so (`.journalOnly`),
    /// and the same change tried again (`retried`) only journals. Returns the record as written.
    @discardableResult
    public func write(_ change: RecordChange, id: String, retried: Bool, journal entry: JournalEntry) throws(WriteError) -> Written<MeetingRecord> {
        let initial = MeetingRecord(meeting: change.meeting, firstParagraph: change.firstParagraph)
        let file = file(change.meeting)
        let written = try file.update(checkedBy: { check($0, MeetingContext(meeting: change.meeting, file: file.path, reader: reader)) }) { current in
            let record = current ?? initial
            guard !(record.appliedChanges ?? []).contains(id) else { return record }
            var updated = change.edit.applied(to: record)
            updated.appliedChanges = Array(((record.appliedChanges ?? []) + [id]).suffix(MeetingRecord.appliedChangesKept))
            return updated
        }
        let journal = Journal(reader: reader)
        if retried && journal.contains(change: id, person: entry.person) { return written }
        do {
            try journal.append(entry)
        } catch {
            throw .journalOnly(error)
        }
        return written
    }
}

/// A meeting's other files as on disk, each read only when a check asks for it.
struct MeetingContext {
    let id: String
    /// The file being written.
    let file: String
    let reader: StoreReader
    /// Already read, when many meetings are checked together.
    private let loadedCommittee: Committee?
    private let loadedRecord: MeetingRecord?

    init(meeting id: String, file: String, reader: StoreReader, committee: Committee? = nil, record: MeetingRecord? = nil) {
        self.id = id
        self.file = file
        self.reader = reader
        self.loadedCommittee = committee
        self.loadedRecord = record
    }

    var meeting: Meeting? { reader.read(Meeting.self, at: StoreLayout.meeting(id), schema: StoreSchema.meeting).0 }
    var committee: Committee? {
        loadedCommittee ?? reader.read(Committee.self, at: StoreLayout.committee, schema: StoreSchema.committee).0
    }
    var record: MeetingRecord? {
        if let loadedRecord { return loadedRecord }
        let path = StoreLayout.record(id)
        guard reader.fileSystem.kind(at: reader.path(path)) != nil else { return nil }
        return reader.read(MeetingRecord.self, at: path, schema: StoreSchema.record).0
    }
}
