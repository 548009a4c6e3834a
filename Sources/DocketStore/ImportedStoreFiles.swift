import DocketJSON
import DocketModel

/// What an importer writes into a store in one go: the committee, meetings,
/// matters, the records of past meetings and the importer's ids. The whole set
/// is judged first, by loading the store with every new file in place; only if
/// nothing is wrong is anything written, each file through its lock. A record a
/// clerk has worked on (attendance, checkers, approval, corrections) is never
/// replaced; one holding only imported outcomes is brought up to date.
public struct ImportedStoreFiles {
    let reader: StoreReader

    public init(reader: StoreReader) {
        self.reader = reader
    }

    public struct Outcome: Sendable, Equatable {
        public var written: Int
        /// Records left as the clerk keeps them.
        public var keptRecords: [String]
    }

    /// `judgeOnly`: a dry run, judged as the real import is, with nothing written.
    public func write(committee: Committee, meetings: [Meeting], records: [MeetingRecord], matters: [Matter], oparl: OParlIDs,
                      judgeOnly: Bool = false, progress: (Int, Int) -> Void = { _, _ in }) throws(WriteError) -> Outcome {
        var keptRecords: [String] = []
        for meeting in records.map(\.meeting) {
            let file = LockedFile<MeetingRecord>(path: reader.path(StoreLayout.record(meeting)), schema: StoreSchema.record,
                                                 storeFolder: StoreLayout.meetingDirectory(meeting), reader: reader)
            if let record = try file.read(), !record.holdsOnlyOutcomes { keptRecords.append(meeting) }
        }
        let newRecords = records.filter { !keptRecords.contains($0.meeting) }
        var bytes: [String: [UInt8]] = [:]
        bytes[reader.path(StoreLayout.committee)] = try encoded(committee, StoreLayout.committee)
        for meeting in meetings { bytes[reader.path(StoreLayout.meeting(meeting.id))] = try encoded(meeting, StoreLayout.meeting(meeting.id)) }
        for record in newRecords { bytes[reader.path(StoreLayout.record(record.meeting))] = try encoded(record, StoreLayout.record(record.meeting)) }
        for matter in matters { bytes[reader.path(StoreLayout.matter(matter.id))] = try encoded(matter, StoreLayout.matter(matter.id)) }
        let idsPath = reader.path(StoreLayout.oparlIDs)
        let idsBytes = try encoded(oparl, StoreLayout.oparlIDs)
        let idsProblems = (try? JSONParser.parse(idsBytes)).map { reader.judge(OParlIDs.self, $0, file: idsPath, schema: StoreSchema.oparlIDs).1 } ?? []
        let problems = StorePreview(reader: reader).problems(of: bytes) + idsProblems
        guard problems.isEmpty else { throw .invalid(problems) }
        guard !judgeOnly else { return Outcome(written: 0, keptRecords: keptRecords) }

        // Written as one batch: the committee first, the ids last, so that a new import's ids never name files not yet there.
        var entries = [FileBatch.Entry(relative: StoreLayout.committee, folder: ".", bytes: bytes[reader.path(StoreLayout.committee)]!)]
        entries += meetings.map { FileBatch.Entry(relative: StoreLayout.meeting($0.id), folder: StoreLayout.meetingDirectory($0.id),
                                                  bytes: bytes[reader.path(StoreLayout.meeting($0.id))]!) }
        entries += newRecords.map { FileBatch.Entry(relative: StoreLayout.record($0.meeting), folder: StoreLayout.meetingDirectory($0.meeting),
                                                    bytes: bytes[reader.path(StoreLayout.record($0.meeting))]!) }
        entries += matters.map { FileBatch.Entry(relative: StoreLayout.matter($0.id), folder: StoreLayout.mattersDirectory,
                                                 bytes: bytes[reader.path(StoreLayout.matter($0.id))]!) }
        entries.append(FileBatch.Entry(relative: StoreLayout.oparlIDs, folder: StoreLayout.importsDirectory, bytes: idsBytes))
        try FileBatch(reader: reader).write(entries, progress: progress)
        return Outcome(written: entries.count, keptRecords: keptRecords)
    }

    /// The ids an earlier import left, or nil when there was none.
    public func oparlIDs() throws(WriteError) -> OParlIDs? {
        try LockedFile<OParlIDs>(path: reader.path(StoreLayout.oparlIDs), schema: StoreSchema.oparlIDs,
                                 storeFolder: StoreLayout.importsDirectory, reader: reader).read()
    }

    private func encoded<Contents: Encodable>(_ value: Contents, _ relative: String) throws(WriteError) -> [UInt8] {
        guard let encoded = try? JSONValueEncoder().encode(value) else {
            throw .invalid([StoreProblem(file: reader.path(relative), place: .file, kind: .content, message: "could not be written as JSON")])
        }
        return CanonicalJSON.bytes(encoded)
    }
}

extension MeetingRecord {
    /// Nothing but items' outcomes: what an import writes, untouched by a clerk since.
    var holdsOnlyOutcomes: Bool {
        attendance.isEmpty && officials.isEmpty && checkers.isEmpty && checking == nil && agendaChanges.isEmpty && approved == nil
            && posted == nil && corrections.isEmpty
    }
}
