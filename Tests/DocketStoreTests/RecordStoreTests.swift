import DocketModel
import DocketStore
import Foundation
import Synchronization
import Testing

@Suite("The clerk's record on disk")
struct RecordStoreTests {
    @Test("a record is started, changed under the lock, journaled, and the store stays valid")
    func writeAndJournal() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let reader = StoreReader(root: demo.root, schemas: demo.schemas)
        let records = RecordStore(reader: reader)
        #expect(try records.read("2026-12-10") == nil)
        let entry = JournalEntry(time: "2026-12-10T13:05:00+01:00", person: "eva-lundgren", action: "attendance",
                                 meeting: "2026-12-10", item: nil, summary: "Leila Haddad present")
        try records.update("2026-12-10", firstParagraph: 131, journal: entry) { record in
            var record = record
            record.attendance.append(Attendance(member: "leila-haddad", present: true))
            return record
        }
        let second = JournalEntry(time: "2026-12-10T13:06:00+01:00", person: "eva-lundgren", action: "attendance",
                                  meeting: "2026-12-10", item: nil, summary: "Johan Ek absent")
        let updated = try records.update("2026-12-10", firstParagraph: 999, journal: second) { record in
            var record = record
            record.attendance.append(Attendance(member: "johan-ek", present: false))
            return record
        }.contents
        #expect(updated.firstParagraph == 131)
        #expect(updated.attendance.map(\.member) == ["leila-haddad", "johan-ek"])
        #expect(try StoreLoader(root: demo.root).load().problems.map(\.description) == [])
        let (entries, problems) = Journal(reader: reader).readAll(meeting: "2026-12-10")
        #expect(problems.isEmpty)
        #expect(entries.map(\.summary) == ["Leila Haddad present", "Johan Ek absent"])
    }

    @Test("a damaged journal line is reported with its file and line; the other lines still count")
    func damagedJournal() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let reader = StoreReader(root: demo.root, schemas: demo.schemas)
        let good = JournalEntry(time: "2026-12-10T13:05:00+01:00", person: "eva-lundgren", action: "attendance",
                                meeting: "2026-12-10", item: nil, summary: "ok")
        try Journal(reader: reader).append(good)
        try LocalFileSystem().append(Array("{\"time\": \"x\",\n".utf8), to: demo.path("journal/eva-lundgren.jsonl"), permissions: 0o644)
        try Journal(reader: reader).append(good)
        let (entries, problems) = Journal(reader: reader).readAll()
        #expect(entries.count == 2)
        #expect(problems.map { $0.description.replacingOccurrences(of: demo.root + "/", with: "") }
                == ["journal/eva-lundgren.jsonl:2:14: the file ends too early: expected a key in quotes"])
    }
}

/// The real disk, except that appending to a journal fails while `failing` is set.
final class JournalFailingFileSystem: ForwardingFileSystem {
    let base: any FileSystem = LocalFileSystem()
    let failing = Mutex(true)

    func append(_ bytes: [UInt8], to path: String, permissions: UInt16) throws(FileSystemError) {
        if failing.withLock({ $0 }) { throw FileSystemError(path: path, reason: .noSpace) }
        try base.append(bytes, to: path, permissions: permissions)
    }
}

@Suite("A record change written once, whatever fails")
struct IdempotentRecordTests {
    @Test("the record written but its journal line not: the error says so, and the retry only journals")
    func journalFailsThenRetry() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let fileSystem = JournalFailingFileSystem()
        let reader = StoreReader(root: demo.root, fileSystem: fileSystem, schemas: demo.schemas)
        let records = RecordStore(reader: reader)
        let proposal = PutProposal(id: "forvaltningens-forslag", kind: .support, agendaProposal: "forvaltningens-forslag", text: "Förvaltningens förslag")
        let change = RecordChange(meeting: "2026-12-10", firstParagraph: 112, edit: .item("verksamhetsplan", .addProposal(proposal)))
        let entry = JournalEntry(time: "2026-12-10T13:05:00+01:00", person: "eva-lundgren", action: "record-proposal",
                                 meeting: "2026-12-10", item: "verksamhetsplan", summary: "record-proposal", change: "change-1")
        #expect(throws: WriteError.journalOnly(.io(FileSystemError(path: demo.path("journal/eva-lundgren.jsonl"), reason: .noSpace)))) {
            try records.write(change, id: "change-1", retried: false, journal: entry)
        }
        #expect(try records.read("2026-12-10")?.record(of: "verksamhetsplan")?.proposals == [proposal])
        // Tried again while the journal still fails, then once it works: the proposal is in the record once, journaled once.
        #expect(throws: WriteError.self) { try records.write(change, id: "change-1", retried: true, journal: entry) }
        fileSystem.failing.withLock { $0 = false }
        try records.write(change, id: "change-1", retried: true, journal: entry)
        try records.write(change, id: "change-1", retried: true, journal: entry)
        #expect(try records.read("2026-12-10")?.record(of: "verksamhetsplan")?.proposals == [proposal])
        let (entries, problems) = Journal(reader: reader).readAll(meeting: "2026-12-10")
        #expect(problems.isEmpty)
        #expect(entries.map(\.change) == ["change-1"])
        #expect(try StoreLoader(root: demo.root).load().problems.map(\.description) == [])
    }
}
