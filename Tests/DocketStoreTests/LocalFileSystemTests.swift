import DocketStore
import Foundation
import Testing

@Suite("Local file system")
struct LocalFileSystemTests {
    private let folder = FileManager.default.temporaryDirectory.path + "/docket-fs-\(UUID().uuidString)"
    private let fileSystem = LocalFileSystem()

    @Test("an atomic write replaces the file whole and leaves no temporary file")
    func atomicWrite() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try fileSystem.createDirectory(at: folder + "/a/b", permissions: 0o755)
        let path = folder + "/a/b/file.json"
        try fileSystem.writeFileAtomically(Array("first\n".utf8), to: path)
        try fileSystem.writeFileAtomically(Array("second, longer ÅÄÖ\n".utf8), to: path)
        #expect(try fileSystem.readFile(at: path) == Array("second, longer ÅÄÖ\n".utf8))
        #expect(try fileSystem.contentsOfDirectory(at: folder + "/a/b") == ["file.json"])
    }

    @Test("a failed write leaves the old file as it was")
    func failedWrite() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try fileSystem.createDirectory(at: folder, permissions: 0o755)
        #expect(throws: FileSystemError.self) {
            try fileSystem.writeFileAtomically([1], to: folder + "/missing-folder/file.json")
        }
        try fileSystem.writeFileAtomically(Array("kept".utf8), to: folder + "/kept.json")
        // Renaming a file over a directory fails: the old directory and the file are untouched.
        try fileSystem.createDirectory(at: folder + "/dir.json", permissions: 0o755)
        #expect(throws: FileSystemError.self) {
            try fileSystem.writeFileAtomically([1], to: folder + "/dir.json")
        }
        #expect(fileSystem.kind(at: folder + "/dir.json") == .directory)
        #expect(try fileSystem.contentsOfDirectory(at: folder) == ["dir.json", "kept.json"])
    }

    @Test("errors name the path and say why in words")
    func errors() throws {
        let missing = folder + "/nothing.json"
        #expect(throws: FileSystemError(path: missing, reason: .notFound)) { try fileSystem.readFile(at: missing) }
        #expect(throws: FileSystemError(path: "/", reason: .isDirectory)) { try fileSystem.readFile(at: "/") }
        #expect(FileSystemError(path: "x", reason: .permissionDenied).description == "x: cannot be read or written: permission denied")
        #expect(FileSystemError(path: "x", reason: .noSpace).description == "x: could not be written: the disk is full")
    }
}

@Suite("Creating a store from the demo")
struct StoreCopierTests {
    @Test("copies every file byte for byte, but for the copy's own store id")
    func copies() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let copy = demo.root + "-copy"
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try StoreCopier().copyStore(from: demo.root, to: copy)
        let files = try FileManager.default.subpathsOfDirectory(atPath: demo.root).sorted()
        #expect(try FileManager.default.subpathsOfDirectory(atPath: copy).sorted() == files)
        for file in files where LocalFileSystem().kind(at: demo.path(file)) == .file && file != "docket.json" {
            #expect(try LocalFileSystem().readFile(at: copy + "/" + file) == demo.bytes(file))
        }
        let manifest = String(decoding: try LocalFileSystem().readFile(at: copy + "/docket.json"), as: UTF8.self)
        let original = String(decoding: try demo.bytes("docket.json"), as: UTF8.self)
        #expect(manifest != original && manifest.contains("\"storeId\": \"store-"))
        #expect(manifest.replacingOccurrences(of: #""storeId": "[^"]*""#, with: "", options: .regularExpression)
                == original.replacingOccurrences(of: #""storeId": "[^"]*""#, with: "", options: .regularExpression))
        #expect(try StoreLoader(root: copy).load().problems.isEmpty)
    }

    @Test("refuses a folder that is not empty, and a file")
    func refuses() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        #expect(throws: StoreCopier.Failure.destinationNotEmpty(demo.root)) {
            try StoreCopier().copyStore(from: demo.root, to: demo.root)
        }
        #expect(throws: StoreCopier.Failure.destinationIsFile(demo.path("docket.json"))) {
            try StoreCopier().copyStore(from: demo.root, to: demo.path("docket.json"))
        }
    }

    @Test("a failure while copying leaves no destination behind")
    func failureLeavesNothing() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let target = demo.root + "-never"
        #expect(throws: StoreCopier.Failure.self) {
            try StoreCopier(fileSystem: OverlayFileSystem()).copyStore(from: demo.root, to: target)
        }
        #expect(LocalFileSystem().kind(at: target) == nil)
    }
}
