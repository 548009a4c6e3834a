import Foundation
import Testing

/// `docket import oparl` and `docket export oparl` as a user runs them, on the OParl files written for the tests.
@Suite("OParl from and to the command line")
struct OParlCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../DocketOParlTests/Fixtures").standardized.path

    let root = DocketProcess.temporaryFolder()
    var store: String { root + "/store" }
    var environment: [String: String] { ["XDG_DATA_HOME": root + "/data"] }

    private func docket(_ arguments: [String]) throws -> DocketProcess.Outcome {
        try DocketProcess.run(arguments, environment: environment)
    }

    @Test("without --organization the organizations are listed and nothing is written; with it a new store is made, valid, and a second run updates it")
    func importAndAgain() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let listing = try docket(["import", "oparl", Self.fixtures, "--store", store])
        #expect(listing.status == 0)
        #expect(listing.standardOutput.contains("1-2  Ausschuss für Umwelt und Verkehr (Gremium): 3 meetings"))
        #expect(!FileManager.default.fileExists(atPath: store))
        let first = try docket(["import", "oparl", Self.fixtures, "--store", store, "--organization", "1-2", "--identity", "local"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("meetings: 2 new, 0 updated"))
        #expect(first.standardOutput.contains("1 × Paper: no reference (diary number) (Ohne Aktenzeichen)"))
        #expect(first.standardOutput.contains("Deleted on the server, of no organization: 1 meetings, 1 papers."))
        #expect(first.standardError.contains("10 files, "))
        #expect(first.standardError.contains("1 object without an id or a type cannot be matched and was left out."))
        let valid = try docket(["validate", store])
        #expect(valid.status == 0)
        #expect(valid.standardOutput.contains("2 meetings, 6 agenda items, 3 matters, 4 members"))
        let minutes = try docket(["minutes", store, "--meeting", "2021-03-02"])
        #expect(minutes.status == 65)
        #expect(minutes.standardError.contains("was imported from the council's own protokoll, which remains its minutes"))
        let again = try docket(["import", "oparl", Self.fixtures, "--store", store, "--organization", "Ausschuss für Umwelt und Verkehr"])
        #expect(again.standardOutput.contains("meetings: 0 new, 2 updated") && again.standardOutput.contains("matters (papers): 0 new, 3 updated"))
        #expect(try docket(["validate", store]).standardOutput.contains("2 meetings, 6 agenda items, 3 matters, 4 members"))
        let other = try docket(["import", "oparl", Self.fixtures, "--store", store, "--organization", "1-8"])
        #expect(other.status == 64)
        #expect(other.standardError.contains("this store was imported from another organization"))
    }

    @Test("a dry run judges the import as the real one does and leaves nothing: no new store, no file changed in an existing one")
    func dryRunLeavesNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dry = try docket(["import", "oparl", Self.fixtures, "--store", store, "--organization", "1-2", "--identity", "local", "--dry-run"])
        #expect(dry.status == 0, "\(dry.standardError)")
        #expect(dry.standardOutput.contains("meetings: 2 new, 0 updated") && dry.standardOutput.contains("Dry run: nothing was written."))
        #expect(!FileManager.default.fileExists(atPath: store))
        #expect(try docket(["import", "oparl", Self.fixtures, "--store", store, "--organization", "1-2", "--identity", "local"]).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: store + "/matters").sorted()
        let again = try docket(["import", "oparl", Self.fixtures, "--store", store, "--organization", "1-2", "--dry-run"])
        #expect(again.status == 0 && again.standardOutput.contains("Dry run: nothing was written."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: store + "/matters").sorted() == before)
    }

    @Test("a file that is not JSON stops the import before anything is written, naming the file, line and column")
    func badFile() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let copy = root + "/oparl"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixtures, toPath: copy)
        try "{\"data\": [\n  {\"id\": \"x\",, }\n]}".write(toFile: copy + "/body/1/paper?page=2.json", atomically: true, encoding: .utf8)
        let outcome = try docket(["import", "oparl", copy, "--store", store, "--organization", "1-2", "--identity", "local"])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("paper?page=2.json:2:"))
        #expect(outcome.standardError.contains("nothing was imported"))
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test("the demo exported: one file per object and the lists; confidential items left out")
    func export() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try docket(["demo", "--output", store]).status == 0)
        let outcome = try docket(["export", "oparl", store, "--output", root + "/oparl", "--base-url", "https://sn.example.se/oparl"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("OParl objects written to \(root)/oparl."))
        for file in ["system.json", "bodies.json", "meetings.json", "papers.json", "people.json", "organizations.json", "meeting/2026-12-10.json"] {
            #expect(FileManager.default.fileExists(atPath: root + "/oparl/" + file), "\(file)")
        }
        let meetings = try String(contentsOfFile: root + "/oparl/meetings.json", encoding: .utf8)
        #expect(!meetings.contains("\"public\":false"))
    }

    @Test("hostile ids (../, absolute paths), an object embedding itself, references in a circle and one id with two contents: told, imported inside the store only")
    func hostileIDs() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dump = root + "/dump"
        try FileManager.default.createDirectory(atPath: dump, withIntermediateDirectories: true)
        let body = "../../../../tmp/body"
        try """
            [{"id": "\(body)", "type": "https://schema.oparl.org/1.1/Body", "name": "Stadt", "organization": "/etc/passwd"},
             {"id": "/etc/passwd", "type": "https://schema.oparl.org/1.1/Organization", "name": "Rat", "body": "\(body)",
              "subOrganizationOf": "/etc/passwd", "meeting": ["../m/1"]},
             {"id": "../m/1", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Rat", "start": "2021-03-02T18:00:00+01:00",
              "organization": ["/etc/passwd"],
              "agendaItem": [{"id": "../../i/1", "type": "https://schema.oparl.org/1.1/AgendaItem", "number": "1", "name": "../../../Öffnung",
                              "meeting": {"id": "../m/1", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Rat"}}]},
             {"id": "../m/1", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Rat (anders)", "start": "2021-03-02T18:00:00+01:00",
              "organization": ["/etc/passwd"]}]
            """.write(toFile: dump + "/all.json", atomically: true, encoding: .utf8)
        let outcome = try docket(["import", "oparl", dump, "--store", store, "--organization", "Rat", "--identity", "local"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("1 ids come twice with different content") && outcome.standardError.contains("../m/1"))
        #expect(outcome.standardOutput.contains("meetings: 1 new"))
        let written = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }
        #expect(written.allSatisfy { $0.hasPrefix("dump") || $0.hasPrefix("store") || $0.hasPrefix("data") }, "\(written)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/body"))
        #expect(try docket(["validate", store]).status == 0)
    }

    @Test("nesting deeper than any real data stops the import with the file, line and column, before anything is written")
    func deepNesting() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dump = root + "/dump"
        try FileManager.default.createDirectory(atPath: dump, withIntermediateDirectories: true)
        try (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).write(toFile: dump + "/deep.json", atomically: true, encoding: .utf8)
        let outcome = try docket(["import", "oparl", dump, "--store", store, "--organization", "Rat", "--identity", "local"])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("deep.json:1:"), "\(outcome.standardError)")
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test("a body with no organization at all is said to have nothing to import, with a failing status, not an empty list")
    func noOrganization() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dump = root + "/dump"
        try FileManager.default.createDirectory(atPath: dump, withIntermediateDirectories: true)
        try """
            {"id": "https://rat.example.de/oparl/body/1", "type": "https://schema.oparl.org/1.1/Body", "name": "Stadt Beispielheim"}
            """.write(toFile: dump + "/body.json", atomically: true, encoding: .utf8)
        let outcome = try docket(["import", "oparl", dump, "--store", store])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("Stadt Beispielheim holds no organization"), "\(outcome.standardError)")
    }
}
