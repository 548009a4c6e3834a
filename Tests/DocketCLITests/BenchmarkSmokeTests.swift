import Foundation
import Testing

/// The benchmark in its quick mode: a small archive generated, valid, searchable and measured, with no timing asserted.
@Suite("The benchmark, as a smoke test")
struct BenchmarkSmokeTests {
    @Test("docket-bench generates a valid archive the same for the same seed; docket search and docket-bench archive run on it")
    func smallArchive() throws {
        let bench = URL(fileURLWithPath: DocketProcess.binary).deletingLastPathComponent().appendingPathComponent("docket-bench").path
        try #require(FileManager.default.isExecutableFile(atPath: bench), "docket-bench is built with the package")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("docket-bench-smoke-\(UUID().uuidString)").path
        defer { for suffix in ["-a", "-a.txt", "-b", "-b.txt"] { try? FileManager.default.removeItem(atPath: root + suffix) } }
        for suffix in ["-a", "-b"] {
            let generated = try DocketProcess.runCommand([bench, "generate", "--meetings", "3", "--items", "36", "--output", root + suffix, "--seed", "7"])
            #expect(generated.status == 0, "\(generated.standardError)")
        }
        let validate = try DocketProcess.run(["validate", root + "-a"])
        #expect(validate.status == 0, "\(validate.standardError)")
        #expect(validate.standardOutput.contains("3 meetings"))
        // The same seed, the same matters, word for word (store ids aside, which are fresh).
        let first = try String(contentsOfFile: root + "-a.txt", encoding: .utf8), second = try String(contentsOfFile: root + "-b.txt", encoding: .utf8)
        #expect(first == second && first.utf8.count > 30_000)
        let search = try DocketProcess.run(["search", root + "-a", "förvaltningen", "--json"])
        #expect(search.status == 0 && search.standardOutput.contains("\"diaryNumber\""), "\(search.standardError)")
        let measured = try DocketProcess.runCommand([bench, "archive", "--store", root + "-a"], seconds: 120)
        #expect(measured.status == 0, "\(measured.standardError)")
        #expect(["open-item", "keystroke-p99", "search-key-median"].allSatisfy { measured.standardOutput.contains($0 + " ") })
    }

    @Test("a search that stops at its 100 results says so, also with --json")
    func searchSaysItStopped() throws {
        let bench = URL(fileURLWithPath: DocketProcess.binary).deletingLastPathComponent().appendingPathComponent("docket-bench").path
        try #require(FileManager.default.isExecutableFile(atPath: bench), "docket-bench is built with the package")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("docket-bench-many-\(UUID().uuidString)").path
        defer { for suffix in ["", ".txt"] { try? FileManager.default.removeItem(atPath: root + suffix) } }
        let generated = try DocketProcess.runCommand([bench, "generate", "--meetings", "3", "--items", "130", "--output", root, "--seed", "7"])
        #expect(generated.status == 0, "\(generated.standardError)")
        for json in [false, true] {
            let search = try DocketProcess.run(["search", root, "förvaltningen"] + (json ? ["--json"] : []))
            #expect(search.status == 0)
            #expect(search.standardError.contains("Only the first 100 matters found are listed; more may match"), "\(search.standardError)")
        }
        let few = try DocketProcess.run(["search", root, "förvaltningen", "år:2099"])
        #expect(!few.standardError.contains("Only the first"))
    }
}
