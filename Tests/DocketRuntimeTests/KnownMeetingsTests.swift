@testable import DocketRuntime
import DocketDemo
import DocketStore
import Foundation
import Testing

/// A meeting added by another process while a session runs is found; one the start left out is not taken for new.
@Suite("Meetings added while the interface is open")
struct KnownMeetingsTests {
    @Test("a folder made later with a readable meeting is new; one there at the start, damaged, is not; nothing before the next look")
    func added() throws {
        let root = FileManager.default.temporaryDirectory.path + "/docket-known-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try StoreCopier().copyStore(from: try #require(DemoStore.path), to: root)
        // A damaged meeting the start left out.
        try FileManager.default.createDirectory(atPath: root + "/meetings/2026-11-05", withIntermediateDirectories: true)
        try "{\"id\": ".write(toFile: root + "/meetings/2026-11-05/meeting.json", atomically: true, encoding: .utf8)
        let reader = StoreReader(root: root, fileSystem: LocalFileSystem(), schemas: try SchemaSet.bundled())
        let known = KnownMeetings(["2026-10-22", "2026-12-10"], reader: reader)
        #expect(known.added(reader: reader, now: Date().addingTimeInterval(3)).isEmpty, "the damaged meeting is not new")
        // `docket meeting add` meanwhile.
        let meeting = try String(contentsOfFile: root + "/meetings/2026-12-10/meeting.json", encoding: .utf8)
            .replacingOccurrences(of: "2026-12-10", with: "2027-01-14")
        try FileManager.default.createDirectory(atPath: root + "/meetings/2027-01-14", withIntermediateDirectories: true)
        try meeting.write(toFile: root + "/meetings/2027-01-14/meeting.json", atomically: true, encoding: .utf8)
        #expect(known.added(reader: reader, now: Date().addingTimeInterval(4)).isEmpty, "not before the next look")
        #expect(known.added(reader: reader, now: Date().addingTimeInterval(6)).map(\.id) == ["2027-01-14"])
        #expect(known.ids.contains("2027-01-14"))
        #expect(known.added(reader: reader, now: Date().addingTimeInterval(9)).isEmpty, "found once")
    }
}
