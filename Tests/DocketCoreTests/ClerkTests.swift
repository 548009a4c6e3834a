import DocketCore
import DocketModel
import Testing

@Suite("The clerk records the meeting")
struct ClerkTests {
    static let eva = Identity(member: Fixtures.demo.committee.member(id: "eva-lundgren"), role: .clerk, banner: nil)
    static let meeting = "2026-12-10"
    /// Item 7 of the upcoming meeting: the motion on sheltered housing.
    static let item = "skyddat-boende"

    static func state(_ identity: Identity = eva, positions: [VisiblePosition] = [], language: InterfaceLanguage = .english) -> AppState {
        AppState(store: Fixtures.demo, today: Fixtures.today, width: 100, height: 40, identity: identity, positions: positions, language: language)
    }

    /// The clerk with everyone holding a seat present, on item 7.
    static func atItem7(positions: [VisiblePosition] = [], language: InterfaceLanguage = .english) -> AppState {
        let (present, _) = Fixtures.send([.enter, .character("R"), .character("*"), .escape] + Fixtures.keys("jjjjjj") + [.enter],
                                         to: state(positions: positions, language: language))
        return present
    }

    static func tally(_ vote: Vote?) -> [Int] {
        vote.map { [$0.tally.yes, $0.tally.no, $0.tally.abstain] } ?? []
    }

    static func record(_ state: AppState) -> ItemRecord? {
        state.store.records[meeting]?.record(of: item)
    }

    @Test("a member's attempt to record shows the reason, and changes nothing")
    func memberRefused() {
        let (onItem, effects) = Fixtures.send([.enter] + Fixtures.keys("jjjjjj") + [.enter, .character("r")], to: ClerkTests.state(Fixtures.leila))
        #expect(effects.isEmpty)
        #expect(onItem.status == "Only the clerk records outcomes")
        #expect(onItem.recordMenu == nil)
        // On the meeting's record Space pages for a member; the clerk's keys say why not.
        let (onRecord, more) = Fixtures.send([.enter, .character("R"), .character(" "), .character("A")], to: ClerkTests.state(Fixtures.leila))
        #expect(more.isEmpty)
        #expect(onRecord.status == "Only the clerk records outcomes")
        #expect(onRecord.store.records == Fixtures.demo.records)
    }

    @Test("* records every member with a seat present, each change an effect; the first § continues the year's series")
    func everyonePresent() {
        let (state, effects) = Fixtures.send([.enter, .character("R"), .character("*")], to: ClerkTests.state())
        let record = state.store.records[ClerkTests.meeting]
        #expect(record?.attendance.count == 11)
        #expect(record?.attendance.allSatisfy(\.present) == true)
        #expect(record?.firstParagraph == 113)
        guard case .record(let changes)? = effects.first else { Issue.record("no record effect"); return }
        #expect(effects.count == 1, "written together")
        #expect(changes.count == 11)
        #expect(changes.first == RecordChange(meeting: ClerkTests.meeting, firstParagraph: 113,
                                              edit: .attendance(Attendance(member: "karin-holmberg", present: true))))
    }

    @Test("a substitute serves for an absent member: Space, then s and the seat")
    func substituteServing() {
        var (state, _) = Fixtures.send([.enter, .character("R"), .character("*")], to: ClerkTests.state())
        // Johan Ek (row 5 of the attendance) is absent; Oskar Dahl (a substitute) serves for him.
        (state, _) = Fixtures.send(Fixtures.keys("jjjjj") + [.character(" ")] + Fixtures.keys("jjjjjjjj") + [.character("s")], to: state)
        #expect(state.picker?.rows.map(\.label).first == "Johan Ek (M)")
        (state, _) = Fixtures.send([.character("1")], to: state)
        let attendance = state.store.records[ClerkTests.meeting]?.attendance
        #expect(attendance?.first { $0.member == "johan-ek" }?.present == false)
        #expect(attendance?.first { $0.member == "oskar-dahl" } == Attendance(member: "oskar-dahl", present: true, servingFor: "johan-ek"))
    }

    @Test("the meeting's details: arrival and departure by item, checkers, checking, officials, the first §")
    func meetingDetails() {
        var (state, _) = Fixtures.send([.enter, .character("R"), .character("*")], to: ClerkTests.state())
        // Leila Haddad (the fourth person) arrived at item 5 and left before item 9.
        (state, _) = Fixtures.send(Fixtures.keys("jjjja5") + [.enter] + Fixtures.keys("d9") + [.enter], to: state)
        #expect(state.store.records[ClerkTests.meeting]?.attendance.first { $0.member == "leila-haddad" }
                == Attendance(member: "leila-haddad", present: true, arrivedAt: "budgetuppfoljning", leftAt: "remiss-vald"))
        (state, _) = Fixtures.send(Fixtures.keys("d99") + [.enter], to: state)
        #expect(state.status == "No item number 99 on this agenda")
        (state, _) = Fixtures.send(Fixtures.keys("cmaria") + [.tab] + Fixtures.keys("erik") + [.tab] + [.enter], to: state)
        #expect(state.store.records[ClerkTests.meeting]?.checkers == ["maria-johansson", "erik-ohman"])
        (state, _) = Fixtures.send(Fixtures.keys("t2026-12-17 10:00 Stadshuset, rum 3") + [.enter], to: state)
        #expect(state.store.records[ClerkTests.meeting]?.checking == MeetingRecord.Checking(date: "2026-12-17", time: "10:00", place: "Stadshuset, rum 3"))
        (state, _) = Fixtures.send([.character("t"), .control("u")] + Fixtures.keys("2026-12-32 10:00 Stadshuset") + [.enter], to: state)
        #expect(state.status == "Type the date, the time and the place: 2026-12-17 10:00 Stadshuset")
        (state, _) = Fixtures.send(Fixtures.keys("OHelena Vikström, förvaltningschef") + [.enter], to: state)
        #expect(state.store.records[ClerkTests.meeting]?.officials == [Official(name: "Helena Vikström", title: "förvaltningschef")])
        (state, _) = Fixtures.send([.character("f"), .control("u")] + Fixtures.keys("120") + [.enter], to: state)
        #expect(state.store.records[ClerkTests.meeting]?.firstParagraph == 120)
        guard case .meetingRecord(let screen) = state.screen else { Issue.record("not on the record"); return }
        #expect(screen.rows.map(\.text).contains("● Leila Haddad (S), member — present, from 5. Budgetuppföljning per oktober 2026, left before 9. Remissvar: Regional handlingsplan mot våld i nära relationer"), "\(screen.rows.map(\.text))")
    }

    @Test("the agenda's proposal is put with a, once")
    func agendaProposal() {
        var (state, effects) = Fixtures.play([.recordMenu, .agendaProposal], to: ClerkTests.atItem7())
        #expect(ClerkTests.record(state)?.proposals == [PutProposal(id: "forvaltningens-forslag", kind: .support, agendaProposal: "forvaltningens-forslag",
                                                                   text: "Socialförvaltningens förslag till beslut")], "content in the committee's language, whatever the interface's")
        #expect(effects.count == 1)
        (state, effects) = Fixtures.play([.recordMenu, .agendaProposal], to: state)
        #expect(effects.isEmpty)
        #expect(state.status == "The agenda's proposal is already recorded")
    }

    @Test("a member's shared own proposal is put with one key; a private one is never offered")
    func sharedPositionPick() {
        let shared = VisiblePosition(position: Position(meeting: ClerkTests.meeting, matter: "motion-skyddat-boende", author: "per-olof-sandberg",
                                                        stance: .own, ownProposal: OwnProposal(kind: .amendment, text: "att bifalla motionen"),
                                                        modified: "2026-12-01T10:00:00+01:00"), shared: true)
        var hidden = shared
        hidden.position.author = "maria-johansson"
        hidden.shared = false
        let (state, _) = Fixtures.play([.recordMenu, .memberProposal, .pick(1)], to: ClerkTests.atItem7(positions: [shared, hidden]))
        #expect(ClerkTests.record(state)?.proposals.map(\.id) == ["forvaltningens-forslag", "per-olof-sandberg-amendment"],
                "the agenda's proposal is on the table first")
        #expect(ClerkTests.record(state)?.proposals.last == PutProposal(id: "per-olof-sandberg-amendment", kind: .amendment,
                                                                       proposers: ["per-olof-sandberg"], text: "att bifalla motionen"))
        let (offered, _) = Fixtures.play([.recordMenu, .memberProposal], to: ClerkTests.atItem7(positions: [shared, hidden]))
        #expect(offered.picker?.rows.count == 2, "the shared proposal and 'another proposal'")
    }

    @Test("a typed proposal: kind, proposers, text")
    func typedProposal() {
        let (state, _) = Fixtures.play([.recordMenu, .memberProposal, .pick(1), .kind(.referralBack), .type("per"), .enter, .type("att återremittera ärendet"), .enter],
                                     to: ClerkTests.atItem7())
        #expect(ClerkTests.record(state)?.proposals.last == PutProposal(id: "referral-back-1", kind: .referralBack, proposers: ["per-olof-sandberg"],
                                                                       text: "att återremittera ärendet"))
    }

    /// The agenda's proposal and Per-Olof Sandberg's rejection put.
    static func twoProposals(language: InterfaceLanguage = .english) -> AppState {
        Fixtures.play([.recordMenu, .agendaProposal, .recordMenu, .memberProposal, .pick(1), .kind(.reject), .type("per"), .enter, .type("avslag"), .enter],
                      to: atItem7(language: language)).0
    }

    @Test("a roll call in store order, the chair last; the tally follows every answer and the proposition order gets the vote")
    func rollCall() {
        var (state, _) = Fixtures.play([.recordMenu, .vote, .pick(1), .pick(1)], to: ClerkTests.twoProposals())
        let call = state.voting
        #expect(call?.vote.yes == "forvaltningens-forslag")
        #expect(call?.vote.no == "reject-1")
        #expect(call?.order.first == "per-olof-sandberg")
        #expect(call?.order.last == "karin-holmberg")
        #expect(call?.order.count == 11)
        (state, _) = Fixtures.play([.ja, .ja, .nej, .undo, .nej], to: state)
        #expect(ClerkTests.tally(state.voting?.vote) == [2, 1, 0])
        #expect(state.voting?.called == "johan-ek")
        #expect(ClerkTests.record(state)?.votes.first?.ballots.count == 3, "saved after every answer")
        (state, _) = Fixtures.play(Step.answers("jjannjjj"), to: state)
        #expect(state.voting == nil)
        let record = ClerkTests.record(state)
        #expect(ClerkTests.tally(record?.votes.first) == [7, 3, 1])
        #expect(record?.votes.first?.result == "forvaltningens-forslag")
        #expect(record?.votes.first?.castingVote == nil)
        #expect(record?.propositionOrder == [PropositionStep(proposals: ["forvaltningens-forslag", "reject-1"],
                                                             preferred: "forvaltningens-forslag", vote: "votering-1")])
        #expect(state.status == "Vote recorded: 7 ja, 3 nej, 1 avstår — Socialförvaltningens förslag till beslut wins")
    }

    @Test("a tie is decided by the chair's casting vote and recorded as such")
    func tie() {
        // Ten answer 5 ja, 4 nej, 1 avstår; the chair (last) says nej: 5–5, and the chair's side wins.
        let (state, _) = Fixtures.play([.recordMenu, .vote, .pick(1), .pick(1)] + Step.answers("jnjnjnjnjan"), to: ClerkTests.twoProposals())
        let vote = ClerkTests.record(state)?.votes.first
        #expect(ClerkTests.tally(vote) == [5, 5, 1])
        #expect(vote?.castingVote == true)
        #expect(vote?.result == "reject-1")
        #expect(ClerkTests.record(state)?.propositionOrder.last?.preferred == "reject-1")
    }

    @Test("a tie where the chair abstains stays open: the casting vote is needed")
    func tieWithoutChair() {
        let (state, _) = Fixtures.play([.recordMenu, .vote, .pick(1), .pick(1)] + Step.answers("jnjnjnjnjna"), to: ClerkTests.twoProposals())
        #expect(state.status == "Tied, and the chair has not voted ja or nej: the chair's casting vote decides")
        #expect(state.voting != nil)
        let (fixed, _) = Fixtures.play([.undo, .ja], to: state)
        #expect(fixed.voting == nil)
        #expect(ClerkTests.record(fixed)?.votes.first?.result == "forvaltningens-forslag")
    }

    /// Puts exactly these members on one of item 7's member lists, marking and unmarking them in the picker.
    static func listing(_ members: [String], on list: MemberList, in state: AppState) -> AppState {
        let (open, _) = Fixtures.play([.recordMenu, .command(.record(.members(list)), in: .recordMenu)], to: state)
        guard let picker = open.picker else { return state }
        var steps: [Step] = []
        var cursor = 0
        for (index, row) in picker.rows.enumerated() {
            guard case .member(let id) = row.value, members.contains(id) != picker.marked.contains(index) else { continue }
            steps += Array(repeating: .down, count: index - cursor) + [.mark]
            cursor = index + 1
        }
        return Fixtures.play(steps + [.enter], to: open).0
    }

    static func recused(_ members: [String], in state: AppState) -> AppState {
        listing(members, on: .recused, in: state)
    }

    @Test("members not taking part in the decision stay present but are left out of the roll call; the Outcome names them")
    func notTakingPart() {
        let state = ClerkTests.listing(["anders-nystrom"], on: .notTakingPart, in: ClerkTests.twoProposals())
        #expect(ClerkTests.record(state)?.notTakingPart == ["anders-nystrom"])
        #expect(ClerkTests.record(state)?.recused == [])
        #expect(state.status == "1 not taking part")
        #expect(state.store.records[ClerkTests.meeting]?.attendance.first { $0.member == "anders-nystrom" }?.present == true)
        guard case .item(let item) = state.screen else { Issue.record("not on the item"); return }
        #expect(item.layout.part(.outcome).lines.contains { $0.text == "Not taking part in the decision: Anders Nyström (SD)" })
        let (voting, _) = Fixtures.play([.recordMenu, .vote, .pick(1), .pick(1)], to: state)
        #expect(voting.voting?.order.contains("anders-nystrom") == false)
        #expect(voting.voting?.order.count == 10)
        // Taken off again, the list is gone from the record.
        let cleared = ClerkTests.listing([], on: .notTakingPart, in: state)
        #expect(ClerkTests.record(cleared)?.notTakingPart == nil)
        #expect(cleared.status == "Everyone takes part")
    }

    @Test("a recused member is left out of the roll call, and a tie goes to the chair's casting vote")
    func recusedAndCastingVote() {
        let state = ClerkTests.recused(["johan-ek"], in: ClerkTests.twoProposals())
        #expect(ClerkTests.record(state)?.recused == ["johan-ek"])
        var (voting, _) = Fixtures.play([.recordMenu, .vote, .pick(1), .pick(1)], to: state)
        #expect(voting.voting?.order.contains("johan-ek") == false)
        #expect(voting.voting?.order.count == 10)
        // Nine answer: 4 ja, 5 nej — then the chair's ja makes it 5–5 and decides.
        (voting, _) = Fixtures.play(Step.answers("jnjnjnjnnj"), to: voting)
        let vote = ClerkTests.record(voting)?.votes.first
        #expect(ClerkTests.tally(vote) == [5, 5, 0])
        #expect(vote?.castingVote == true)
        #expect(vote?.result == "forvaltningens-forslag")
        #expect(voting.status == "Vote recorded: 5 ja, 5 nej, 0 avstår — Socialförvaltningens förslag till beslut wins by the chair's casting vote")
        #expect(voting.recordWarnings(meetingIndex: 1).filter { $0.item == ClerkTests.item }.map { voting.words(for: $0, meeting: ClerkTests.meeting) }
                == ["The item was handled but has no decision"])
    }

    @Test("the clerk's pace: a simple item decided in 3 keys from the previous one; a contested one in 19 keys plus the names and text typed")
    func keyCounts() throws {
        // Item 6 → item 7, bifall to the agenda's proposal: ] r b.
        let atSix = Fixtures.send([.character("[")], to: ClerkTests.atItem7()).0
        let simple: [Step] = [.nextItem, .recordMenu, .adopt]
        var (state, _) = Fixtures.play(simple, to: atSix)
        #expect(Step.keyCount(simple) <= 5)
        var record = try #require(ClerkTests.record(state))
        #expect(record.decision == Decision(category: .accordingToProposal,
                                            clauses: ["att socialnämnden föreslår kommunfullmäktige att anse motionen besvarad."]))
        #expect(record.propositionOrder == [PropositionStep(proposals: ["forvaltningens-forslag"], preferred: "forvaltningens-forslag")])
        #expect(state.recordWarnings(meetingIndex: 1).filter { $0.item == ClerkTests.item }.isEmpty, "nothing left for the minutes")

        // The same item contested: Per-Olof Sandberg moves återremiss, the committee prefers the agenda's proposal,
        // Per-Olof Sandberg and Anders Nyström reserve in favour of the återremiss, in writing.
        let contested: [Step] = [.nextItem,
                                 .recordMenu, .memberProposal, .pick(1), .kind(.referralBack), .type("per"), .enter,
                                 .type("att återremittera ärendet för en kostnadsberäkning"), .enter,
                                 .recordMenu, .proposition, .enter, .pick(1),
                                 .recordMenu, .adopt,
                                 .recordMenu, .reservation, .type("per"), .mark, .type("anders"), .enter, .pick(2), .yes]
        (state, _) = Fixtures.play(contested, to: atSix)
        #expect(Step.keyCount(contested) <= 20)
        record = try #require(ClerkTests.record(state))
        #expect(record.proposals.map(\.kind) == [.support, .referralBack])
        #expect(record.propositionOrder == [PropositionStep(proposals: ["forvaltningens-forslag", "referral-back-1"], preferred: "forvaltningens-forslag")])
        #expect(record.decision?.category == .accordingToProposal)
        #expect(record.reservations == [Reservation(members: ["per-olof-sandberg", "anders-nystrom"], inFavourOf: "referral-back-1", written: true)])
    }

    @Test("r u undoes the clerk's last change and r U redoes it, each written and journaled as a change")
    func undoRedo() throws {
        let start = ClerkTests.atItem7()
        var (state, _) = Fixtures.play([.recordMenu, .adopt], to: start)
        #expect(ClerkTests.record(state)?.decision?.category == .accordingToProposal)
        var effects: [Effect]
        (state, effects) = Fixtures.play([.recordMenu, .command(.record(.undo), in: .recordMenu)], to: state)
        #expect(ClerkTests.record(state) == nil, "the item is as it was: not recorded")
        guard case .record(let changes)? = effects.first, case .restore? = changes.last?.edit else { Issue.record("no restore written"); return }
        #expect(changes.last?.edit.action == "record-restore")
        (state, _) = Fixtures.play([.recordMenu, .command(.record(.redo), in: .recordMenu)], to: state)
        #expect(ClerkTests.record(state)?.decision?.category == .accordingToProposal)
        (state, _) = Fixtures.play([.recordMenu, .command(.record(.redo), in: .recordMenu)], to: state)
        #expect(state.status == "Nothing to redo")
    }

    @Test("b on a procedural item writes its usual decision from the record, in the committee's language")
    func proceduralDecision() throws {
        var (state, _) = Fixtures.send([.enter, .character("R"), .character("*")] + Fixtures.keys("cmaria") + [.tab] + Fixtures.keys("erik") + [.tab] + [.enter]
                                       + Fixtures.keys("t2026-12-14 10:00 Stadshuset") + [.enter, .escape, .character("j"), .enter],
                                       to: ClerkTests.state())
        (state, _) = Fixtures.play([.recordMenu, .adopt], to: state)
        let record = try #require(state.store.records[ClerkTests.meeting]?.record(of: "justerare"))
        #expect(record.decision == Decision(category: .accordingToProposal, clauses: [
            "att utse Maria Johansson (V) och Erik Öhman (L) att jämte ordföranden justera protokollet den 14 december 2026 kl. 10.00, Stadshuset."]))
        (state, _) = Fixtures.play([.nextItem, .recordMenu, .adopt], to: state)
        #expect(state.store.records[ClerkTests.meeting]?.record(of: "dagordning")?.decision?.clauses == ["att godkänna dagordningen."])
    }

    @Test("V records a vote as counts: the result and its proposition step follow; 'sluten' makes it a secret ballot, 'ja' gives a tie to the chair")
    func countedVote() throws {
        var (state, _) = Fixtures.play([.recordMenu, .command(.record(.countedVote), in: .recordMenu), .pick(1), .pick(1), .type("6 5 0"), .enter],
                                       to: ClerkTests.twoProposals())
        var vote = try #require(ClerkTests.record(state)?.votes.first)
        #expect(vote.counts == Vote.Counts(yes: 6, no: 5, abstain: 0) && vote.ballots.isEmpty && vote.result == "forvaltningens-forslag")
        #expect(ClerkTests.record(state)?.propositionOrder.last?.vote == vote.id)
        #expect(state.recordWarnings(meetingIndex: 1).filter { $0.item == ClerkTests.item }.map { state.words(for: $0, meeting: ClerkTests.meeting) }
                == ["The item was handled but has no decision"], "a valid vote, nothing to wait for")
        (state, _) = Fixtures.play([.recordMenu, .command(.record(.countedVote), in: .recordMenu), .pick(2), .pick(1), .type("5 5 1 sluten ja"), .enter],
                                   to: ClerkTests.twoProposals())
        vote = try #require(ClerkTests.record(state)?.votes.first)
        #expect(vote.isSecret && vote.castingVote == true && vote.result == "reject-1")
        (state, _) = Fixtures.play([.recordMenu, .command(.record(.countedVote), in: .recordMenu), .pick(1), .pick(1), .type("sex mot fem"), .enter],
                                   to: ClerkTests.twoProposals())
        #expect(state.status == "Type the counts: yes no abstaining, and the absent if any: 7 6 0")
    }

    @Test("a party group moves a proposal; k marks the last proposition as choosing the counter-proposal; B and E keep their lines")
    func partyCounterProposalAndLines() throws {
        var (state, _) = Fixtures.play([.recordMenu, .memberProposal, .pick(1), .kind(.amendment), .type("(party"), .down, .down, .enter,
                                        .type("att gälla från april"), .enter], to: ClerkTests.twoProposals())
        let party = try #require(ClerkTests.record(state)?.proposals.last)
        #expect(party.parties == ["V"] && party.proposers.isEmpty && party.text == "att gälla från april")
        #expect(state.status == "Recorded: Amendment by V", "a party group is named by its abbreviation")
        (state, _) = Fixtures.play([.recordMenu, .counterProposal], to: state)
        #expect(state.status == "No proposition yet: put the proposals first (o, or a vote)")
        // The two yrkanden against each other for the counter-proposal, by acclamation; then k.
        (state, _) = Fixtures.play([.recordMenu, .proposition, .pick(1), .enter, .pick(1), .recordMenu, .counterProposal], to: state)
        let step = try #require(ClerkTests.record(state)?.propositionOrder.last)
        #expect(step.choosesCounterProposal && step.proposals.count == 2)
        #expect(state.recordWarnings(meetingIndex: 1).filter { $0.item == ClerkTests.item }.map { state.words(for: $0, meeting: ClerkTests.meeting) }
                .contains { $0.contains("was chosen as counter-proposal but was not put against the main proposal") })
        (state, _) = Fixtures.play([.recordMenu, .lines(.basis), .type("Bilaga A | Bilaga B"), .enter,
                                    .recordMenu, .lines(.sentTo), .type("Socialförvaltningen"), .enter], to: state)
        #expect(ClerkTests.record(state)?.basis == ["Bilaga A", "Bilaga B"] && ClerkTests.record(state)?.sentTo == ["Socialförvaltningen"])
        (state, _) = Fixtures.play([.recordMenu, .substituteStatement], to: state)
        #expect(state.status == "No substitute is present without serving on this item" && state.picker == nil)
    }

    @Test("m refers the matter to another body: the body first, then its clause to check; the body stays when the clauses change")
    func referral() throws {
        var (state, _) = Fixtures.play([.recordMenu, .decision, .decide(.referred), .type("rådet för funktionsrätt"), .enter], to: ClerkTests.twoProposals())
        var decision = try #require(ClerkTests.record(state)?.decision)
        #expect(decision.category == .referred && decision.referredTo == "rådet för funktionsrätt")
        #expect(decision.clauses == ["att remittera ärendet till rådet för funktionsrätt för yttrande"], "in the committee's language")
        (state, _) = Fixtures.play([.type(" senast den 31 januari"), .enter], to: state)
        decision = try #require(ClerkTests.record(state)?.decision)
        #expect(decision.referredTo == "rådet för funktionsrätt")
        #expect(decision.clauses == ["att remittera ärendet till rådet för funktionsrätt för yttrande senast den 31 januari"])
        #expect(state.recordWarnings(meetingIndex: 1).filter { $0.item == ClerkTests.item }.isEmpty,
                "a matter sent out for an opinion is not decided: its proposals need not be put")
    }

    @Test("pickers: typing narrows a long list by name or party; digits pick only in short ones; Tab marks and stays; a space typed after a letter is part of the name; a digit marks where several are taken")
    func pickerTyping() throws {
        var (state, _) = Fixtures.play([.recordMenu, .reservation], to: ClerkTests.twoProposals())
        var picker = try #require(state.picker)
        #expect(picker.shown.count == 11 && !picker.takesDigits)
        (state, _) = Fixtures.play([.type("(s)")], to: state)
        picker = try #require(state.picker)
        #expect(picker.shown.map { picker.rows[$0].label } == ["Karin Holmberg (S)", "Leila Haddad (S)", "Ulla Bergqvist (S)"])
        #expect(picker.takesDigits)
        (state, _) = Fixtures.play([.pick(2)], to: state)
        picker = try #require(state.picker)
        #expect(picker.marked.map { picker.rows[$0].label } == ["Leila Haddad (S)"], "a digit marks, it does not take")
        let before = picker.cursor
        (state, _) = Fixtures.play([.type("ulla"), .mark], to: state)
        picker = try #require(state.picker)
        #expect(picker.cursor != before && picker.filter.isEmpty, "Tab marks the row it is on and clears what was typed")
        #expect(Set(picker.marked.map { picker.rows[$0].label }) == ["Leila Haddad (S)", "Ulla Bergqvist (S)"])
        (state, _) = Fixtures.send(Fixtures.keys("per-olof s"), to: state)
        picker = try #require(state.picker)
        #expect(picker.filter == "per-olof s" && picker.shown.map { picker.rows[$0].label } == ["Per-Olof Sandberg (M)"],
                "a space typed while filtering is part of the name, never a mark")
        #expect(picker.marked.count == 2)
        (state, _) = Fixtures.send([.tab], to: state)
        (state, _) = Fixtures.play([.enter], to: state)
        #expect(state.picker?.title == "In favour of", "Enter takes the marked ones")
    }

    @Test("one modal at a time: the record menu gives way to its picker, the picker to the roll call, Esc closes it")
    func oneModalAtATime() {
        var (state, _) = Fixtures.play([.recordMenu], to: ClerkTests.twoProposals())
        guard case .recordMenu? = state.modal else { Issue.record("\(String(describing: state.modal))"); return }
        (state, _) = Fixtures.play([.vote], to: state)
        guard case .picker? = state.modal else { Issue.record("\(String(describing: state.modal))"); return }
        #expect(state.recordMenu == nil)
        (state, _) = Fixtures.play([.pick(1), .pick(1)], to: state)
        guard case .voting? = state.modal else { Issue.record("\(String(describing: state.modal))"); return }
        #expect(state.picker == nil && state.activeContexts == [.vote])
        (state, _) = Fixtures.play([.escape], to: state)
        #expect(state.modal == nil)
    }

    @Test("Esc leaves a roll call unfinished, v resumes it where it was")
    func resumeVote() {
        var (state, _) = Fixtures.play([.recordMenu, .vote, .pick(1), .pick(1), .ja, .ja, .nej, .escape], to: ClerkTests.twoProposals())
        #expect(state.voting == nil)
        #expect(state.status == "Vote left unfinished: v in the record menu resumes it")
        (state, _) = Fixtures.play([.recordMenu, .vote], to: state)
        #expect(state.voting?.vote.ballots.count == 3)
        #expect(state.voting?.called == "johan-ek")
    }

    @Test("an interrupted roll call has no result: it is in progress, and a check names who has not answered")
    func interruptedVote() {
        // Six of eleven answer; then Docket is gone (only what was written counts).
        let (state, effects) = Fixtures.play([.recordMenu, .vote, .pick(1), .pick(1)] + Step.answers("jjnjnj"), to: ClerkTests.twoProposals())
        guard case .record(let changes)? = effects.last, case .item(_, .vote(let written))? = changes.last?.edit else {
            Issue.record("\(effects)")
            return
        }
        #expect(written.ballots.count == 6)
        #expect(written.result == nil, "a vote has a result only when everyone taking part has answered")
        #expect(ClerkTests.record(state)?.votes.first?.result == nil)
        let warnings = state.recordWarnings(meetingIndex: 1).map { state.words(for: $0, meeting: ClerkTests.meeting) }
        #expect(warnings.contains("Vote 1 is in progress: Gunnar Lind (KD), Sofia Åberg (MP), Erik Öhman (L), Ulla Bergqvist (S), Karin Holmberg (S) have not answered (v resumes it)"),
                "\(warnings)")
        #expect(!warnings.contains { $0.contains("result") }, "no fault: an unfinished vote is incomplete, not wrong")
    }

    @Test("the decision starts from the winning proposal's clauses and is editable on the line")
    func decision() {
        // Both marked and put against each other; the agenda's preferred by acclamation.
        var (state, _) = Fixtures.play([.recordMenu, .proposition, .enter, .pick(1)], to: ClerkTests.twoProposals())
        #expect(ClerkTests.record(state)?.propositionOrder == [PropositionStep(proposals: ["forvaltningens-forslag", "reject-1"],
                                                                               preferred: "forvaltningens-forslag")])
        (state, _) = Fixtures.play([.recordMenu, .decision, .decide(.accordingToProposal)], to: state)
        #expect(state.prompt?.editor.text == "att socialnämnden föreslår kommunfullmäktige att anse motionen besvarad.")
        (state, _) = Fixtures.send(Fixtures.keys(" | att uppdra åt förvaltningen att återkomma") + [.enter], to: state)
        #expect(ClerkTests.record(state)?.decision == Decision(category: .accordingToProposal, clauses: [
            "att socialnämnden föreslår kommunfullmäktige att anse motionen besvarad.", "att uppdra åt förvaltningen att återkomma"]))
    }

    @Test("D edits the decision in $EDITOR, one clause per paragraph")
    func decisionInEditor() {
        let (state, effects) = Fixtures.play([.recordMenu, .decisionInEditor], to: ClerkTests.twoProposals())
        #expect(effects == [.editExternally(.decision(meeting: ClerkTests.meeting, item: ClerkTests.item, category: .accordingToProposal),
                                            text: "att socialnämnden föreslår kommunfullmäktige att anse motionen besvarad.")])
        let (edited, _) = App.update(state, .externalEditFinished(.decision(meeting: ClerkTests.meeting, item: ClerkTests.item, category: .amended),
                                                                  original: "x", text: "att ett\nfortsätter\n\natt två\n", failure: nil))
        #expect(ClerkTests.record(edited)?.decision == Decision(category: .amended, clauses: ["att ett fortsätter", "att två"]))
    }

    @Test("reservations, protokollsanteckningar, särskilda yttranden, omedelbar justering, withdrawal and removal")
    func statements() {
        var (state, _) = Fixtures.play([.recordMenu, .reservation, .type("per"), .enter], to: ClerkTests.twoProposals())
        (state, _) = Fixtures.play([.pick(2), .yes], to: state)
        var record = ClerkTests.record(state)
        #expect(record?.reservations == [Reservation(members: ["per-olof-sandberg"], inFavourOf: "reject-1", written: true)])
        (state, _) = Fixtures.play([.recordMenu, .minuteNote, .type("maria"), .enter, .type("Vi stöder beslutet"), .enter,
                                       .recordMenu, .specialStatement, .type("per"), .enter, .type("Ett yttrande"), .enter,
                                       .recordMenu, .checkedAtOnce], to: state)
        record = ClerkTests.record(state)
        #expect(record?.minuteNotes == [Statement(members: ["maria-johansson"], text: "Vi stöder beslutet")])
        #expect(record?.specialStatements == [Statement(members: ["per-olof-sandberg"], text: "Ett yttrande")])
        #expect(record?.checkedAtOnce == true)
        (state, _) = Fixtures.play([.recordMenu, .withdraw, .pick(2)], to: state)
        #expect(ClerkTests.record(state)?.proposals.last?.isWithdrawn == true)
        (state, _) = Fixtures.play([.recordMenu, .remove, .pick(1)], to: state)
        #expect(ClerkTests.record(state)?.proposals.map(\.id) == ["reject-1"])
    }

    @Test("once approved the record is read-only; a correction asks why, is recorded, and opens it again")
    func approvalAndCorrection() {
        let retype = [Key](repeating: .backspace, count: 10)
        var (state, _) = Fixtures.send([.enter, .character("R"), .character("A")], to: ClerkTests.state())
        #expect(state.prompt?.editor.text == "2026-12-10", "the day proposed can be right: never one before the meeting")
        // Not before the meeting, and not a meeting nobody attended.
        (state, _) = Fixtures.send(retype + Fixtures.keys(Fixtures.today) + [.enter], to: state)
        #expect(state.status == "Not approved: 2026-11-29 is before the meeting on 2026-12-10")
        (state, _) = Fixtures.send([.character("A")] + retype + Fixtures.keys("2026-12-10") + [.enter], to: state)
        #expect(state.status == "Not approved: nobody is recorded present, and a meeting that was not held cannot be approved (Space marks attendance)")
        #expect(state.store.records[ClerkTests.meeting]?.approved == nil)
        (state, _) = Fixtures.send([.character("P"), .enter], to: state)
        #expect(state.status == "Not posted: the minutes are posted after they are approved (A)")
        // Everyone present, then approved and posted.
        (state, _) = Fixtures.send([.character("*")], to: state)
        #expect(state.store.records[ClerkTests.meeting]?.attendance.filter(\.present).count == 11)
        (state, _) = Fixtures.send([.character("A")] + retype + Fixtures.keys("2026-12-10") + [.enter], to: state)
        #expect(state.store.records[ClerkTests.meeting]?.approved == "2026-12-10")
        (state, _) = Fixtures.send([.character("P")] + retype + Fixtures.keys("2026-12-09") + [.enter], to: state)
        #expect(state.status == "Not posted: 2026-12-09 is before the approval on 2026-12-10")
        (state, _) = Fixtures.send([.character("P")] + retype + Fixtures.keys("2026-12-11") + [.enter], to: state)
        #expect(state.store.records[ClerkTests.meeting]?.posted == "2026-12-11")
        var effects: [Effect]
        (state, effects) = Fixtures.send([.character("*")], to: state)
        #expect(effects.isEmpty)
        #expect(state.status == "The minutes were approved on 2026-12-10 and are read-only: C on the meeting's record (R) starts a correction")
        (state, effects) = Fixtures.send([.character("C"), .enter], to: state)
        #expect(effects.isEmpty)
        #expect(state.status == "A correction needs a reason")
        (state, effects) = Fixtures.send([.character("C")] + Fixtures.keys("Fel ledamot antecknad") + [.enter, .character("A"), .enter], to: state)
        #expect(state.store.records[ClerkTests.meeting]?.corrections == [MeetingRecord.Correction(at: Fixtures.today, by: "eva-lundgren",
                                                                                               reason: "Fel ledamot antecknad")])
        #expect(state.store.records[ClerkTests.meeting]?.approved == "2026-12-10")
        #expect(effects.count == 2, "the correction, then the approval again")
    }

    @Test("an extra item given a matter's diary number brings that matter and its proposals; it is called an extra item, not procedural")
    func extraMatter() throws {
        var (state, _) = Fixtures.send([.enter] + Fixtures.keys("jjj+SN-2026-0317") + [.enter], to: ClerkTests.state())
        let extra = try #require(state.store.meetings[1].agenda.first { $0.id.hasPrefix("extra") })
        #expect(extra.matter == "delegationsordning-andring" && extra.title == nil && extra.proposals?.isEmpty == false)
        // The cursor is on the new item.
        (state, _) = Fixtures.send([.enter], to: state)
        guard case .item(let item) = state.screen else { Issue.record("not on the item"); return }
        let header = item.layout.header.map(\.text).joined(separator: " ")
        #expect(header.contains("extra item, added at the meeting") && !header.contains("procedural"))
    }

    @Test("+ with the diary number of a matter not read yet reads the archive's matters and puts that one on; a number no matter has is asked about")
    func extraMatterFromTheArchive() throws {
        let demo = Fixtures.demo
        var matters = demo.matters
        matters["delegationsordning-andring"] = nil
        let archive = StoreContents(manifest: demo.manifest, committee: demo.committee, matters: matters, meetings: demo.meetings,
                                    records: demo.records, unloadedMatters: ["delegationsordning-andring"])
        let start = AppState(store: archive, today: Fixtures.today, width: 100, height: 40, identity: ClerkTests.eva, language: .english)
        var (state, effects) = Fixtures.send([.enter] + Fixtures.keys("jjj+SN-2026-0317") + [.enter], to: start)
        #expect(effects.contains(.readMatters(["delegationsordning-andring"])))
        #expect(state.store.meetings[1].agenda.allSatisfy { !$0.id.hasPrefix("extra") }, "nothing is added before the matter is read")
        (state, _) = App.update(state, .mattersRead([demo.matters["delegationsordning-andring"]!], unusable: [], problem: nil))
        let extra = try #require(state.store.meetings[1].agenda.first { $0.id.hasPrefix("extra") })
        #expect(extra.matter == "delegationsordning-andring" && extra.title == nil)

        (state, _) = Fixtures.send(Fixtures.keys("+SN-1999-0001") + [.enter], to: state)
        #expect(state.confirmation == .titleOnlyItem(meeting: "2026-12-10", after: extra.id, text: "SN-1999-0001"))
        (state, _) = Fixtures.send([.character("y")], to: state)
        #expect(state.store.meetings[1].agenda.contains { $0.title == "SN-1999-0001" && $0.matter == nil })
        (state, _) = Fixtures.send(Fixtures.keys("+Information om sommaren") + [.enter], to: state)
        #expect(state.confirmation == nil && state.store.meetings[1].agenda.contains { $0.title == "Information om sommaren" })
    }

    @Test("agenda changes: a struck item gets no §, an extra item and a moved item change the order the live pointer follows")
    func agendaChanges() {
        // On the agenda, item 3 struck, an extra item after item 4, item 10 moved before item 5.
        var (state, _) = Fixtures.send([.enter] + Fixtures.keys("jjx"), to: ClerkTests.state())
        (state, _) = Fixtures.send(Fixtures.keys("j+Extra ärende om lokaler") + [.enter], to: state)
        let agenda = state.store.meetings[1].agenda
        #expect(agenda.map(\.number) == [1, 2, 3, 4, 13, 5, 6, 7, 8, 9, 10, 11, 12])
        #expect(agenda[4].title == "Extra ärende om lokaler")
        #expect(agenda[4].printedNumber == "4 a", "numbered as agendas number an item put in between")
        #expect(state.status == "Extra item 4 a added")
        #expect(state.store.meetings[1].extraLabel(after: agenda[3]) == "4 b")
        #expect(agenda[4].isNumbered("4A") && agenda[4].isNumbered("4 a)") && !agenda[4].isNumbered("4"))
        (state, _) = Fixtures.send(Fixtures.keys("GkkM5") + [.enter], to: state)
        #expect(state.store.meetings[1].agenda.map(\.number) == [1, 2, 3, 4, 13, 10, 5, 6, 7, 8, 9, 11, 12])
        #expect(state.store.records[ClerkTests.meeting]?.struckItems == ["dagordning"])
        if case .agenda(let screen) = state.screen { #expect(screen.selectedItem.map { state.store.meetings[1].agenda[$0].number } == 10) }
        // The chair's next item after 4 is the extra one.
        var store = Fixtures.demo
        store.records = state.store.records
        let chair = AppState(store: store, today: Fixtures.today, width: 100, height: 40, identity: LiveTests.karin,
                             live: LiveTests.live(current: "verksamhetsplan"), language: .english)
        let (_, effects) = Fixtures.send([.character(">")], to: chair)
        #expect(effects == [.preside([.move(meeting: ClerkTests.meeting, item: "extra-1")])])
    }

    @Test("records from disk replace the state's and keep the screen on its item")
    func recordsChanged() {
        let state = ClerkTests.atItem7()
        var fresh = state.store.records
        fresh[ClerkTests.meeting]?.agendaChanges = [AgendaChange(kind: .moved, item: "skyddat-boende", before: "oppnande")]
        let (next, _) = App.update(state, .recordsChanged(fresh, failed: [], error: nil))
        guard case .item(let item) = next.screen else { Issue.record("not on an item"); return }
        #expect(item.itemIndex == 0)
        #expect(next.store.meetings[1].agenda[0].id == "skyddat-boende")
    }

    @Test("a change that could not be written stays on screen, goes first with the next change, and is retried on quit")
    func failedWrite() {
        let before = ClerkTests.atItem7()
        var (state, effects) = Fixtures.play([.recordMenu, .agendaProposal], to: before)
        guard case .record(let changes)? = effects.first else { Issue.record("no record effect"); return }
        (state, _) = App.update(state, .recordsChanged(before.store.records, failed: changes, error: "No space left on device"))
        #expect(state.status?.hasPrefix("Not saved: No space left on device") == true)
        #expect(ClerkTests.record(state)?.proposals.count == 1, "still shown")
        (state, effects) = Fixtures.play([.recordMenu, .checkedAtOnce], to: state)
        guard case .record(let retried)? = effects.first else { Issue.record("no record effect"); return }
        #expect(retried.map(\.edit.action) == ["record-proposal", "record-checked-at-once"])
        (state, _) = App.update(state, .recordsChanged(before.store.records, failed: retried, error: "No space left on device"))
        (state, effects) = Fixtures.send([.character("Q")], to: state)
        #expect(effects == [.record(retried)])
        (state, _) = App.update(state, .recordsChanged(before.store.records, failed: retried, error: "No space left on device"))
        #expect(state.isRunning)
        #expect(state.confirmation == .quitWithUnsaved(count: 2, reason: "No space left on device"))
        (state, effects) = Fixtures.send([.character("Q")], to: Fixtures.play([.recordMenu, .agendaProposal], to: before).0)
        #expect(effects == [.quit], "nothing unsaved: quits at once")
    }

    @Test("the meeting's record lists every warning; Enter on one opens the item's Outcome")
    func warningsList() {
        var (state, _) = Fixtures.play([.recordMenu, .agendaProposal], to: ClerkTests.atItem7())
        (state, _) = Fixtures.send([.escape, .character("R"), .character("G")], to: state)
        guard case .meetingRecord(let screen) = state.screen else { Issue.record("not on the record"); return }
        let warnings = screen.rows.filter { $0.style == .notice }.map(\.text)
        #expect(warnings == ["⚠ The meeting: No members are chosen to check the minutes", "⚠ The meeting: The day the minutes are checked is not set",
                             "⚠ The meeting: Nothing is recorded on items 1, 2, 3, 4, 5, 6, 8, 9, 10, 11 and 12: the minutes will leave them out",
                             "⚠ § 113: Socialförvaltningens förslag till beslut is not withdrawn but is in no proposition",
                             "⚠ § 113: The item was handled but has no decision"])
        (state, _) = Fixtures.send([.enter], to: state)
        guard case .item(let item) = state.screen else { Issue.record("not on the item"); return }
        #expect(item.part == .outcome)
        #expect(item.lines.first?.text == "Checks: 2 to look at")
    }
}
