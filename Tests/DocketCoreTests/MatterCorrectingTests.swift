import DocketCore
import DocketModel
import Testing

@Suite("The clerk sees an imported matter's warnings and corrects its fields")
struct MatterCorrectingTests {
    static let matter = "budgetuppfoljning-oktober"

    /// The demo with the matter of item 5 imported from a report, with two warnings.
    static func imported(_ identity: Identity = ClerkTests.eva) -> AppState {
        var store = Fixtures.demo
        store.matters[matter]?.imported = ImportedReport(file: "budget.txt", on: "2026-11-20",
                                                         warnings: [.dateWithoutYear("den 24 mars"), .attachmentsMismatch(announced: 2, listed: 1)])
        return AppState(store: store, today: Fixtures.today, width: 100, height: 40, identity: identity, language: .english)
    }

    /// Item 5 of the coming meeting, open.
    static func openItem(_ state: AppState) -> AppState {
        Fixtures.send([.enter] + Fixtures.keys("jjjj") + [.enter], to: state).0
    }

    static func item(_ state: AppState) -> ItemScreen? {
        if case .item(let item) = state.screen { return item }
        return nil
    }

    static func proposalText(_ state: AppState) -> [String] {
        item(state)?.layout.part(.proposal).lines.map(\.text) ?? []
    }

    @Test("the clerk sees the warnings above the proposal; a member does not")
    func warningsShown() throws {
        let clerk = Self.proposalText(Self.openItem(Self.imported()))
        #expect(clerk.first == "Imported from budget.txt 2026-11-20: 2 warnings")
        #expect(clerk.contains("⚠ date without a year: den 24 mars (no year is guessed)"))
        #expect(clerk.contains("⚠ 2 attachments announced, 1 listed"))
        let member = Self.proposalText(Self.openItem(Self.imported(Identity(member: Fixtures.demo.committee.member(id: "leila-haddad"), role: .member, banner: nil))))
        #expect(!member.contains { $0.contains("warning") })
        #expect(member.contains { $0.contains("Proposed by") })
        let item = Fixtures.demo.meetings[1].agenda[4]
        #expect(Self.imported().hasImportWarnings(item), "the clerk's agenda marks the item")
        #expect(!Self.imported(Identity(member: Fixtures.demo.committee.member(id: "leila-haddad"), role: .member, banner: nil)).hasImportWarnings(item))
    }

    @Test("C lists the fields with their values; a title typed is written as a correction and shown at once")
    func correctTitle() throws {
        var (state, effects) = Fixtures.send([.character("C")], to: Self.openItem(Self.imported()))
        let picker = try #require(state.picker)
        #expect(picker.title == "Correct matter SN-2026-0389")
        #expect(picker.rows.map(\.label).first == "Diary number: SN-2026-0389")
        #expect(picker.rows.map(\.label).last == "Mark the import's 2 warnings as checked")
        (state, effects) = Fixtures.send([.character("2")], to: state)
        #expect(state.prompt?.editor.text == Fixtures.demo.matters[Self.matter]?.title)
        (state, effects) = Fixtures.send([.control("u")] + Fixtures.keys("Budgetuppföljning per oktober") + [.enter], to: state)
        #expect(effects == [.correctMatter(matter: Self.matter, .title("Budgetuppföljning per oktober"))])
        let written = MatterCorrection.title("Budgetuppföljning per oktober").applied(to: state.store.matters[Self.matter]!)
        state = App.update(state, .matterCorrected(written, failure: nil)).0
        #expect(Self.item(state)?.layout.header.first?.text == "5. Budgetuppföljning per oktober")
    }

    @Test("the proposal's clauses are typed separated by |; empty is refused; the warnings are marked checked and disappear")
    func clausesAndWarnings() throws {
        var (state, effects) = Fixtures.send([.character("C"), .character("7")], to: Self.openItem(Self.imported()))
        #expect(state.prompt?.editor.text == "att socialnämnden godkänner budgetuppföljningen per oktober 2026, och | att socialnämnden överlämnar den till kommunstyrelsen.")
        (state, effects) = Fixtures.send([.control("u"), .enter], to: state)
        #expect(effects.isEmpty)
        #expect(state.status == "Nothing typed: nothing saved")
        (state, effects) = Fixtures.send([.character("C"), .character("7"), .control("u")] + Fixtures.keys("att godkänna | att överlämna") + [.enter], to: state)
        #expect(effects == [.correctMatter(matter: Self.matter, .clauses(proposal: "forvaltningens-forslag", ["att godkänna", "att överlämna"]))])
        (state, effects) = Fixtures.send([.character("C"), .character("8")], to: state)
        #expect(effects == [.correctMatter(matter: Self.matter, .warningsChecked(on: Fixtures.today))])
        let checked = MatterCorrection.warningsChecked(on: Fixtures.today).applied(to: state.store.matters[Self.matter]!)
        state = App.update(state, .matterCorrected(checked, failure: nil)).0
        #expect(!Self.proposalText(state).contains { $0.contains("warning") })
    }

    @Test("the report's date: typed as YYYY-MM-DD; anything else is refused with the reason")
    func reportDate() throws {
        var (state, effects) = Fixtures.send([.character("C"), .character("4")], to: Self.openItem(Self.imported()))
        #expect(state.prompt != nil)
        (state, effects) = Fixtures.send([.control("u")] + Fixtures.keys("30 mars") + [.enter], to: state)
        #expect(effects.isEmpty)
        #expect(state.status == "Not saved: \"30 mars\" is no date; write YYYY-MM-DD")
        (state, effects) = Fixtures.send([.character("C"), .character("4"), .control("u")] + Fixtures.keys("2026-10-30") + [.enter], to: state)
        #expect(effects == [.correctMatter(matter: Self.matter, .reportDate("2026-10-30"))])
        let written = MatterCorrection.reportDate("2026-10-30").applied(to: state.store.matters[Self.matter]!)
        #expect(written.report?.date == "2026-10-30")
        #expect(written.imported?.completed == [.date], "kept by a later import")
    }

    @Test("a report the importer found no proposal in: C offers the administration's proposal, typed as its clauses")
    func proposalTypedWhenMissing() throws {
        var store = Self.imported().store
        store.matters[Self.matter]?.proposals = []
        let state = AppState(store: store, today: Fixtures.today, width: 100, height: 40, identity: ClerkTests.eva, language: .english)
        var (opened, effects) = Fixtures.send([.character("C")], to: Self.openItem(state))
        let row = try #require(opened.picker?.rows.first { $0.label.hasSuffix(": –") && $0.label.hasPrefix("Proposal by") })
        let number = try #require(opened.picker?.rows.firstIndex(of: row)).advanced(by: 1)
        (opened, effects) = Fixtures.send(Fixtures.keys("\(number)") + Fixtures.keys("att godkänna | att överlämna") + [.enter], to: opened)
        guard case .correctMatter(_, .proposal(let proposal))? = effects.first else {
            Issue.record("expected the administration's proposal, got \(effects)")
            return
        }
        #expect(proposal.id == DecisionProposal.administrationID && proposal.clauses == ["att godkänna", "att överlämna"])
        #expect(proposal.proposer.kind == .administration)
    }

    @Test("the kind is chosen from a list; a refused write is told and changes nothing; a member has no C")
    func kindAndRefusal() throws {
        var (state, effects) = Fixtures.send([.character("C"), .character("3")], to: Self.openItem(Self.imported()))
        #expect(state.picker?.rows.map(\.label) == ["decision", "answer to a motion or skrivelse", "consultation response", "information", "appointment", "other"])
        (state, effects) = Fixtures.send([.character("4")], to: state)
        #expect(effects == [.correctMatter(matter: Self.matter, .kind(.information))])
        state = App.update(state, .matterCorrected(nil, failure: "the diary number is also used")).0
        #expect(state.status == "The correction was not saved: the diary number is also used")
        #expect(state.store.matters[Self.matter]?.kind == .decision)
        let member = Self.openItem(Self.imported(Identity(member: Fixtures.demo.committee.member(id: "leila-haddad"), role: .member, banner: nil)))
        let (after, none) = Fixtures.send([.character("C")], to: member)
        #expect(none.isEmpty && after.picker == nil)
    }
}
