import DocketModel
import DocketStore
import Testing

@Suite("Damaged files and what they take away")
struct StoreDamageTests {
    static func problem(_ file: String, _ message: String = "broken") -> StoreProblem {
        StoreProblem(file: file, place: .file, kind: .content, message: message)
    }

    @Test("each file once, named from the store's folder, with its consequence")
    func grouped() {
        let problems = [
            Self.problem("s/matters/a.json"), Self.problem("s/matters/a.json", "again"), Self.problem("s/matters/a.json"),
            Self.problem("s/meetings/m1/meeting.json"), Self.problem("s/meetings/m1/record.json"), Self.problem("s/meetings/m1/live.json"),
            Self.problem("s/members/leila-haddad/notes.json"), Self.problem("s/members/leila-haddad/positions/m1.json"),
            Self.problem("/home/x/.local/share/docket/private/id/leila-haddad/notes.json"), Self.problem("s/members/stray.txt"),
        ]
        let damage = StoreDamage.files(problems, root: "s")
        #expect(damage.map(\.consequence) == [
            .matter(id: "a"), .meeting(id: "m1"), .record(meeting: "m1"), .live(meeting: "m1"),
            .sharedNotes(member: "leila-haddad"), .sharedPositions(member: "leila-haddad", meeting: "m1"), .privateData, .nothing,
        ])
        #expect(damage[0].count == 2, "the same problem found twice counts once")
        #expect(damage[0].file == "matters/a.json" && damage[0].problem == "broken")
        #expect(damage[6].file == "/home/x/.local/share/docket/private/id/leila-haddad/notes.json" && damage[6].problem == "broken")
    }
}

@Suite("Whose file it is")
struct StoreWriterTests {
    @Test("each path of the layout, temporary and lock files as their target's")
    func writers() {
        #expect(StoreAccess.writer(ofRelative: "meetings/2026-12-10/record.json") == .clerk)
        #expect(StoreAccess.writer(ofRelative: "meetings/2026-12-10/.record.json.123.456.tmp") == .clerk)
        #expect(StoreAccess.writer(ofRelative: "meetings/2026-12-10/live.json") == .chair(on: nil))
        #expect(StoreAccess.writer(ofRelative: "meetings/2026-12-10/.live.json.lock") == .chair(on: nil))
        #expect(StoreAccess.writer(ofRelative: "members/leila-haddad/positions/2026-12-10.json") == .member("leila-haddad"))
        #expect(StoreAccess.writer(ofRelative: "journal/leila-haddad.jsonl") == .member("leila-haddad"))
        #expect(StoreAccess.writer(ofRelative: "committee.json") == .clerk)
        #expect(StoreAccess.writer(ofRelative: "matters/a.json") == .clerk)
    }
}
