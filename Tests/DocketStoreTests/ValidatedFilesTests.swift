@testable import DocketStore
import Foundation
import Testing

@Suite("Files judged valid before")
struct ValidatedFilesTests {
    let cache = FileManager.default.temporaryDirectory.path + "/docket-validated-\(UUID().uuidString)/cache/store.validated"

    @Test("a file is trusted only as it was judged: the same stamp, the same schema, the same rules")
    func trustedOnlyAsJudged() {
        let files = ValidatedFiles(file: nil, rules: "r1", trusting: true)
        files.judgedValid("/s/matters/a.json", stamp: "1:2:3", schema: "matter")
        #expect(files.isTrusted("/s/matters/a.json", stamp: "1:2:3", schema: "matter"))
        #expect(!files.isTrusted("/s/matters/a.json", stamp: "1:2:4", schema: "matter"))
        #expect(!files.isTrusted("/s/matters/a.json", stamp: "1:2:3", schema: "meeting"))
        #expect(!files.isTrusted("/s/matters/a.json", stamp: nil, schema: "matter"))
        #expect(!files.isTrusted("/s/matters/b.json", stamp: "1:2:3", schema: "matter"))
    }

    @Test("saved and read again by the same rules; other rules, a damaged cache or validating trust nothing")
    func savedAndRead() throws {
        defer { try? FileManager.default.removeItem(atPath: String(cache.dropLast("/cache/store.validated".count))) }
        let files = ValidatedFiles(file: cache, rules: "r1", trusting: true)
        files.judgedValid("/s/a.json", stamp: "1:2:3", schema: "matter")
        files.judgedValid("/s/odd\tname.json", stamp: "1:2:3", schema: "matter")
        files.save()
        #expect(ValidatedFiles(file: cache, rules: "r1", trusting: true).isTrusted("/s/a.json", stamp: "1:2:3", schema: "matter"))
        #expect(!ValidatedFiles(file: cache, rules: "r1", trusting: true).isTrusted("/s/odd\tname.json", stamp: "1:2:3", schema: "matter"))
        #expect(!ValidatedFiles(file: cache, rules: "r2", trusting: true).isTrusted("/s/a.json", stamp: "1:2:3", schema: "matter"))
        #expect(!ValidatedFiles(file: cache, rules: "r1", trusting: false).isTrusted("/s/a.json", stamp: "1:2:3", schema: "matter"))
        try Data("docket validated files 1\tr1\nnot a line\n".utf8).write(to: URL(fileURLWithPath: cache))
        #expect(!ValidatedFiles(file: cache, rules: "r1", trusting: true).isTrusted("/s/a.json", stamp: "1:2:3", schema: "matter"))
    }

    @Test("a cache others could write, or one that is a link, is neither read nor written; a planted entry trusts nothing")
    func cacheNotOnlyMineRefused() throws {
        let folder = String(cache.dropLast("/store.validated".count))
        defer { try? FileManager.default.removeItem(atPath: String(cache.dropLast("/cache/store.validated".count))) }
        let files = ValidatedFiles(file: cache, rules: "r1", trusting: true)
        files.judgedValid("/s/a.json", stamp: "1:2:3", schema: "matter")
        files.save()
        #expect(ValidatedFiles(file: cache, rules: "r1", trusting: true).refusal == nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder)
        let planted = ValidatedFiles(file: cache, rules: "r1", trusting: true)
        #expect(planted.refusal?.contains("can be read or written by others (mode 777)") == true)
        #expect(!planted.isTrusted("/s/a.json", stamp: "1:2:3", schema: "matter"))
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder)
        try FileManager.default.moveItem(atPath: cache, toPath: cache + ".elsewhere")
        try FileManager.default.createSymbolicLink(atPath: cache, withDestinationPath: cache + ".elsewhere")
        let linked = ValidatedFiles(file: cache, rules: "r1", trusting: true)
        #expect(linked.refusal?.contains("is a symbolic link") == true)
        #expect(!linked.isTrusted("/s/a.json", stamp: "1:2:3", schema: "matter"))
    }

    @Test("a temporary cache file left by a writer that was killed is removed on the next start")
    func leftoverRemoved() throws {
        let folder = String(cache.dropLast("/store.validated".count))
        defer { try? FileManager.default.removeItem(atPath: String(cache.dropLast("/cache/store.validated".count))) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let leftover = folder + "/.store.validated.2147483646.12345.tmp"
        try Data("half".utf8).write(to: URL(fileURLWithPath: leftover))
        _ = ValidatedFiles(file: cache, rules: "r1", trusting: true)
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    @Test("a file changed after it was judged is judged again, even with its old size and modification time")
    func changedFileJudgedAgain() throws {
        let demo = try DemoFixture()
        defer { demo.remove(); try? FileManager.default.removeItem(atPath: String(cache.dropLast("/cache/store.validated".count))) }
        func load() throws -> StoreLoadResult {
            let validated = ValidatedFiles(file: cache, rules: demo.schemas.fingerprint, trusting: true)
            return try StoreLoader(reader: StoreReader(root: demo.root, schemas: demo.schemas, validated: validated)).load()
        }
        #expect(try load().isValid)
        #expect(try load().isValid)
        // Same length, decodes into the model, breaks only the schema (a title must not be empty).
        let file = demo.path("matters/budgetuppfoljning-oktober.json")
        let before = try FileManager.default.attributesOfItem(atPath: file)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let title = "\"Budgetuppföljning per oktober 2026\""
        try text.replacingOccurrences(of: "\"title\": " + title, with: "\"title\": \"\"" + String(repeating: " ", count: title.utf8.count - 2))
            .write(toFile: file, atomically: false, encoding: .utf8)
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int == before[.size] as? Int)
        try FileManager.default.setAttributes([.modificationDate: before[.modificationDate]!], ofItemAtPath: file)
        let result = try load()
        #expect(result.problems.map(\.file) == [file])
        #expect(result.problems.first?.description.contains("$.title") == true)
    }

    @Test("ids: lowercase letters and digits joined by single hyphens, at most 100")
    func identifiers() {
        for valid in ["a", "2026-12-03", "sn-2026-0389", String(repeating: "a", count: 100)] {
            #expect(StoreIdentifier.isValid(valid), "\(valid)")
        }
        for invalid in ["", "-a", "a-", "a--b", "A", "å", "a b", "a.json", "a_b", String(repeating: "a", count: 101)] {
            #expect(!StoreIdentifier.isValid(invalid), "\(invalid)")
        }
    }
}
