import DocketImport
import DocketModel
import Testing

@Suite("Matters on a new agenda")
struct AgendaSectionsTests {
    let committee = Committee(id: "sn", name: "Socialnämnden", shortName: "SN", municipality: "Åsbro kommun")

    private func meeting(_ date: String, _ matters: [String]) -> Meeting {
        let sections = AgendaTemplate.sections(in: .swedish)
        return Meeting(id: date, date: date, time: "13:00", place: "Stadshuset", sections: sections,
                       agenda: matters.enumerated().map { AgendaItem(id: $1, number: $0 + 1, section: "beslut", matter: $1) })
    }

    private func decided(_ meeting: String, _ decisions: [(String, Decision.Category)]) -> MeetingRecord {
        MeetingRecord(meeting: meeting, firstParagraph: 1,
                      items: decisions.map { ItemRecord(item: $0.0, decision: Decision(category: $0.1, clauses: ["att …"])) })
    }

    @Test("tabled or referred back at the latest meeting, and on no agenda since: taken up again, oldest first")
    func stillOpen() {
        let matters = ["a", "b", "c", "d"].map { Matter(id: $0, diaryNumber: "SN-\($0)", title: $0, kind: .decision) }
        var store = StoreContents(manifest: StoreManifest(storeId: "s"), committee: committee,
                                  matters: Dictionary(uniqueKeysWithValues: matters.map { ($0.id, $0) }),
                                  meetings: [meeting("2027-01-10", ["a", "b", "c"]), meeting("2027-02-04", ["d"]), meeting("2026-12-01", ["d"])],
                                  records: ["2027-01-10": decided("2027-01-10", [("a", .tabled), ("b", .accordingToProposal), ("c", .referredBack)]),
                                            "2026-12-01": decided("2026-12-01", [("d", .tabled)])])
        #expect(AgendaSections.stillOpen(before: "2027-02-04", in: store).map(\.id) == ["a", "c"])
        #expect(AgendaSections.stillOpen(before: "2027-01-10", in: store).map(\.id) == [], "d is on the agenda of 2027-02-04 already")
        let later = store.meetings.firstIndex { $0.id == "2027-02-04" }!
        store.meetings[later].agenda.append(AgendaItem(id: "a", number: 2, section: "beslut", matter: "a"))
        #expect(AgendaSections.stillOpen(before: "2027-02-04", in: store).map(\.id) == ["c"])
    }

    @Test("the section a matter's kind belongs to, the next number, the administration's proposal and the officer")
    func placed() {
        var matter = Matter(id: "svar", diaryNumber: "SN-1", title: "Svar", kind: .motionResponse)
        matter.proposals = [DecisionProposal(id: DecisionProposal.administrationID, proposer: Proposer(kind: .administration, name: "Förvaltningen"), clauses: ["att …"])]
        matter.documents = [MatterDocument(id: "tjansteutlatande", kind: .report, title: "Tjänsteutlåtande", date: "2027-01-01",
                                           officer: Officer(name: "Karin Lindqvist"), sections: [])]
        let target = AgendaTemplate.meeting(id: "m", date: "2027-02-04", time: "13:00", place: "S", committee: committee)
        let item = AgendaSections.item(for: matter, on: target)
        #expect(item.number == 4)
        #expect(item.section == "skrivelser")
        #expect(item.proposals == [DecisionProposal.administrationID])
        #expect(item.presenter == "Karin Lindqvist")
        #expect(AgendaSections.item(for: Matter(id: "x", diaryNumber: "SN-2", title: "X", kind: .consultationResponse), on: target).section == "remisser")
        #expect(AgendaSections.item(for: Matter(id: "y", diaryNumber: "SN-3", title: "Y", kind: .other), on: target).section == "beslut")
        #expect(target.agenda.map(\.procedure) == [.opening, .checkers, .agenda])
    }
}
