import DocketJSON
import DocketModel
import DocketStore
import Foundation
import Testing

/// An import's thousands of files written as one batch: one flush of the file system, not one per
/// file, and still whole or not at all for each file whatever step fails.
@Suite("An import written as one batch")
struct ImportBatchTests {
    let demo: DemoFixture

    init() throws { demo = try DemoFixture() }

    /// The demo's matters retitled, its committee renamed: every file of the batch changes.
    private func write(through fileSystem: any FileSystem) throws -> Result<ImportedStoreFiles.Outcome, WriteError> {
        let contents = try #require(demo.load().contents)
        var committee = contents.committee
        committee.name += " (importerad)"
        let matters = contents.matters.values.map { matter in
            var changed = matter
            changed.title += " (importerad)"
            return changed
        }
        let files = ImportedStoreFiles(reader: StoreReader(root: demo.root, fileSystem: fileSystem, schemas: demo.schemas))
        return Result { () throws(WriteError) in
            try files.write(committee: committee, meetings: [], records: [], matters: matters,
                            oparl: OParlIDs(body: "https://ris.example.se/body/1", organization: "https://ris.example.se/organization/1"))
        }
    }

    private func temporaryFiles() throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: demo.root))
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".tmp") }
    }

    @Test("every file is written, valid, and the store loads as before with the new contents")
    func written() throws {
        defer { demo.remove() }
        let outcome = try write(through: LocalFileSystem()).get()
        let loaded = try demo.load()
        #expect(loaded.isValid, "\(loaded.problems)")
        let contents = try #require(loaded.contents)
        #expect(outcome.written == contents.matters.count + 2)
        #expect(contents.committee.name.hasSuffix(" (importerad)"))
        #expect(contents.matters.values.allSatisfy { $0.title.hasSuffix(" (importerad)") })
        #expect(try temporaryFiles().isEmpty)
    }

    @Test("a failure at any step leaves every old file whole (or, after the renames, reports the doubt), and no temporary file",
          arguments: FailingFileSystem.Step.allCases)
    func failureInjection(step: FailingFileSystem.Step) throws {
        defer { demo.remove() }
        let before = try demo.jsonFiles().map { try demo.bytes($0) }
        let attempt = try write(through: FailingFileSystem(failing: step))
        let after = try demo.jsonFiles().map { try demo.bytes($0) }
        switch step {
        case .fsync:
            // No file is flushed alone: the batch goes through.
            #expect(throws: Never.self) { try attempt.get() }
        case .directoryFsync:
            // The files were placed; only their durability is in doubt, and that is reported.
            #expect(throws: WriteError.self) { try attempt.get() }
            #expect(try demo.load().isValid)
        default:
            // The folder for the ids is made first, before any file is written.
            #expect(throws: WriteError.self) { try attempt.get() }
            #expect(after == before, "a file changed after a failure at \(step)")
        }
        #expect(try temporaryFiles().isEmpty, "temporary files left after a failure at \(step)")
    }
}
