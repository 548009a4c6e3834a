import DocketJSON
import DocketStore
import Foundation
import Testing

/// The small store in docs/store-format.md must stay valid and canonical.
@Suite("The documented example store")
struct DocumentedExampleTests {
    @Test("is a valid store in canonical form")
    func validAndCanonical() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/store-format.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let all = text.components(separatedBy: "```json\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        // The notes, positions and live examples document files by their first key; the rest form the small store.
        let memberFiles = ["notes": "urn:docket:schema:notes", "positions": "urn:docket:schema:positions",
                           "current": "urn:docket:schema:live"]
        func isMemberFile(_ block: String) -> Bool { memberFiles.keys.contains { block.hasPrefix("{\n  \"\($0)\"") } }
        let blocks = all.filter { !isMemberFile($0) }
        let names = ["docket.json", "committee.json", "matters/hearing-om-spelberoende.json", "meetings/2026-12-10/meeting.json"]
        try #require(blocks.count == names.count)
        let root = FileManager.default.temporaryDirectory.path + "/docket-doc-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (name, block) in zip(names, blocks) {
            let bytes = Array(block.utf8)
            #expect(CanonicalJSON.bytes(try JSONParser.parse(bytes)) == bytes, "\(name) is not canonical")
            let path = root + "/" + name
            try LocalFileSystem().createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent().path, permissions: 0o755)
            try LocalFileSystem().writeFileAtomically(bytes, to: path)
        }
        let result = try StoreLoader(root: root).load()
        #expect(result.problems.map(\.description) == [])
        for (name, schema) in memberFiles {
            let example = try #require(all.first { $0.hasPrefix("{\n  \"\(name)\"") }, "no \(name) example")
            let bytes = Array(example.utf8)
            #expect(CanonicalJSON.bytes(try JSONParser.parse(bytes)) == bytes, "the \(name) example is not canonical")
            let issues = try SchemaSet.bundled().validate(try JSONParser.parse(bytes), against: schema)
            #expect(issues.isEmpty, "\(issues)")
        }
        #expect(result.contents?.agendaItemCount == 2)
    }
}
