import DocketCore
import DocketMinutes
import DocketModel
import Testing

/// A meeting recorded through the clerk's keys alone, and the protokoll it gives: what a Swedish
/// sekreterare would sign unchanged (the golden file `protokoll-2026-12-10.txt`).
@Suite("The protokoll of a meeting recorded by the clerk's keys")
struct ClerkProtokollTests {
    @Test("an unmoved proposal, the chair's yrkande, a moved counter-proposal, a proposition followed by a roll call, the chair as justerare, justering by the day alone")
    func protokoll() throws {
        // Everyone present; the chair and Erik Öhman check the minutes, on a day without time or place.
        var (state, _) = Fixtures.send([.enter, .character("R"), .character("*")] + Fixtures.keys("ckarin") + [.tab] + Fixtures.keys("erik") + [.tab] + [.enter]
                                       + Fixtures.keys("t2026-12-15") + [.enter, .escape, .enter], to: ClerkTests.state())
        let steps: [Step] = [
            .recordMenu, .adopt, .nextItem,                      // § 1 the opening
            .recordMenu, .adopt, .nextItem,                      // § 2 justerare
            .recordMenu, .adopt, .nextItem,                      // § 3 the agenda
            // § 4: nobody moves anything; the presenter is recorded in place of the one the agenda named.
            .recordMenu, .presenter, .clearLine, .type("förvaltningschef Helena Vikström"), .enter, .recordMenu, .adopt, .nextItem,
            // § 5: the chair moves the administration's proposal.
            .recordMenu, .chairMoves, .recordMenu, .adopt, .nextItem, .nextItem,
            // § 7: Per-Olof Sandberg moves avslag; the chair puts the two, finds for the proposal; a roll call is asked for.
            .recordMenu, .memberProposal, .pick(1), .kind(.reject), .type("per"), .enter, .type("avslag på motionen"), .enter,
            .recordMenu, .proposition, .enter, .pick(1),
            .recordMenu, .vote, .pick(1), .pick(1),
        ] + Step.answers("nnjjnjjjjjj") + [
            .recordMenu, .adopt,
            .recordMenu, .reservation, .type("per"), .mark, .enter, .pick(2), .no,
        ]
        (state, _) = Fixtures.play(steps, to: state)
        let meeting = ClerkTests.meeting
        let record = try #require(state.store.records[meeting])
        #expect(record.record(of: ClerkTests.item)?.propositionOrder.count == 1, "the vote joins the proposition it follows")
        let builder = try MinutesBuilder(store: state.store, meeting: meeting, live: state.live[meeting])
        let text = TextMinutes.render(try builder.build(MinutesRequest(meeting: meeting)))
        Snapshot.assertText(text, named: "protokoll-2026-12-10.txt")
    }

    @Test("a past meeting entered after the fact: its agenda arranged as it was, its times set, then recorded; the minutes give those times")
    func enteredAfterTheFact() throws {
        let demo = Fixtures.demo
        let upcoming = demo.meetings[1]
        var store = demo
        // November's meeting, typed in from its protokoll: no notice sent from Docket, no live file, no record yet.
        let past = Meeting(id: "2026-11-05", date: "2026-11-05", time: "13:00", place: "Sammanträdesrum Klarälven, stadshuset",
                           sections: upcoming.sections, agenda: Array(upcoming.agenda.prefix(5)))
        store.meetings.insert(past, at: 1)
        let start = AppState(store: store, today: Fixtures.today, width: 100, height: 40, identity: ClerkTests.eva, language: .english)
        // Tidigare: the meeting of 5 November is the first past one. Item 5 was not on that agenda after all.
        var (state, effects) = Fixtures.send(Fixtures.keys("j") + [.enter] + Fixtures.keys("jjjjx"), to: start)
        guard case .prepareAgenda("2026-11-05", .change(let change))? = effects.first else { Issue.record("not arranged: \(effects)"); return }
        #expect(change.kind == .struck && change.item == "budgetuppfoljning")
        state = App.update(state, .agendaPrepared(AgendaPreparation.change(change).applied(to: past), failure: nil)).0
        #expect(state.store.records["2026-11-05"] == nil, "arranging the agenda records nothing")
        (state, _) = Fixtures.send([.character("R"), .character("*"), .character("T"), .control("u")] + Fixtures.keys("13.00 15.40") + [.enter],
                                   to: state)
        #expect(state.store.records["2026-11-05"]?.held == MeetingRecord.Held(start: "13:00", end: "15:40"))
        let builder = try MinutesBuilder(store: state.store, meeting: "2026-11-05", live: nil)
        let header = try builder.build(MinutesRequest(meeting: "2026-11-05")).header
        #expect(header.first { $0.label == "Plats och tid" }?.lines == ["Sammanträdesrum Klarälven, stadshuset, kl. 13.00–15.40"])
        #expect(header.first { $0.label == "Dagordning" } == nil, "the agenda as it was, not a change made at the meeting")
    }
}
