import DocketModel
import DocketStore
import Foundation
import Testing

/// Private notes, positions and read marks are refused wherever others could read them or replace them.
@Suite("Private folders on the whole path")
struct PrivateFolderTests {
    let demo: DemoFixture
    /// A folder of its own above the private folders, so its mode can be changed.
    let top: String

    init() throws {
        demo = try DemoFixture()
        top = demo.root + "-top"
        try FileManager.default.createDirectory(atPath: top, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    }

    private var privateDirectory: String { top + "/private/leila-haddad" }
    private var reader: StoreReader { StoreReader(root: demo.root, schemas: demo.schemas) }
    private var notes: NoteStore { NoteStore(member: "leila-haddad", privateDirectory: privateDirectory, reader: reader) }
    private var positions: PositionStore { PositionStore(member: "leila-haddad", privateDirectory: privateDirectory, reader: reader) }

    private func cleanUp() {
        demo.remove()
        try? FileManager.default.removeItem(atPath: top)
    }

    private func note(_ id: String) -> Note {
        Note(id: id, matter: "verksamhetsplan-2027", author: "leila-haddad", anchor: nil, text: "Privat",
             created: "2026-11-29T10:00:00+01:00", modified: "2026-11-29T10:00:00+01:00")
    }

    private func position() -> Position {
        Position(meeting: "2026-12-10", matter: "verksamhetsplan-2027", author: "leila-haddad", stance: .support, modified: "2026-11-29T10:00:00+01:00")
    }

    private func chmod(_ path: String, _ mode: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    @Test("a notes file its owner made read-only (0400) is not replaced")
    func readOnlyFile() throws {
        defer { cleanUp() }
        try notes.save(note("n-1"), shared: false)
        let file = privateDirectory + "/notes.json"
        try chmod(file, 0o400)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(throws: WriteError.readOnlyFile(path: file, permissions: 0o400)) { try notes.save(note("n-2"), shared: false) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        #expect(LocalFileSystem().permissions(at: file) == 0o400)
    }

    @Test("a positions folder others can read is refused, as the private folder itself is")
    func exposedSubfolder() throws {
        defer { cleanUp() }
        try positions.save(position(), shared: false)
        try chmod(privateDirectory + "/positions", 0o755)
        #expect(throws: WriteError.exposed(path: privateDirectory + "/positions", permissions: 0o755)) {
            try positions.save(position(), shared: false)
        }
        #expect(positions.load(meetings: ["2026-12-10"], members: ["leila-haddad"]).positions.count == 1)
    }

    @Test("a folder above that others can write (0777, no sticky bit) is refused; a sticky one like /tmp is not")
    func writableAncestor() throws {
        defer { cleanUp() }
        try chmod(top, 0o777)
        #expect(throws: WriteError.exposedFolder(path: top, permissions: 0o777)) { try notes.save(note("n-1"), shared: false) }
        #expect(throws: WriteError.exposedFolder(path: top, permissions: 0o777)) {
            try positions.setRead(meeting: "2026-12-10", matter: "verksamhetsplan-2027", mark: nil)
        }
        #expect(LocalFileSystem().kind(at: privateDirectory) == nil, "nothing was created below it")
        try chmod(top, 0o1777)
        try notes.save(note("n-1"), shared: false)
        #expect(notes.load(members: []).notes.count == 1)
    }
}
