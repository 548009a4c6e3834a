import DocketModel
import DocketStore
import Foundation
import Testing

@Suite("Positions and read marks on disk")
struct PositionStoreTests {
    let demo: DemoFixture
    let privateRoot: String

    init() throws {
        demo = try DemoFixture()
        privateRoot = demo.root + "-private"
    }

    private func store(_ member: String) -> PositionStore {
        PositionStore(member: member, privateDirectory: privateRoot + "/" + member,
                      reader: StoreReader(root: demo.root, schemas: demo.schemas))
    }

    private func position(_ matter: String, by author: String, _ stance: Position.Stance, modified: String = "2026-11-29T12:00:00+01:00") -> Position {
        Position(meeting: "2026-12-10", matter: matter, author: author, stance: stance,
                 ownProposal: stance == .own ? OwnProposal(kind: .amendment, text: "att nämnden anordnar en hearing") : nil,
                 motivation: nil, modified: modified)
    }

    private let members = ["leila-haddad", "karin-holmberg"]

    private func cleanUp() {
        demo.remove()
        try? FileManager.default.removeItem(atPath: privateRoot)
    }

    @Test("a private position is seen only by its author; a shared one by everyone, and the store stays valid")
    func visibility() throws {
        defer { cleanUp() }
        try store("leila-haddad").save(position("verksamhetsplan-2027", by: "leila-haddad", .support), shared: false)
        try store("leila-haddad").move(position("hearing-om-spelberoende", by: "leila-haddad", .own), toShared: true)
        let own = store("leila-haddad").load(meetings: ["2026-12-10"], members: members)
        #expect(own.problems.isEmpty)
        #expect(own.positions.map(\.position.stance) == [.own, .support])
        let other = store("karin-holmberg").load(meetings: ["2026-12-10"], members: members)
        #expect(other.positions.map(\.position.matter) == ["hearing-om-spelberoende"])
        #expect(try StoreLoader(root: demo.root).load().isValid)
        #expect(LocalFileSystem().permissions(at: privateRoot + "/leila-haddad/positions/2026-12-10.json") == 0o600)
    }

    @Test("one position per matter and meeting: a new stance replaces the old; clearing removes it")
    func replaceAndClear() throws {
        defer { cleanUp() }
        let positions = store("leila-haddad")
        try positions.save(position("verksamhetsplan-2027", by: "leila-haddad", .support), shared: false)
        try positions.save(position("verksamhetsplan-2027", by: "leila-haddad", .oppose), shared: false)
        #expect(positions.load(meetings: ["2026-12-10"], members: members).positions.map(\.position.stance) == [.oppose])
        try positions.clear(meeting: "2026-12-10", matter: "verksamhetsplan-2027", shared: false)
        #expect(positions.load(meetings: ["2026-12-10"], members: members).positions.isEmpty)
    }

    @Test("read marks are private and replace each other")
    func readMarks() throws {
        defer { cleanUp() }
        let positions = store("leila-haddad")
        let mark = ReadMark(meeting: "2026-12-10", matter: "verksamhetsplan-2027", revision: "0123456789abcdef", read: "2026-11-29T12:00:00+01:00")
        try positions.setRead(meeting: "2026-12-10", matter: "verksamhetsplan-2027", mark: mark)
        #expect(positions.readMarks().marks == [mark])
        try positions.setRead(meeting: "2026-12-10", matter: "verksamhetsplan-2027", mark: nil)
        #expect(positions.readMarks().marks.isEmpty)
        #expect(LocalFileSystem().kind(at: demo.path("members/leila-haddad/read.json")) == nil)
    }

    @Test("the loader checks shared positions: the meeting exists, and every position is the member's, on that meeting")
    func validation() throws {
        defer { cleanUp() }
        // Docket refuses to write such a file; one made by hand is found on loading.
        #expect(throws: WriteError.self) { try store("leila-haddad").save(position("verksamhetsplan-2027", by: "karin-holmberg", .support), shared: true) }
        try store("karin-holmberg").save(position("verksamhetsplan-2027", by: "karin-holmberg", .support), shared: true)
        try LocalFileSystem().createDirectory(at: demo.path("members/leila-haddad/positions"), permissions: 0o755)
        try LocalFileSystem().rename(demo.path("members/karin-holmberg/positions/2026-12-10.json"), to: demo.path("members/leila-haddad/positions/2026-12-10.json"))
        try LocalFileSystem().writeFileAtomically(Array("{\"positions\": []}\n".utf8), to: demo.path("members/leila-haddad/positions/1999-01-01.json"))
        let lines = try StoreLoader(root: demo.root).load().problems.map { $0.description.replacingOccurrences(of: demo.root + "/", with: "") }
        #expect(lines.contains("members/leila-haddad/positions/2026-12-10.json: $.positions[0]: a position by \"karin-holmberg\" on meeting \"2026-12-10\"; this file holds only leila-haddad's positions on 2026-12-10"))
        #expect(lines.contains("members/leila-haddad/positions/1999-01-01.json: positions/ holds one file per meeting, named <meeting id>.json; there is no meeting \"1999-01-01\": not used"))
    }

    @Test("a revision changes with the report's text, and only then")
    func revision() throws {
        defer { cleanUp() }
        var matter = try #require(try StoreLoader(root: demo.root).load().contents?.matters["verksamhetsplan-2027"])
        let before = matter.revision
        #expect(before.count == 16)
        matter.title = "Ny titel"
        #expect(matter.revision == before)
        matter.documents[0].sections[0].paragraphs[0] += " Tillägg."
        #expect(matter.revision != before)
    }
}
