import DocketModel

/// The clerk's records: `meetings/<id>/record.json`, written only by the
/// clerk through the locked write path, every change journaled.
public struct RecordStore {
    let reader: StoreReader

    public init(reader: StoreReader) {
        self.reader = reader
    }

    func file(_ meeting: String) -> LockedFile<MeetingRecord> {
        LockedFile(path: reader.path(StoreLayout.record(meeting)), schema: StoreSchema.record,
                   permissions: 0o644, directoryPermissions: 0o755, reader: reader)
    }

    public func watchedFiles(meetings: [String]) -> [String] {
        meetings.map { file($0).path }
    }

    /// The record of a meeting, if the clerk has started one.
    public func read(_ meeting: String) throws(WriteError) -> MeetingRecord? {
        try file(meeting).read()
    }

    /// Applies a change to the meeting's record (starting one at `firstParagraph`),
    /// then appends it to the clerk's journal.
    @discardableResult
    public func update(_ meeting: String, firstParagraph: Int, journal entry: JournalEntry,
                       _ change: (MeetingRecord) -> MeetingRecord) throws(WriteError) -> MeetingRecord {
        let updated = try file(meeting).update { current in
            change(current ?? MeetingRecord(meeting: meeting, firstParagraph: firstParagraph))
        }
        try Journal(reader: reader).append(entry)
        return updated
    }
}
