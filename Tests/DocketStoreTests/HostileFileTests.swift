import DocketStore
import Testing

/// Bad input put in place of a store file: each is reported against that file,
/// nothing crashes or hangs, and nothing is written.
@Suite("Hostile files in a store")
struct HostileFileTests {
    static let target = "matters/delegationsbeslut-september.json"

    static let cases: [(String, OverlayFileSystem.Override, StoreProblem.Kind)] = [
        ("truncated", .bytes(Array(#"{"id": "delegationsbeslut-september", "title": "Anm"#.utf8)), .syntax),
        ("trailing garbage", .bytes(Array("{}\n}".utf8)), .syntax),
        ("trailing comma", .bytes(Array(#"{"id": "x",}"#.utf8)), .syntax),
        ("invalid UTF-8", .bytes([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]), .syntax),
        ("byte order mark", .bytes([0xEF, 0xBB, 0xBF] + Array("{}".utf8)), .syntax),
        ("lone surrogate escape", .bytes(Array(#"{"title": "\ud834"}"#.utf8)), .syntax),
        ("100,000 nested arrays", .bytes(Array(repeating: UInt8(ascii: "["), count: 100_000)), .syntax),
        ("a 1 MB string", .bytes(Array(("\"" + String(repeating: "ä", count: 524_288) + "\"").utf8)), .content),
        ("a huge number", .bytes(Array(("1" + String(repeating: "0", count: 400) + "e400").utf8)), .content),
        ("an empty file", .bytes([]), .syntax),
        ("a directory", .directory, .content),
        ("an unreadable file", .failure(.permissionDenied), .unreadable),
    ]

    @Test("each is reported against the file", arguments: cases.indices)
    func reported(index: Int) throws {
        let (name, override, kind) = HostileFileTests.cases[index]
        let demo = try DemoFixture()
        defer { demo.remove() }
        let overlay = OverlayFileSystem([demo.path(HostileFileTests.target): override])
        let result = try demo.load(overlay)
        let problem = try #require(result.problems.first { $0.file == demo.path(HostileFileTests.target) }, "\(name): \(result.problems)")
        #expect(problem.kind == kind, "\(name): \(problem)")
        #expect(result.problems.count == 1, "\(name): \(result.problems.map(\.description))")
        #expect(overlay.writeCount == 0)
    }

    @Test("an unreadable directory of matters is reported, the rest still loads")
    func unreadableDirectory() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let result = try demo.load(OverlayFileSystem([demo.path("matters"): .failure(.permissionDenied)]))
        #expect(result.problems.contains { $0.file == demo.path("matters") && $0.kind == .unreadable })
        #expect(result.contents?.meetings.count == 2)
    }

    @Test("a store from a newer Docket is refused before anything else is judged")
    func futureVersion() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let manifest = #"{"format": "docket-store", "formatVersion": 7, "storeId": "x", "shards": 4}"#
        let result = try demo.load(OverlayFileSystem([demo.path("docket.json"): .bytes(Array(manifest.utf8))]))
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.kind == .unsupportedVersion)
        #expect(result.problems.first?.description.contains("format version 7") == true)
        #expect(result.contents == nil)
    }

    @Test("a missing folder, a file, or a folder without docket.json is not a store")
    func notAStore() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let schemas = demo.schemas
        func open(_ path: String) -> StoreOpenError? {
            do {
                _ = try StoreLoader(reader: StoreReader(root: path, schemas: schemas)).load()
                return nil
            } catch {
                return error
            }
        }
        #expect(open(demo.path("no-such-folder")) == .notFound(path: demo.path("no-such-folder"), isFile: false))
        #expect(open(demo.path("committee.json")) == .notFound(path: demo.path("committee.json"), isFile: true))
        #expect(open(demo.path("matters")) == .notAStore(path: demo.path("matters")))
    }

    @Test("control characters in a file never reach a message raw")
    func inertProblems() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let hostile = #"{"\u001b]0;pwned\u0007": 1}"#
        let result = try demo.load(OverlayFileSystem([demo.path("docket.json"): .bytes(Array(hostile.utf8))]))
        let text = result.problems.map(\.description).joined(separator: "\n")
        #expect(text.contains("unknown field"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
