import DocketModel
import DocketStore
import Foundation
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
        }
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
