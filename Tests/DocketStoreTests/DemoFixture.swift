import DocketDemo
import DocketStore
import Foundation
import Testing

/// The bundled demo store, copied into a fresh temporary folder for a test.
struct DemoFixture {
    let root: String
    let schemas: SchemaSet

    init() throws {
        schemas = try SchemaSet.bundled()
        let bundled = try #require(DemoStore.path, "the demo store resource is missing")
        root = FileManager.default.temporaryDirectory.path + "/docket-test-\(UUID().uuidString)"
        try StoreCopier().copyStore(from: bundled, to: root)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func bytes(_ relative: String) throws -> [UInt8] {
        try LocalFileSystem().readFile(at: path(relative))
    }

    /// Every JSON file of the store, relative to its root, sorted.
    func jsonFiles() throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.sorted()
    }

    func load(_ fileSystem: any FileSystem = LocalFileSystem()) throws -> StoreLoadResult {
        try StoreLoader(reader: StoreReader(root: root, fileSystem: fileSystem, schemas: schemas)).load()
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
