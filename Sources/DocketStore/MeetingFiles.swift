import DocketModel

/// One file per meeting with a single writer, changed through the locked
/// write path, every change appended to the writer's journal: the live files
/// (whoever presides) and the clerk's records.
public struct MeetingFiles<Contents: Codable & Sendable> {
    let reader: StoreReader
    let relativePath: @Sendable (String) -> String
    let schema: String

    init(reader: StoreReader, relativePath: @escaping @Sendable (String) -> String, schema: String) {
        self.reader = reader
        self.relativePath = relativePath
        self.schema = schema
    }

    func file(_ meeting: String) -> LockedFile<Contents> {
        LockedFile(path: reader.path(relativePath(meeting)), schema: schema,
                   permissions: 0o644, directoryPermissions: 0o755, reader: reader)
    }

    public func watchedFiles(meetings: [String]) -> [String] {
        meetings.map { file($0).path }
    }

    /// The meeting's file, if it has one.
    public func read(_ meeting: String) throws(WriteError) -> Contents? {
        try file(meeting).read()
    }

    /// The file of each meeting that has one.
    public func load(meetings: [String]) -> (files: [String: Contents], problems: [StoreProblem]) {
        var files: [String: Contents] = [:]
        var problems: [StoreProblem] = []
        for meeting in meetings {
            do {
                if let found = try read(meeting) { files[meeting] = found }
            } catch {
                problems.append(NoteStore.problem(error, file: file(meeting).path))
            }
        }
        return (files, problems)
    }

    /// Applies a change to the meeting's file (starting from `initial` when there is none), then journals it.
    @discardableResult
    public func update(_ meeting: String, startingFrom initial: Contents, journal entry: JournalEntry,
                       _ change: (Contents) -> Contents) throws(WriteError) -> Contents {
        let updated = try file(meeting).update { current in change(current ?? initial) }
        try Journal(reader: reader).append(entry)
        return updated
    }
}

/// `meetings/<id>/live.json`, written only by whoever presides.
public typealias LiveStore = MeetingFiles<LiveMeeting>

extension MeetingFiles where Contents == LiveMeeting {
    public init(reader: StoreReader) {
        self.init(reader: reader, relativePath: StoreLayout.live, schema: StoreSchema.live)
    }

    /// Applies a presiding action to the meeting's live file, then journals it.
    @discardableResult
    public func update(_ meeting: String, journal entry: JournalEntry,
                       _ change: (LiveMeeting) -> LiveMeeting) throws(WriteError) -> LiveMeeting {
        try update(meeting, startingFrom: LiveMeeting(meeting: meeting), journal: entry, change)
    }
}

/// `meetings/<id>/record.json`, written only by the clerk.
public typealias RecordStore = MeetingFiles<MeetingRecord>

extension MeetingFiles where Contents == MeetingRecord {
    public init(reader: StoreReader) {
        self.init(reader: reader, relativePath: StoreLayout.record, schema: StoreSchema.record)
    }

    /// Applies a change to the meeting's record (starting one at `firstParagraph`), then journals it.
    @discardableResult
    public func update(_ meeting: String, firstParagraph: Int, journal entry: JournalEntry,
                       _ change: (MeetingRecord) -> MeetingRecord) throws(WriteError) -> MeetingRecord {
        try update(meeting, startingFrom: MeetingRecord(meeting: meeting, firstParagraph: firstParagraph), journal: entry, change)
    }
}
