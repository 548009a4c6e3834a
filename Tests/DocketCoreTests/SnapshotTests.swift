import DocketCore
import DocketModel
import DocketUI
import Testing

/// Golden screens: each is rendered to text and compared with a file under
/// Snapshots/. DOCKET_UPDATE_SNAPSHOTS=1 rewrites them; review every change.
@Suite("Golden screens")
struct SnapshotTests {
    static let sizes = [(80, 24), (120, 40)]
    /// Every screen in both languages at both sizes; Swedish files end in -sv.
    static let variants: [(width: Int, height: Int, language: InterfaceLanguage)] =
        [InterfaceLanguage.english, .swedish].flatMap { language in sizes.map { ($0.0, $0.1, language) } }

    static func name(_ base: String, _ variant: Int) -> String {
        let (width, height, language) = variants[variant]
        return "\(base)-\(width)x\(height)\(language == .swedish ? "-sv" : "")"
    }

    /// Keys from the meetings list to each screen of the demo.
    static let walks: [(String, [Key])] = [
        ("meetings", []),
        ("agenda", [.enter]),
        ("item-proposal", [.enter, .character("j"), .character("j"), .character("j"), .enter]),
        ("item-report", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("2")]),
        ("item-report-scrolled", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("2"), .character(" "), .character(" ")]),
        ("item-history", [.enter] + Array(repeating: .character("j"), count: 5) + [.enter, .character("3"), .character("j"), .character("j")]),
        ("item-attachments", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("4")]),
        ("item-procedural", [.enter, .enter]),
        ("past-agenda", [.character("j"), .enter]),
        ("outcome-vote", [.character("j"), .enter, .character("j"), .character("j"), .character("j"), .character("j"), .enter, .character("6")]),
        ("outcome-none", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("6")]),
        ("help", [.character("?")]),
        ("marker-legend", [.enter, .character("i")]),
        ("find", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("2"), .character("/")]
            + Fixtures.keys("förvaltningen") + [.enter]),
        ("find-prompt", [.enter, .character("/")] + Fixtures.keys("Öppen")),
    ]

    @Test("the demo's screens", arguments: walks.indices, variants.indices)
    func demo(walk: Int, variant: Int) {
        let (name, keys) = SnapshotTests.walks[walk]
        let (width, height, language) = SnapshotTests.variants[variant]
        let (state, _) = Fixtures.send(keys, to: Fixtures.state(width: width, height: height, language: language))
        Snapshot.assert(Renderer.render(state), named: SnapshotTests.name(name, variant))
    }

    static let noteWalks: [(String, [Key])] = [
        ("notes-report-markers", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("2")]),
        ("notes-part", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("5")]),
        ("notes-overview", [.enter, .character("o")]),
        ("notes-typing", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("2"), .character("a")]
            + Fixtures.keys("Fråga om 会議 och 👩‍👩‍👧") + [.left, .left]),
        ("notes-confirm-delete", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("5"), .character("d")]),
    ]

    @Test("notes: markers, the Notes part, the overview, typing, a question", arguments: noteWalks.indices, variants.indices)
    func notes(walk: Int, variant: Int) {
        let (name, keys) = SnapshotTests.noteWalks[walk]
        let (width, height, language) = SnapshotTests.variants[variant]
        let (state, _) = Fixtures.send(keys, to: Fixtures.state(width: width, height: height, notes: NoteTests.sampleNotes, language: language))
        Snapshot.assert(Renderer.render(state), named: SnapshotTests.name(name, variant))
    }

    static let positionWalks: [(String, [Key])] = [
        ("positions-agenda-badges", [.enter]),
        ("positions-overview", [.enter, .character("P")]),
        ("positions-item-part", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("5")]),
        ("positions-menu", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("p")]),
        ("positions-kind-menu", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("p"), .character("e")]),
        ("positions-meetings-progress", []),
    ]

    @Test("positions: agenda badges, the overview, the item's positions, the menu", arguments: positionWalks.indices, variants.indices)
    func positions(walk: Int, variant: Int) {
        let (name, keys) = SnapshotTests.positionWalks[walk]
        let (width, height, language) = SnapshotTests.variants[variant]
        let (state, _) = Fixtures.send(keys, to: PositionTests.state(width: width, height: height, language: language))
        Snapshot.assert(Renderer.render(state), named: SnapshotTests.name(name, variant))
    }

    /// The clerk at item 7 of the upcoming meeting, everyone present, the agenda's proposal and a rejection put.
    static let clerkWalks: [(String, [Step])] = [
        ("clerk-record-menu", [.recordMenu]),
        ("clerk-vote", [.recordMenu, .vote, .pick(1), .pick(1)] + Step.answers("jjnjnja")),
        ("clerk-outcome-warnings", [.recordMenu, .vote, .pick(1), .pick(1)] + Step.answers("jjnjnjajnnj")),
        ("clerk-picker", [.recordMenu, .reservation]),
    ]

    @Test("the clerk: the record menu, a roll call under way, the Outcome with its checks, a picker",
          arguments: clerkWalks.indices, variants.indices)
    func clerk(walk: Int, variant: Int) {
        let (name, keys) = SnapshotTests.clerkWalks[walk]
        let (width, height, language) = SnapshotTests.variants[variant]
        var state = ClerkTests.twoProposals(language: language)
        (state, _) = App.update(state, .resize(width: width, height: height))
        (state, _) = Fixtures.play(keys, to: state)
        Snapshot.assert(Renderer.render(state), named: SnapshotTests.name(name, variant))
    }

    @Test("the past meeting's record as the clerk sees it", arguments: variants.indices)
    func meetingRecord(variant: Int) {
        let (width, height, language) = SnapshotTests.variants[variant]
        var (state, _) = Fixtures.send([.character("j"), .character("R")], to: ClerkTests.state(language: language))
        (state, _) = App.update(state, .resize(width: width, height: height))
        Snapshot.assert(Renderer.render(state), named: SnapshotTests.name("meeting-record", variant))
    }

    @Test("the banner of a guessed or read-only identity", arguments: [InterfaceLanguage.english, .swedish])
    func banner(language: InterfaceLanguage) {
        let suffix = language == .swedish ? "-sv" : ""
        let guessed = Identity(member: Fixtures.leila.member, role: .member,
                               banner: .demo(user: "root", member: "Leila Haddad", ids: Fixtures.demo.committee.members.map(\.id)))
        Snapshot.assert(Renderer.render(Fixtures.state(identity: guessed, language: language)), named: "banner-demo-80x24" + suffix)
        let visitor = Identity(member: nil, role: nil, banner: .readOnly(user: "root", ids: Fixtures.demo.committee.members.map(\.id)))
        Snapshot.assert(Renderer.render(Fixtures.state(identity: visitor, language: language)), named: "banner-read-only-80x24" + suffix)
    }

    @Test("too small, and back", arguments: [InterfaceLanguage.english, .swedish])
    func tooSmall(language: InterfaceLanguage) {
        let state = Fixtures.state(width: 30, height: 8, language: language)
        Snapshot.assert(Renderer.render(state), named: "too-small-30x8" + (language == .swedish ? "-sv" : ""))
        let (restored, _) = App.update(state, .resize(width: 80, height: 24))
        #expect(Renderer.render(restored) == Renderer.render(Fixtures.state(language: language)))
    }

    @Test("hostile content: wide characters whole, escape sequences inert", arguments: [
        ("hostile-agenda", [Key.enter]),
        ("hostile-item", [.enter, .character("j"), .character("j"), .enter, .character("2")]),
    ])
    func hostile(name: String, keys: [Key]) {
        let (state, _) = Fixtures.send(keys, to: Fixtures.state(store: HostileContent.store))
        let grid = Renderer.render(state)
        Snapshot.assert(grid, named: "\(name)-80x24")
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let scalars = grid.character(x: x, y: y).unicodeScalars
                #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) },
                        "cell \(x),\(y) carries a control character")
            }
        }
    }

    @Test("every title of the hostile store, in every item, at every width from 40 to 120")
    func hostileWidths() {
        for width in stride(from: 40, through: 120, by: 7) {
            for index in HostileContent.titles.indices {
                let keys: [Key] = [.enter] + Array(repeating: .character("j"), count: index) + [.enter]
                let (state, _) = Fixtures.send(keys, to: Fixtures.state(width: width, height: 20, store: HostileContent.store))
                for part in ["1", "2", "3", "4"] {
                    let grid = Renderer.render(Fixtures.send([.character(Character(part))], to: state).0)
                    #expect(grid.textLines().allSatisfy { Snapshot.columns($0, metrics: grid.metrics) <= width })
                }
            }
        }
    }
}
