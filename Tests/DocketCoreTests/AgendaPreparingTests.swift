import DocketCore
import DocketModel
import Testing

@Suite("The clerk arranges an agenda before the notice goes out")
struct AgendaPreparingTests {
    /// The demo with its upcoming meeting not yet sent.
    static func unsent() -> AppState {
        var store = Fixtures.demo
        let index = store.meetings.firstIndex { $0.id == ClerkTests.meeting }!
        store.meetings[index].sent = nil
        return AppState(store: store, today: Fixtures.today, width: 100, height: 40, identity: ClerkTests.eva, language: .english)
    }

    static func written(_ effects: [Effect], to state: AppState) -> AppState {
        guard case .prepareAgenda(let id, let preparation)? = effects.last,
              let meeting = state.store.meetings.first(where: { $0.id == id }) else { return state }
        return App.update(state, .agendaPrepared(preparation.applied(to: meeting), failure: nil)).0
    }

    @Test("x takes an item off, + puts a matter on by its diary number, M moves one: the meeting's file, numbered again, no record")
    func arranging() {
        var (state, effects) = Fixtures.send([.enter] + Fixtures.keys("jjx"), to: Self.unsent())
        #expect(effects == [.prepareAgenda(meeting: ClerkTests.meeting, .change(.struck("dagordning")))])
        #expect(state.status == "Item 3 taken off the agenda (u puts it back)")
        state = Self.written(effects, to: state)
        #expect(!state.store.meetings[1].agenda.contains { $0.id == "dagordning" })
        #expect(state.store.meetings[1].agenda.map(\.number) == Array(1...11))
        (state, effects) = Fixtures.send(Fixtures.keys("+SN-2026-0389") + [.enter], to: state)
        guard case .prepareAgenda(_, .change(let change))? = effects.first else { Issue.record("no preparation: \(effects)"); return }
        #expect(change.kind == .added && change.added?.matter == "budgetuppfoljning-oktober")
        state = Self.written(effects, to: state)
        #expect(state.store.meetings[1].agenda.map(\.number) == Array(1...12))
        #expect(state.store.meetings[1].agenda[3].matter == "budgetuppfoljning-oktober")
        (state, effects) = Fixtures.send(Fixtures.keys("GM1") + [.enter], to: state)
        guard case .prepareAgenda(_, .change(let move))? = effects.first else { Issue.record("no move: \(effects)"); return }
        #expect(move.kind == .moved && move.before == "oppnande")
        state = Self.written(effects, to: state)
        #expect(state.store.meetings[1].agenda.first?.id == move.item)
        #expect(state.store.meetings[1].agenda.map(\.number) == Array(1...12))
        #expect(state.store.records[ClerkTests.meeting] == nil, "nothing is recorded before the meeting")
    }

    @Test("u puts back the item last taken off, where it stood; moving an item makes it part of the section it moves into")
    func puttingBack() throws {
        var (state, effects) = Fixtures.send([.enter] + Fixtures.keys("jjx"), to: Self.unsent())
        state = Self.written(effects, to: state)
        (state, effects) = Fixtures.send([.character("u")], to: state)
        guard case .prepareAgenda(_, .change(let change))? = effects.first else { Issue.record("not put back: \(effects)"); return }
        #expect(change.kind == .added && change.item == "dagordning" && change.before == "verksamhetsplan")
        state = Self.written(effects, to: state)
        #expect(state.store.meetings[1].agenda.map(\.id) == Fixtures.demo.meetings[1].agenda.map(\.id))
        #expect(state.status == "Item 3 is back on the agenda")
        (state, effects) = Fixtures.send([.character("u")], to: state)
        #expect(effects.isEmpty && state.status == "No item was taken off to put back")
        // The last item (information, a section of its own) moved first: it joins the opening section, whose heading stays once.
        (state, effects) = Fixtures.send(Fixtures.keys("GM1") + [.enter], to: state)
        state = Self.written(effects, to: state)
        let agenda = state.store.meetings[1].agenda
        #expect(agenda.first?.id == "information" && agenda.first?.section == agenda[1].section)
        let runs = agenda.map(\.section).reduce(into: [String]()) { runs, section in if runs.last != section { runs.append(section) } }
        #expect(Set(runs).count == runs.count, "no section's heading twice: \(runs)")
    }

    @Test("K marks the agenda sent; then x is an agenda change in the record, as at the meeting")
    func sending() {
        #expect(Self.unsent().noticeState(Self.unsent().store.meetings[1]) == "agenda being prepared (K: sent)")
        var (state, effects) = Fixtures.send([.enter, .character("K")], to: Self.unsent())
        #expect(effects.isEmpty && state.confirmation == .sendNotice(meeting: ClerkTests.meeting), "sending fixes the agenda: K asks first")
        (state, effects) = Fixtures.send([.character("y")], to: state)
        #expect(effects == [.prepareAgenda(meeting: ClerkTests.meeting, .send(on: Fixtures.today))])
        state = Self.written(effects, to: state)
        #expect(state.store.meetings[1].sent == Fixtures.today)
        #expect(state.noticeState(state.store.meetings[1]) == "notice sent \(state.longDate(Fixtures.today))")
        #expect(Fixtures.state().noticeState(Fixtures.demo.meetings[1]) == nil, "a member is not told")
        (state, effects) = Fixtures.send(Fixtures.keys("jjx"), to: state)
        guard case .record? = effects.first else { Issue.record("not recorded: \(effects)"); return }
        let (again, none) = Fixtures.send([.character("K")], to: state)
        #expect(none.isEmpty)
        #expect(again.status == "The agenda was sent on \(state.longDate(Fixtures.today)): x, + and M now change it as at the meeting")
    }

    @Test("T takes up the matters tabled or referred back and on no agenda since; a member has no such keys")
    func takingUp() {
        var store = Fixtures.demo
        let index = store.meetings.firstIndex { $0.id == ClerkTests.meeting }!
        store.meetings[index].sent = nil
        // The tabled guidelines are not on the coming agenda here.
        store.meetings[index].agenda.removeAll { $0.matter == "riktlinjer-ekonomiskt-bistand" }
        let state = AppState(store: store, today: Fixtures.today, width: 100, height: 40, identity: ClerkTests.eva, language: .english)
        let (taken, effects) = Fixtures.send([.enter, .character("T")], to: state)
        guard case .prepareAgenda(_, .takeUp(let items))? = effects.first else { Issue.record("nothing taken up: \(effects)"); return }
        #expect(items.map(\.matter) == ["riktlinjer-ekonomiskt-bistand"])
        #expect(taken.status == "1 matter taken up again")
        let member = AppState(store: store, today: Fixtures.today, width: 100, height: 40, identity: Fixtures.leila, language: .english)
        #expect(Fixtures.send([.enter, .character("T")], to: member).1.isEmpty)
    }

    @Test("e sets the item's own title (empty: its matter's), f its presenter, s makes it confidential or not")
    func details() {
        var (state, effects) = Fixtures.send([.enter] + Fixtures.keys("jjjje") + [.control("u")] + Fixtures.keys("Verksamhetsplanen") + [.enter],
                                             to: Self.unsent())
        guard case .prepareAgenda(_, .details(let id, let title, _, false))? = effects.first else { Issue.record("no details: \(effects)"); return }
        #expect(title == "Verksamhetsplanen")
        state = Self.written(effects, to: state)
        #expect(state.store.meetings[1].agenda.first { $0.id == id }?.title == "Verksamhetsplanen")
        (state, effects) = Fixtures.send([.character("f"), .control("u")] + Fixtures.keys("Johanna Karlsson, controller") + [.enter], to: state)
        state = Self.written(effects, to: state)
        #expect(state.store.meetings[1].agenda.first { $0.id == id }?.presenter == "Johanna Karlsson, controller")
        (state, effects) = Fixtures.send([.character("s")], to: state)
        state = Self.written(effects, to: state)
        #expect(state.store.meetings[1].agenda.first { $0.id == id }?.isConfidential == true)
        #expect(state.status == "Item \(state.store.meetings[1].agenda.first { $0.id == id }!.printedNumber) is confidential: kept out of the public minutes")
        (state, effects) = Fixtures.send([.character("e"), .control("u"), .enter], to: state)
        state = Self.written(effects, to: state)
        #expect(state.store.meetings[1].agenda.first { $0.id == id }?.title == nil, "empty: the matter's own title again")
    }

    @Test("a sets the item's section from a list: it moves to the end of that section, numbered again")
    func section() {
        var (state, effects) = Fixtures.send([.enter] + Fixtures.keys("jjjja"), to: Self.unsent())
        guard let picker = state.picker else { Issue.record("no section list"); return }
        #expect(picker.rows.map(\.label) == Fixtures.demo.meetings[1].sections.map(\.title))
        guard case .agenda(let screen) = state.screen, let selected = screen.selectedItem else { Issue.record("not on the agenda"); return }
        let moved = state.store.meetings[1].agenda[selected].id
        let last = picker.rows.count
        (state, effects) = Fixtures.send([.character(Character(String(last)))], to: state)
        guard case .prepareAgenda(_, .section(let item, let section))? = effects.first else { Issue.record("no section change: \(effects)"); return }
        #expect(item == moved && section == Fixtures.demo.meetings[1].sections.last?.id)
        state = Self.written(effects, to: state)
        #expect(state.store.meetings[1].agenda.last?.id == moved)
        #expect(state.store.meetings[1].agenda.map(\.number) == Array(1...12))
    }

    @Test("b lists the matter's proposals with those the agenda puts forward marked; Space and Enter change them")
    func proposals() {
        let (state, _) = Fixtures.send([.enter] + Fixtures.keys("jjjjb"), to: Self.unsent())
        guard let picker = state.picker, case .agenda(let screen) = state.screen, let selected = screen.selectedItem else {
            Issue.record("no proposal list"); return
        }
        let item = state.store.meetings[1].agenda[selected]
        let matter = state.store.matters[item.matter!]!
        #expect(picker.rows.count == matter.proposals.count)
        #expect(picker.marked == Set(matter.proposals.indices.filter { item.proposals?.contains(matter.proposals[$0].id) == true }))
        let (_, effects) = Fixtures.send([.enter], to: state)
        #expect(effects == [.prepareAgenda(meeting: ClerkTests.meeting, .proposals(item: item.id, matter.proposals.map(\.id).filter { item.proposals?.contains($0) == true }))])
    }
}
