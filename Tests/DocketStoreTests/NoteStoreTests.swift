import DocketJSON
import DocketModel
import DocketStore
import Foundation
import Testing

@Suite("Notes on disk")
struct NoteStoreTests {
    let demo: DemoFixture
    let privateRoot: String

    init() throws {
        demo = try DemoFixture()
        privateRoot = demo.root + "-private"
    }

    private func store(_ member: String, fileSystem: any FileSystem = LocalFileSystem()) -> NoteStore {
        NoteStore(member: member, privateDirectory: privateRoot + "/" + member,
                  reader: StoreReader(root: demo.root, fileSystem: fileSystem, schemas: demo.schemas))
    }

    private func note(_ id: String, by author: String, text: String = "Anteckning om ramen, åäö", modified: String = "2026-11-29T10:00:00+01:00") -> Note {
        Note(id: id, matter: "verksamhetsplan-2027", author: author, anchor: nil, text: text,
             created: "2026-11-29T10:00:00+01:00", modified: modified)
    }

    private var members: [String] { ["leila-haddad", "karin-holmberg"] }

    private func cleanUp() {
        demo.remove()
        try? FileManager.default.removeItem(atPath: privateRoot)
    }

    @Test("a private note is seen only by its author; a shared one by everyone")
    func visibility() throws {
        defer { cleanUp() }
        try store("leila-haddad").save(note("n-1", by: "leila-haddad"), shared: false)
        try store("leila-haddad").save(note("n-2", by: "leila-haddad"), shared: true)
        let own = store("leila-haddad").load(members: members)
        #expect(own.problems.isEmpty)
        #expect(own.notes.map(\.note.id) == ["n-1", "n-2"])
        #expect(own.notes.map(\.shared) == [false, true])
        let other = store("karin-holmberg").load(members: members)
        #expect(other.notes.map(\.note.id) == ["n-2"])
        #expect(LocalFileSystem().permissions(at: privateRoot + "/leila-haddad") == 0o700)
        #expect(LocalFileSystem().permissions(at: privateRoot + "/leila-haddad/notes.json") == 0o600)
        #expect(try StoreLoader(root: demo.root).load().isValid)
    }

    @Test("sharing writes the new place first; a note found in both places counts once, newest first")
    func moving() throws {
        defer { cleanUp() }
        let notes = store("leila-haddad")
        try notes.save(note("n-1", by: "leila-haddad"), shared: false)
        try notes.move(note("n-1", by: "leila-haddad", modified: "2026-11-29T11:00:00+01:00"), toShared: true)
        #expect(notes.load(members: members).notes.map(\.shared) == [true])
        // As if Docket had crashed between the two writes of a move back.
        try notes.save(note("n-1", by: "leila-haddad", text: "nyare", modified: "2026-11-29T12:00:00+01:00"), shared: false)
        let loaded = notes.load(members: members).notes
        #expect(loaded.count == 1)
        #expect(loaded.first?.note.text == "nyare")
        #expect(loaded.first?.shared == false)
    }

    @Test("a write merges with what another process wrote since: re-read under the lock, never overwritten")
    func mergeUnderLock() throws {
        defer { cleanUp() }
        let firstTerminal = store("leila-haddad")
        let secondTerminal = store("leila-haddad")
        try firstTerminal.save(note("n-1", by: "leila-haddad"), shared: true)
        // The second terminal never loaded n-1; its write must keep it.
        try secondTerminal.save(note("n-2", by: "leila-haddad"), shared: true)
        try firstTerminal.delete("n-3", shared: true)
        #expect(firstTerminal.load(members: members).notes.map(\.note.id) == ["n-1", "n-2"])
    }

    @Test("a private folder others can read is refused for writing, as ssh does with keys")
    func exposedPrivateFolder() throws {
        defer { cleanUp() }
        let notes = store("leila-haddad")
        try notes.save(note("n-1", by: "leila-haddad"), shared: false)
        chmod(privateRoot + "/leila-haddad", 0o755)
        #expect(throws: WriteError.exposed(path: privateRoot + "/leila-haddad", permissions: 0o755)) {
            try notes.save(note("n-2", by: "leila-haddad"), shared: false)
        }
        #expect(notes.load(members: members).problems.count == 1)
        try notes.save(note("n-3", by: "leila-haddad"), shared: true)
    }

    @Test("a damaged notes file is never overwritten")
    func damagedFile() throws {
        defer { cleanUp() }
        let path = demo.path("members/leila-haddad/notes.json")
        try LocalFileSystem().createDirectory(at: demo.path("members/leila-haddad"), permissions: 0o755)
        let damaged = Array("{\"notes\": [".utf8)
        try LocalFileSystem().writeFileAtomically(damaged, to: path)
        #expect(throws: WriteError.self) { try store("leila-haddad").save(note("n-1", by: "leila-haddad"), shared: true) }
        #expect(try LocalFileSystem().readFile(at: path) == damaged)
        let problems = store("leila-haddad").load(members: members).problems
        #expect(problems.first?.description.contains("members/leila-haddad/notes.json:1:12") == true)
    }

    @Test("a failure at any step of a write leaves the old file whole and reports the error", arguments: FailingFileSystem.Step.singleWrite)
    func failureInjection(step: FailingFileSystem.Step) throws {
        defer { cleanUp() }
        try store("leila-haddad").save(note("n-1", by: "leila-haddad"), shared: true)
        let path = demo.path("members/leila-haddad/notes.json")
        let before = try LocalFileSystem().readFile(at: path)
        let failing = FailingFileSystem(failing: step)
        let attempt = Result { () throws(WriteError) in try store("leila-haddad", fileSystem: failing).save(note("n-2", by: "leila-haddad"), shared: true) }
        let after = try LocalFileSystem().readFile(at: path)
        switch step {
        case .createDirectory:
            // The folder exists already: nothing to create, so the write goes through.
            #expect(throws: Never.self) { try attempt.get() }
        case .directoryFsync:
            // The rename happened; only its durability is in doubt, and that is reported.
            #expect(throws: WriteError.io(FileSystemError(path: demo.path("members/leila-haddad"), reason: .noSpace))) { try attempt.get() }
            #expect(try JSONParser.parse(after) != .null)
        default:
            #expect(throws: WriteError.self) { try attempt.get() }
            #expect(after == before, "the old file changed after a failure at \(step)")
        }
        let leftovers = try LocalFileSystem().contentsOfDirectory(at: demo.path("members/leila-haddad")).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "temporary files left after a failure at \(step): \(leftovers)")
    }

    @Test("temporary files left by a crashed writer are ignored and cleaned up")
    func leftovers() throws {
        defer { cleanUp() }
        try store("leila-haddad").save(note("n-1", by: "leila-haddad"), shared: true)
        let leftover = demo.path("members/leila-haddad/.notes.json.999999.1234.tmp")
        try LocalFileSystem().writeFileAtomically(Array("{\"notes\": [".utf8), to: leftover)
        #expect(try StoreLoader(root: demo.root).load().isValid)
        try store("leila-haddad").save(note("n-2", by: "leila-haddad"), shared: true)
        #expect(LocalFileSystem().kind(at: leftover) == nil)
    }

    @Test("a member's shared file may hold only that member's notes")
    func foreignAuthor() throws {
        defer { cleanUp() }
        // Docket refuses to write such a file; one made by hand is found on loading.
        #expect(throws: WriteError.self) { try store("leila-haddad").save(note("n-1", by: "karin-holmberg"), shared: true) }
        #expect(LocalFileSystem().kind(at: demo.path("members/leila-haddad/notes.json")) == nil)
        try store("karin-holmberg").save(note("n-1", by: "karin-holmberg"), shared: true)
        try LocalFileSystem().createDirectory(at: demo.path("members/leila-haddad"), permissions: 0o755)
        try LocalFileSystem().rename(demo.path("members/karin-holmberg/notes.json"), to: demo.path("members/leila-haddad/notes.json"))
        let result = try StoreLoader(root: demo.root).load()
        #expect(result.problems.map(\.description).contains {
            $0.hasSuffix("members/leila-haddad/notes.json: $.notes[0].author: a note by \"karin-holmberg\" in leila-haddad's file; each member's file holds only that member's notes")
        })
        #expect(store("leila-haddad").load(members: members).notes.isEmpty)
    }
}

@Suite("Finding a note's place again")
struct NotePlacementTests {
    let matter = Matter(id: "m", diaryNumber: "1", title: "T", kind: .decision,
                        documents: [MatterDocument(id: "tu", kind: .report, title: "Tjänsteutlåtande", date: "2026-01-01", sections: [
                            DocumentSection(heading: "Sammanfattning", paragraphs: ["Första stycket om budgeten för nästa år.", "Andra stycket."]),
                            DocumentSection(heading: "Bakgrund", paragraphs: ["Tredje stycket om bakgrunden till ärendet."]),
                        ])],
                        proposals: [DecisionProposal(id: "f", proposer: Proposer(kind: .administration, name: "F"), clauses: ["att godkänna", "att anmäla"])])

    private func anchor(_ index: Int, _ text: String) -> NoteAnchor {
        anchor(.document, "tu", index, text)
    }

    private func anchor(_ kind: NoteAnchor.Kind, _ id: String, _ index: Int, _ text: String) -> NoteAnchor {
        NoteAnchor(kind: kind, id: id, paragraph: index, opening: NoteAnchor.opening(of: text))
    }

    @Test("found at its index, found where it moved, or lost; never moved silently to another paragraph")
    func placement() {
        #expect(NotePlacement.of(nil, in: matter) == .item)
        #expect(NotePlacement.of(anchor(2, "Tredje stycket om bakgrunden till ärendet."), in: matter) == .paragraph(2))
        #expect(NotePlacement.of(anchor(0, "Tredje stycket om bakgrunden till ärendet."), in: matter) == .paragraph(2))
        #expect(NotePlacement.of(anchor(1, "Ett stycke som skrevs om helt."), in: matter) == .lost)
        #expect(NotePlacement.of(anchor(.document, "annat", 0, "Första stycket"), in: matter) == .lost)
        #expect(NotePlacement.of(anchor(.proposal, "f", 1, "att anmäla"), in: matter) == .paragraph(1))
        #expect(NotePlacement.of(anchor(.proposal, "f", 5, "att besluta"), in: matter) == .lost)
    }
}
