import DocketCore
import DocketUI
import Testing

/// Golden screens: each is rendered to text and compared with a file under
/// Snapshots/. DOCKET_UPDATE_SNAPSHOTS=1 rewrites them; review every change.
@Suite("Golden screens")
struct SnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

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

    @Test("the demo's screens", arguments: walks.indices, sizes.indices)
    func demo(walk: Int, size: Int) {
        let (name, keys) = SnapshotTests.walks[walk]
        let (width, height) = SnapshotTests.sizes[size]
        let (state, _) = Fixtures.send(keys, to: Fixtures.state(width: width, height: height))
        Snapshot.assert(Renderer.render(state), named: "\(name)-\(width)x\(height)")
    }

    static let noteWalks: [(String, [Key])] = [
        ("notes-report-markers", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("2")]),
        ("notes-part", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("5")]),
        ("notes-overview", [.enter, .character("o")]),
        ("notes-typing", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("2"), .character("a")]
            + Fixtures.keys("Fråga om 会議 och 👩‍👩‍👧") + [.left, .left]),
        ("notes-confirm-delete", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("5"), .character("d")]),
    ]

    @Test("notes: markers, the Notes part, the overview, typing, a question", arguments: noteWalks.indices, sizes.indices)
    func notes(walk: Int, size: Int) {
        let (name, keys) = SnapshotTests.noteWalks[walk]
        let (width, height) = SnapshotTests.sizes[size]
        let (state, _) = Fixtures.send(keys, to: Fixtures.state(width: width, height: height, notes: NoteTests.sampleNotes))
        Snapshot.assert(Renderer.render(state), named: "\(name)-\(width)x\(height)")
    }

    static let positionWalks: [(String, [Key])] = [
        ("positions-agenda-badges", [.enter]),
        ("positions-overview", [.enter, .character("P")]),
        ("positions-item-part", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("5")]),
        ("positions-menu", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("p")]),
        ("positions-kind-menu", [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("p"), .character("e")]),
        ("positions-meetings-progress", []),
    ]

    @Test("positions: agenda badges, the overview, the item's positions, the menu", arguments: positionWalks.indices, sizes.indices)
    func positions(walk: Int, size: Int) {
        let (name, keys) = SnapshotTests.positionWalks[walk]
        let (width, height) = SnapshotTests.sizes[size]
        let (state, _) = Fixtures.send(keys, to: PositionTests.state(width: width, height: height))
        Snapshot.assert(Renderer.render(state), named: "\(name)-\(width)x\(height)")
    }

    /// The clerk at item 7 of the upcoming meeting, everyone present, the agenda's proposal and a rejection put.
    static let clerkWalks: [(String, [Step])] = [
        ("clerk-record-menu", [.recordMenu]),
        ("clerk-vote", [.recordMenu, .vote, .pick(1), .pick(1)] + Step.answers("jjnjnja")),
        ("clerk-outcome-warnings", [.recordMenu, .vote, .pick(1), .pick(1)] + Step.answers("jjnjnjajnnj")),
        ("clerk-picker", [.recordMenu, .reservation]),
    ]

    @Test("the clerk: the record menu, a roll call under way, the Outcome with its checks, a picker",
          arguments: clerkWalks.indices, sizes.indices)
    func clerk(walk: Int, size: Int) {
        let (name, keys) = SnapshotTests.clerkWalks[walk]
        let (width, height) = SnapshotTests.sizes[size]
        var state = ClerkTests.twoProposals()
        (state, _) = App.update(state, .resize(width: width, height: height))
        (state, _) = Fixtures.play(keys, to: state)
        Snapshot.assert(Renderer.render(state), named: "\(name)-\(width)x\(height)")
    }

    @Test("the past meeting's record as the clerk sees it")
    func meetingRecord() {
        let (state, _) = Fixtures.send([.character("j"), .character("R")], to: ClerkTests.state())
        var (small, _) = App.update(state, .resize(width: 80, height: 24))
        Snapshot.assert(Renderer.render(small), named: "meeting-record-80x24")
        (small, _) = App.update(state, .resize(width: 120, height: 40))
        Snapshot.assert(Renderer.render(small), named: "meeting-record-120x40")
    }

    @Test("the banner of a guessed or read-only identity")
    func banner() {
        let guessed = Identity(member: Fixtures.leila.member, role: .member,
                               banner: "Demo: you (root) are Leila Haddad. Be someone else with --as ID; ids: karin-holmberg, …")
        Snapshot.assert(Renderer.render(Fixtures.state(identity: guessed)), named: "banner-demo-80x24")
        let visitor = Identity(member: nil, role: nil, banner: "Read-only: root is not a member of this committee. Start with --as ID")
        Snapshot.assert(Renderer.render(Fixtures.state(identity: visitor)), named: "banner-read-only-80x24")
    }

    @Test("too small, and back")
    func tooSmall() {
        let state = Fixtures.state(width: 30, height: 8)
        Snapshot.assert(Renderer.render(state), named: "too-small-30x8")
        let (restored, _) = App.update(state, .resize(width: 80, height: 24))
        #expect(Renderer.render(restored) == Renderer.render(Fixtures.state()))
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
                let scalars = grid[x, y].character.unicodeScalars
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
