import DocketJSON
import DocketModel
import DocketStore
import Foundation
import Testing

/// Meetings and matters read field by field give exactly what Foundation's decoder gives from the same bytes.
@Suite("Models read field by field")
struct DirectDecodingTests {
    @Test("every meeting of the demo, and one with every optional field, as Foundation's decoder reads it")
    func sameAsFoundation() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        var files = try demo.jsonFiles().filter { $0.hasSuffix("meeting.json") }.map { try demo.bytes($0) }
        let full = Meeting(id: "2027-01-14", date: "2027-01-14", time: "13:00", place: "Stadshuset",
                           sections: [AgendaSection(id: "a", title: "Ärenden")],
                           agenda: [AgendaItem(id: "x", number: 1, section: "a", matter: "m", proposals: ["p1", "p2"], title: "Egen rubrik",
                                               confidential: true, presenter: "förvaltningschef Dag Helin", procedure: .information, label: "1 a")],
                           sent: "2027-01-02")
        files.append(Array(try JSONEncoder().encode(full)))
        #expect(files.count >= 3)
        for bytes in files {
            let expected = try JSONDecoder().decode(Meeting.self, from: Data(bytes))
            #expect(try JSONValueDecoder().decode(Meeting.self, from: JSONParser.parse(bytes)) == expected)
        }
    }

    @Test("a field of the wrong kind is refused, naming the field")
    func wrongKind() throws {
        let bytes = Array(#"{"id": "m", "date": "2027-01-14", "time": "13:00", "place": "S", "sections": [], "agenda": [{"id": "x", "number": "1", "section": "a"}]}"#.utf8)
        #expect(throws: (any Error).self) { try JSONValueDecoder().decode(Meeting.self, from: JSONParser.parse(bytes)) }
        do {
            _ = try JSONValueDecoder().decode(Meeting.self, from: JSONParser.parse(bytes))
        } catch {
            #expect("\(error)".contains("number"))
        }
    }

    @Test("every matter of the demo, as Foundation's decoder reads it")
    func mattersSameAsFoundation() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let files = try demo.jsonFiles().filter { $0.hasPrefix("matters/") }
        #expect(files.count >= 10)
        for file in files {
            let bytes = try demo.bytes(file)
            let expected = try JSONDecoder().decode(Matter.self, from: Data(bytes))
            #expect(try JSONValueDecoder().decode(Matter.self, from: JSONParser.parse(bytes)) == expected, "\(file)")
        }
    }
}
