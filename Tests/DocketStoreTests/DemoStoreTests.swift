import DocketJSON
import DocketModel
import DocketStore
import Foundation
import Testing

@Suite("The bundled demo committee")
struct DemoStoreTests {
    @Test("loads with no problems and the expected contents")
    func loadsCleanly() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let result = try demo.load()
        #expect(result.problems.map(\.description) == [])
        let contents = try #require(result.contents)
        #expect(contents.committee.name == "Socialnämnden")
        #expect(contents.meetings.map(\.id) == ["2026-10-22", "2026-12-10"])
        #expect(contents.matters.count == 14)
        #expect(contents.agendaItemCount == 24)
        let roles = contents.committee.members.compactMap { $0.role(on: "2026-12-10") }
        #expect(roles.filter { $0 == .chair }.count == 1)
        #expect(roles.filter { $0 == .viceChair }.count == 2)
        #expect(roles.filter { $0 == .member }.count == 8)
        #expect(roles.filter { $0 == .substitute }.count == 3)
        #expect(roles.filter { $0 == .clerk }.count == 1)
    }

    @Test("has what the brief asks of it: a tabled matter on both agendas, a confidential item, procedural items")
    func coversTheCases() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let contents = try #require(try demo.load().contents)
        let past = Set(contents.meetings[0].agenda.compactMap(\.matter))
        let upcoming = Set(contents.meetings[1].agenda.compactMap(\.matter))
        #expect(past.contains("riktlinjer-ekonomiskt-bistand") && upcoming.contains("riktlinjer-ekonomiskt-bistand"))
        #expect(contents.meetings.allSatisfy { $0.agenda.contains(where: \.isConfidential) })
        #expect(contents.meetings.allSatisfy { $0.agenda.filter(\.isProcedural).count >= 3 })
        let returned = try #require(contents.matters["motion-skyddat-boende"])
        #expect(returned.history.contains { $0.kind == .returned })
        let seedLike = try #require(contents.matters["hearing-om-spelberoende"])
        #expect(seedLike.report?.sections.map(\.heading).starts(with: ["Sammanfattning", "Bakgrund"]) == true)
        #expect(seedLike.documents.contains { $0.kind == .motion })
        #expect(!seedLike.attachments.isEmpty)
    }

    @Test("its long report fills at least 20 screens of 80×24")
    func longReport() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let contents = try #require(try demo.load().contents)
        let report = try #require(contents.matters["verksamhetsplan-2027"]?.report)
        // A conservative estimate: 78 usable columns, one blank row between paragraphs.
        var rows = 0
        for section in report.sections {
            rows += 2
            for paragraph in section.paragraphs { rows += paragraph.count / 78 + 2 }
        }
        #expect(rows >= 20 * 22)
    }

    @Test("every file is canonical and survives a round trip through the model, decoded from the parsed value as Foundation decodes the text")
    func canonicalRoundTrip() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        /// Decoded from the parsed value, the same as Foundation's decoding of the text; encoded back to the same bytes.
        func roundTrip<Value: Codable & Equatable>(_ type: Value.Type, _ bytes: [UInt8], _ file: String) throws {
            let value = try JSONValueDecoder().decode(type, from: try JSONParser.parse(bytes))
            #expect(value == (try JSONDecoder().decode(type, from: Data(bytes))), "\(file) decodes differently from Foundation")
            #expect(try CanonicalJSON.bytes(of: value) == bytes, "\(file) loses or changes data through the model")
        }
        for file in try demo.jsonFiles() {
            let bytes = try demo.bytes(file)
            #expect(CanonicalJSON.bytes(try JSONParser.parse(bytes)) == bytes, "\(file) is not canonical")
            switch file {
            case "docket.json": try roundTrip(StoreManifest.self, bytes, file)
            case "committee.json": try roundTrip(Committee.self, bytes, file)
            case _ where file.hasPrefix("matters/"): try roundTrip(Matter.self, bytes, file)
            case _ where file.hasSuffix("/record.json"): try roundTrip(MeetingRecord.self, bytes, file)
            case _ where file.hasSuffix("/live.json"): try roundTrip(LiveMeeting.self, bytes, file)
            default: try roundTrip(Meeting.self, bytes, file)
            }
        }
    }

    @Test("loading writes nothing")
    func loadingIsReadOnly() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let fileSystem = OverlayFileSystem()
        _ = try demo.load(fileSystem)
        #expect(fileSystem.writeCount == 0)
    }
}
