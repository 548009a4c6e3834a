import Foundation
import Testing

/// `docket export oparl` writes only its own folder: never inside the store, never
/// through a link, never over a folder of other things, and a new export replaces the
/// old one whole, so nothing the committee has since withdrawn stays published.
@Suite("Where an OParl export is written")
struct OParlExportFolderTests {
    let root = DocketProcess.temporaryFolder()
    var store: String { root + "/store" }
    var output: String { root + "/oparl" }
    let files = FileManager.default

    private func docket(_ arguments: [String]) throws -> DocketProcess.Outcome {
        try DocketProcess.run(arguments, environment: ["XDG_DATA_HOME": root + "/data"])
    }

    private func export(to folder: String, baseURL: String = "https://sn.example.se/oparl") throws -> DocketProcess.Outcome {
        try docket(["export", "oparl", store, "--output", folder, "--base-url", baseURL])
    }

    /// Every file of the store with its bytes, to show that nothing in it changed.
    private func snapshot(_ folder: String) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for case let path as String in files.enumerator(atPath: folder)! {
            var isFolder: ObjCBool = false
            if files.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                contents[path] = files.contents(atPath: folder + "/" + path)
            }
        }
        return contents
    }

    @Test("a link in the earlier export to the store's matters is replaced, never followed: the matters are unchanged")
    func linkInOldExportNotFollowed() throws {
        defer { try? files.removeItem(atPath: root) }
        #expect(try docket(["demo", "--output", store]).status == 0)
        #expect(try export(to: output).status == 0)
        let before = try snapshot(store)
        try files.removeItem(atPath: output + "/paper")
        try files.createSymbolicLink(atPath: output + "/paper", withDestinationPath: store + "/matters")
        let again = try export(to: output)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try snapshot(store) == before)
        let kind = try files.attributesOfItem(atPath: output + "/paper")[.type] as? FileAttributeType
        #expect(kind == .typeDirectory, "the export's own folder again, not the link")
    }

    @Test("a file the new export no longer holds is gone after it, and no temporary folder is left")
    func staleFilesRemoved() throws {
        defer { try? files.removeItem(atPath: root) }
        #expect(try docket(["demo", "--output", store]).status == 0)
        #expect(try export(to: output).status == 0)
        try "{\"full\": \"report text of an item now confidential\"}".write(toFile: output + "/paper/withdrawn.json", atomically: true, encoding: .utf8)
        #expect(try export(to: output).status == 0)
        #expect(!files.fileExists(atPath: output + "/paper/withdrawn.json"))
        #expect(files.fileExists(atPath: output + "/system.json"))
        #expect(try files.contentsOfDirectory(atPath: root).sorted() == ["data", "oparl", "store"].filter { files.fileExists(atPath: root + "/" + $0) })
    }

    @Test("an output inside the store is refused, also through a link, and nothing is written")
    func insideStoreRefused() throws {
        defer { try? files.removeItem(atPath: root) }
        #expect(try docket(["demo", "--output", store]).status == 0)
        let before = try snapshot(store)
        let inside = try export(to: store + "/matters")
        #expect(inside.status == 64)
        #expect(inside.standardError.contains("is inside the store"))
        try files.createSymbolicLink(atPath: root + "/link", withDestinationPath: store)
        let throughLink = try export(to: root + "/link/export")
        #expect(throughLink.status == 64)
        #expect(try snapshot(store) == before)
    }

    @Test("a folder of other files, or a link as the output, is not replaced")
    func otherFolderRefused() throws {
        defer { try? files.removeItem(atPath: root) }
        #expect(try docket(["demo", "--output", store]).status == 0)
        try files.createDirectory(atPath: output, withIntermediateDirectories: true)
        try "mine".write(toFile: output + "/thesis.txt", atomically: true, encoding: .utf8)
        let refused = try export(to: output)
        #expect(refused.status == 73)
        #expect(refused.standardError.contains("not an earlier export"))
        #expect(try String(contentsOfFile: output + "/thesis.txt", encoding: .utf8) == "mine")
        try files.createSymbolicLink(atPath: root + "/elsewhere", withDestinationPath: output)
        let link = try export(to: root + "/elsewhere")
        #expect(link.status == 73)
        #expect(link.standardError.contains("is a symbolic link"))
    }

    @Test("--base-url must be an absolute http or https address", arguments: ["ftp://sn.example.se", "sn.example.se/oparl", "https://", "https://sn.example.se/oparl?x=1", "https://a b.se", "javascript:alert(1)"])
    func badBaseURL(_ address: String) throws {
        defer { try? files.removeItem(atPath: root) }
        #expect(try docket(["demo", "--output", store]).status == 0)
        let outcome = try export(to: output, baseURL: address)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("is not an absolute http or https address"))
        #expect(!files.fileExists(atPath: output))
    }
}
