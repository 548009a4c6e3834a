import DocketCore
import DocketModel
import Testing

@Suite("Positions and read progress in the interface")
struct PositionTests {
    static let toItem4: [Key] = [.enter, .character("j"), .character("j"), .character("j"), .enter]

    static func position(_ matter: String, by author: String, _ stance: Position.Stance, own: OwnProposal? = nil,
                         motivation: String? = nil) -> Position {
        Position(meeting: "2026-12-10", matter: matter, author: author, stance: stance, ownProposal: own,
                 motivation: motivation, modified: "2026-11-29T12:00:00+01:00")
    }

    /// Leila supports item 4 privately and has an own proposal on item 8, shared; Karin shares an own proposal on item 4.
    static let samplePositions: [VisiblePosition] = [
        VisiblePosition(position: position("verksamhetsplan-2027", by: "leila-haddad", .support, motivation: "Ramen räcker"), shared: false),
        VisiblePosition(position: position("hearing-om-spelberoende", by: "leila-haddad", .own,
                                           own: OwnProposal(kind: .amendment, text: "att en hearing anordnas under våren 2027")), shared: true),
        VisiblePosition(position: position("verksamhetsplan-2027", by: "karin-holmberg", .own,
                                           own: OwnProposal(kind: .addition, text: "att förvaltningen återkommer i april")), shared: true),
    ]

    static var sampleMarks: [ReadMark] {
        let demo = Fixtures.demo
        return [
            ReadMark(meeting: "2026-12-10", matter: "verksamhetsplan-2027", revision: demo.matters["verksamhetsplan-2027"]!.revision, read: "2026-11-29T12:00:00+01:00"),
            ReadMark(meeting: "2026-12-10", matter: "budgetuppfoljning-oktober", revision: "0000000000000000", read: "2026-11-29T12:00:00+01:00"),
        ]
    }

    static func state(width: Int = 80, height: Int = 24, language: InterfaceLanguage = .english) -> AppState {
        AppState(store: Fixtures.demo, today: Fixtures.today, width: width, height: height, identity: Fixtures.leila,
                 notes: NoteTests.sampleNotes, positions: samplePositions, readMarks: sampleMarks, language: language)
    }

    @Test("p opens the menu; s, o, a record a stance; Esc closes; the menu is modal")
    func stances() {
        let (menu, _) = Fixtures.send(PositionTests.toItem4 + [.character("p")], to: Fixtures.state())
        #expect(menu.positionMenu == PositionMenu(meeting: "2026-12-10", matter: "verksamhetsplan-2027", step: .stance))
        let (saved, effects) = Fixtures.send([.character("o")], to: menu)
        #expect(effects == [.changePositions([.set(meeting: "2026-12-10", matter: "verksamhetsplan-2027", stance: .oppose,
                                                 own: nil, motivation: nil, shared: false)])])
        #expect(saved.positionMenu == nil)
        let (closed, none) = Fixtures.send([.character("j"), .escape], to: menu)
        #expect(closed.positionMenu == nil && none.isEmpty)
        #expect(closed.stack == menu.stack)
    }

    @Test("an own proposal: its kind, then its text in the one-line editor or in $EDITOR")
    func ownProposal() {
        let (kinds, _) = Fixtures.send(PositionTests.toItem4 + [.character("p"), .character("e")], to: Fixtures.state())
        #expect(kinds.positionMenu?.step == .ownKind(inEditor: false))
        let (typing, _) = Fixtures.send([.character("r")], to: kinds)
        #expect(typing.prompt?.purpose == .ownProposal(meeting: "2026-12-10", matter: "verksamhetsplan-2027", kind: .referralBack))
        let (_, effects) = Fixtures.send(Fixtures.keys("att ärendet återremitteras för en ny kalkyl") + [.enter], to: typing)
        #expect(effects == [.changePositions([.set(meeting: "2026-12-10", matter: "verksamhetsplan-2027", stance: .own,
                                                 own: OwnProposal(kind: .referralBack, text: "att ärendet återremitteras för en ny kalkyl"),
                                                 motivation: nil, shared: false)])])
        let (_, editor) = Fixtures.send(PositionTests.toItem4 + [.character("p"), .character("E"), .character("t")], to: Fixtures.state())
        #expect(editor == [.editExternally(.ownProposal(meeting: "2026-12-10", matter: "verksamhetsplan-2027", kind: .tabling), text: "")])
    }

    @Test("motivation and sharing need a stance first; they keep the rest of the position")
    func motivationAndSharing() {
        let (refused, _) = Fixtures.send(PositionTests.toItem4 + [.character("p"), .character("m")], to: Fixtures.state())
        #expect(refused.status == "Choose a stance first")
        let (typing, _) = Fixtures.send(PositionTests.toItem4 + [.character("p"), .character("m"), .control("u")], to: PositionTests.state())
        let (_, effects) = Fixtures.send(Fixtures.keys("Bra avvägning") + [.enter], to: typing)
        #expect(effects == [.changePositions([.set(meeting: "2026-12-10", matter: "verksamhetsplan-2027", stance: .support,
                                                 own: nil, motivation: "Bra avvägning", shared: false)])])
        let (_, share) = Fixtures.send(PositionTests.toItem4 + [.character("p"), .character("S")], to: PositionTests.state())
        #expect(share == [.changePositions([.share(PositionTests.samplePositions[0].position, toShared: true)])])
        let (_, clear) = Fixtures.send(PositionTests.toItem4 + [.character("p"), .character("c")], to: PositionTests.state())
        #expect(clear == [.changePositions([.clear(meeting: "2026-12-10", matter: "verksamhetsplan-2027")])])
    }

    @Test("read: by scrolling to the end of the report, or with m, which toggles; a revision makes it unread")
    func reading() {
        let state = PositionTests.state()
        #expect(state.readState(meetingIndex: 1, itemIndex: 3) == .read)
        #expect(state.readState(meetingIndex: 1, itemIndex: 4) == .revised)
        #expect(state.readState(meetingIndex: 1, itemIndex: 5) == .unread)
        #expect(state.readState(meetingIndex: 1, itemIndex: 0) == nil)
        #expect(state.readProgress(meetingIndex: 1) == (read: 1, total: 8))
        let revision = Fixtures.demo.matters["budgetuppfoljning-oktober"]!.revision
        let (_, scrolled) = Fixtures.send([.enter] + Array(repeating: .character("j"), count: 4) + [.enter, .character("2"), .character("G")], to: state)
        #expect(scrolled == [.changePositions([.markRead(meeting: "2026-12-10", matter: "budgetuppfoljning-oktober", revision: revision)])])
        let (_, toggled) = Fixtures.send(PositionTests.toItem4 + [.character("m")], to: state)
        #expect(toggled == [.changePositions([.markRead(meeting: "2026-12-10", matter: "verksamhetsplan-2027", revision: nil)])])
        let (_, again) = Fixtures.send(PositionTests.toItem4 + [.character("2"), .character("G")], to: state)
        #expect(again.isEmpty)
    }

    @Test("U opens the next item not read at its current revision")
    func nextUnread() throws {
        let (first, _) = Fixtures.send([.enter, .character("U")], to: PositionTests.state())
        guard case .item(let item) = first.screen else { Issue.record("\(first.screen)"); return }
        #expect(item.itemIndex == 3 + 1)
        #expect(item.part == .report)
        let (next, _) = Fixtures.send([.character("U")], to: first)
        guard case .item(let after) = next.screen else { Issue.record("\(next.screen)"); return }
        #expect(after.itemIndex == 5)
        #expect(next.stack.count == 3)
    }

    @Test("P lists my stance on every item; items without one stand out; Enter opens the item")
    func overview() {
        let (overview, _) = Fixtures.send([.enter, .character("P")], to: PositionTests.state())
        guard case .positionsOverview(let screen) = overview.screen else { Issue.record("\(overview.screen)"); return }
        #expect(screen.rows == [3, 4, 5, 6, 7, 8, 9, 10])
        let (opened, _) = Fixtures.send([.character("j"), .enter], to: overview)
        guard case .item(let item) = opened.screen else { Issue.record("\(opened.screen)"); return }
        #expect(item.itemIndex == 4 && item.part == .proposal)
    }

    @Test("the preparation summary, in Markdown and in plain text", arguments: PreparationSummary.Format.allCases)
    func export(format: PreparationSummary.Format) {
        let demo = Fixtures.demo
        let summary = PreparationSummary.render(store: demo, meeting: demo.meetings[1], member: Fixtures.leila.member!,
                                                positions: PositionTests.samplePositions, notes: NoteTests.sampleNotes,
                                                withShared: true, format: format, strings: .english)
        Snapshot.assertText(summary, named: "export-2026-12-10.\(format == .markdown ? "md" : "txt")")
        let mine = PreparationSummary.render(store: demo, meeting: demo.meetings[1], member: Fixtures.leila.member!,
                                             positions: PositionTests.samplePositions, notes: NoteTests.sampleNotes,
                                             withShared: false, format: format, strings: .english)
        #expect(!mine.contains("Vi yrkar bifall"))
        #expect(mine.contains("Fråga förvaltningen om ökningen"))
    }

    @Test("E writes my preparation for the meeting on screen to a file in my folder, named in my language, and says where")
    func exportFromInterface() throws {
        let (state, effects) = Fixtures.send([.enter, .character("E")], to: PositionTests.state(language: .swedish))
        guard case .export(let name, let text)? = effects.first else { Issue.record("no export"); return }
        #expect(name == "docket-forberedelser-2026-12-10.md")
        #expect(text.hasPrefix("# Förberedelser: Socialnämnden, sammanträdet 2026-12-10 — Leila Haddad"))
        let (written, _) = App.update(state, .exported(path: "/home/leila/" + name, failure: nil))
        #expect(written.status == "Dina förberedelser är sparade i /home/leila/docket-forberedelser-2026-12-10.md")
    }
}
