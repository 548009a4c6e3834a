import DocketJSON
import DocketStore
import Foundation
import Testing

/// Damage to any single file must be reported against that file, and must leave
/// every file on disk as it was.
@Suite("Broken store files")
struct BrokenFileTests {
    static let files = [
        "docket.json", "committee.json",
        "matters/hearing-om-spelberoende.json", "matters/verksamhetsplan-2027.json",
        "matters/riktlinjer-ekonomiskt-bistand.json", "matters/remiss-handlingsplan-vald.json",
        "matters/delegationsbeslut-september.json",
        "meetings/2026-10-22/meeting.json", "meetings/2026-12-10/meeting.json",
    ]

    @Test("truncating a file anywhere before its final bracket names that file", arguments: files)
    func truncation(file: String) throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let before = try snapshot(of: demo)
        let bytes = try demo.bytes(file)
        let closing = try #require(bytes.lastIndex(of: UInt8(ascii: "}")))
        for length in offsets(upTo: closing, count: 40) {
            let overlay = OverlayFileSystem([demo.path(file): .bytes(Array(bytes[..<length]))])
            let result = try demo.load(overlay)
            #expect(!result.isValid, "\(file) cut to \(length) bytes was accepted")
            #expect(result.problems.contains { $0.file == demo.path(file) && $0.kind == .syntax },
                    "\(file) cut to \(length) bytes: \(result.problems.map(\.description))")
            #expect(overlay.writeCount == 0)
        }
        #expect(try snapshot(of: demo) == before)
    }

    @Test("a text value changed to a number names the file and the place", arguments: files)
    func stringToNumber(file: String) throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let value = try JSONParser.parse(try demo.bytes(file))
        let paths = stringLeaves(of: value, path: [])
        let step = max(1, paths.count / 12)
        for path in stride(from: 0, to: paths.count, by: step).map({ paths[$0] }) {
            let broken = CanonicalJSON.bytes(replacing(path, in: value, with: .number("42")))
            let result = try demo.load(OverlayFileSystem([demo.path(file): .bytes(broken)]))
            let expectedPlace = StoreProblem.Place.value(path: jsonPath(path))
            #expect(result.problems.contains { $0.file == demo.path(file) && $0.place == expectedPlace },
                    "\(file) \(jsonPath(path)): \(result.problems.map(\.description))")
        }
    }

    // MARK: Helpers

    private func snapshot(of demo: DemoFixture) throws -> [String: [UInt8]] {
        var bytes: [String: [UInt8]] = [:]
        for file in try demo.jsonFiles() { bytes[file] = try demo.bytes(file) }
        return bytes
    }

    /// `count` lengths spread over 0..<end, always including the first bytes and the last.
    private func offsets(upTo end: Int, count: Int) -> [Int] {
        let spread = (0..<count).map { $0 * end / count }
        return Array(Set(spread + [0, 1, 2, end - 1, end])).filter { $0 >= 0 && $0 <= end }.sorted()
    }

    private enum Step: Hashable { case key(String), index(Int) }

    private func stringLeaves(of value: JSONValue, path: [Step]) -> [[Step]] {
        switch value {
        case .string: return [path]
        case .array(let items): return items.indices.flatMap { stringLeaves(of: items[$0], path: path + [.index($0)]) }
        case .object(let members): return members.keys.sorted().flatMap { stringLeaves(of: members[$0]!, path: path + [.key($0)]) }
        default: return []
        }
    }

    private func replacing(_ path: [Step], in value: JSONValue, with replacement: JSONValue) -> JSONValue {
        guard let first = path.first else { return replacement }
        let rest = Array(path.dropFirst())
        switch (first, value) {
        case (.key(let key), .object(var members)):
            members[key] = replacing(rest, in: members[key]!, with: replacement)
            return .object(members)
        case (.index(let index), .array(var items)):
            items[index] = replacing(rest, in: items[index], with: replacement)
            return .array(items)
        default:
            return value
        }
    }

    private func jsonPath(_ path: [Step]) -> String {
        var location = JSONPath.root
        for step in path {
            switch step {
            case .key(let key): location = location.key(key)
            case .index(let index): location = location.index(index)
            }
        }
        return location.description
    }
}
