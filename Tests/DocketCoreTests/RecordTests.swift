import DocketCore
import DocketModel
import Testing

@Suite("The clerk's record: § numbers, votes and checks")
struct RecordTests {
    static let meeting = Fixtures.demo.meetings[0]
    static let committee = Fixtures.demo.committee
    /// The eleven seats on the day, chair first; Anders Nyström is absent and Oskar Dahl serves for him.
    static let seats = ["karin-holmberg", "per-olof-sandberg", "maria-johansson", "leila-haddad", "johan-ek", "anders-nystrom",
                        "fatima-ali", "gunnar-lind", "sofia-aberg", "erik-ohman", "ulla-bergqvist"]
    static let serving = seats.map { $0 == "anders-nystrom" ? "oskar-dahl" : $0 }

    static func attendance() -> [Attendance] {
        seats.map { Attendance(member: $0, present: $0 != "anders-nystrom") }
            + [Attendance(member: "oskar-dahl", present: true, servingFor: "anders-nystrom"),
               Attendance(member: "birgitta-strand", present: true)]
    }

    static func proposals() -> [PutProposal] {
        [PutProposal(id: "forvaltningen", kind: .support, agendaProposal: "forvaltningens-forslag", text: "Förvaltningens förslag"),
         PutProposal(id: "m-avslag", kind: .reject, proposers: ["per-olof-sandberg"], text: "Avslag")]
    }

    static func vote(_ yesVoters: Int, tie: Bool = false, result: String = "forvaltningen", casting: Bool? = nil) -> Vote {
        let ballots = serving.enumerated().map { index, member in
            Vote.Ballot(member: member, choice: tie && index == serving.count - 1 ? .abstain : (index < yesVoters ? .yes : .no))
        }
        return Vote(id: "votering-1", yes: "forvaltningen", no: "m-avslag", ballots: ballots, result: result, castingVote: casting)
    }

    static func handled(_ item: String, vote: Vote? = nil, decision: Bool = true) -> ItemRecord {
        ItemRecord(item: item, proposals: proposals(),
                   propositionOrder: [PropositionStep(proposals: ["forvaltningen", "m-avslag"], preferred: vote?.result ?? "forvaltningen", vote: vote?.id)],
                   votes: vote.map { [$0] } ?? [],
                   decision: decision ? Decision(category: .accordingToProposal, clauses: ["att godkänna delårsrapporten"]) : nil)
    }

    static func record(items: [ItemRecord], attendance: [Attendance] = attendance(), struck: [String] = []) -> MeetingRecord {
        MeetingRecord(meeting: meeting.id, firstParagraph: 121, attendance: attendance, checkers: ["maria-johansson", "erik-ohman"],
                      agendaChanges: struck.map { .struck($0) }, items: items)
    }

    private func messages(_ record: MeetingRecord) -> [String] {
        // What the meeting as a whole still lacks has its own test: these are about items and attendance.
        record.warnings(meeting: RecordTests.meeting, committee: RecordTests.committee).filter { !$0.isMeetingCompleteness }
            .map { warning in
                let names = RecordNames(strings: .english, committee: RecordTests.committee, item: warning.item.flatMap { record.record(of: $0) })
                return Strings.english.words(for: warning.kind, names: names)
            }
    }

    @Test("the checks list everything the minutes still need: attendance, justerare, the day of justering, items with nothing recorded")
    func meetingCompleteness() {
        let empty = MeetingRecord(meeting: RecordTests.meeting.id, firstParagraph: 121)
        let words = empty.warnings(meeting: RecordTests.meeting, committee: RecordTests.committee).map { warning in
            Strings.swedish.words(for: warning.kind, names: RecordNames(strings: .swedish, committee: RecordTests.committee, item: nil))
        }
        #expect(words.contains("Närvaron är inte registrerad: protokollet skulle inte ange några beslutande"))
        #expect(words.contains("Inga justerare är utsedda") && words.contains("Dagen för justering är inte bestämd"))
        #expect(words.contains { $0.hasPrefix("Ärendena 1, 2, 3") && $0.hasSuffix("är inte protokollförda: de kommer inte med i protokollet") }, "\(words)")
        #expect(!words.contains { $0.contains("Endast 0") }, "no quorum warning while nobody's attendance is recorded")
        var complete = RecordTests.record(items: RecordTests.meeting.agenda.map { ItemRecord(item: $0.id, decision: Decision(category: .noted, clauses: [])) })
        complete.checking = MeetingRecord.Checking(date: "2026-12-15")
        #expect(complete.warnings(meeting: RecordTests.meeting, committee: RecordTests.committee).filter(\.isMeetingCompleteness).isEmpty)
    }

    @Test("§ numbers run from the first number in the order handled; a struck item gets none")
    func paragraphNumbers() {
        let record = RecordTests.record(items: ["oppnande", "justerare", "lvu-yttrande", "delarsrapport", "familjeradgivning"].map { RecordTests.handled($0) },
                                        struck: ["lvu-yttrande"])
        #expect(record.paragraphNumbers == ["oppnande": 121, "justerare": 122, "delarsrapport": 123, "familjeradgivning": 124])
    }

    @Test("a clean record with a 7–4 roll call has no warnings")
    func clean() {
        let vote = RecordTests.vote(7)
        #expect(vote.tally == (yes: 7, no: 4, abstain: 0))
        #expect(messages(RecordTests.record(items: [RecordTests.handled("delarsrapport", vote: vote)])) == [])
    }

    @Test("a tie is decided by the chair's casting vote, and must be recorded as such")
    func tie() {
        // Ten vote, five each way (the last serving member abstains); the chair, first, votes ja.
        let tied = RecordTests.vote(5, tie: true, casting: true)
        #expect(tied.tally == (yes: 5, no: 5, abstain: 1))
        #expect(tied.winner(chair: "karin-holmberg") == "forvaltningen")
        #expect(messages(RecordTests.record(items: [RecordTests.handled("delarsrapport", vote: tied)])) == [])
        let unmarked = RecordTests.vote(5, tie: true)
        #expect(messages(RecordTests.record(items: [RecordTests.handled("delarsrapport", vote: unmarked)]))
                == ["Vote 1 is tied, with a result but no casting vote (utslagsröst) recorded"])
        var unfinished = unmarked
        unfinished.result = nil
        #expect(messages(RecordTests.record(items: [RecordTests.handled("delarsrapport", vote: unfinished)]))
                == ["Vote 1 is tied: record the chair's casting vote (utslagsröst)"])
        let wrong = RecordTests.vote(5, tie: true, result: "m-avslag", casting: true)
        #expect(messages(RecordTests.record(items: [RecordTests.handled("delarsrapport", vote: wrong)]))
                == ["The result of Vote 1 is Motion to reject by Per-Olof Sandberg (M), but its tally gives Förvaltningens förslag"])
    }

    @Test("a member recused, or not taking part in the decision, takes no part: a ballot from them is a fault, and so is a reservation",
          arguments: MemberList.allCases)
    func outOfDecision(list: MemberList) {
        var item = RecordTests.handled("delarsrapport", vote: RecordTests.vote(7))
        list.set(["johan-ek"], in: &item)
        item.reservations = [Reservation(members: ["johan-ek"], inFavourOf: "m-avslag", written: true)]
        let record = RecordTests.record(items: [item])
        #expect(!RecordParticipation(record: record, meeting: RecordTests.meeting, committee: RecordTests.committee)
            .participants(in: "delarsrapport").contains("johan-ek"))
        #expect(messages(record) == ["Johan Ek (M) voted in Vote 1 without taking part (absent, not serving, recused, or not taking part in the decision)",
                                     "Johan Ek (M) reserved against a decision they took no part in"])
    }

    @Test("a vote as counts: checked against those taking part; never both counts and names; a secret ballot has no names")
    func countedVotes() {
        var counted = RecordTests.vote(7)
        counted.ballots = []
        counted.counts = Vote.Counts(yes: 7, no: 4, abstain: 0)
        #expect(messages(RecordTests.record(items: [RecordTests.handled("delarsrapport", vote: counted)])) == [])
        var tooMany = counted
        tooMany.counts = Vote.Counts(yes: 9, no: 4, abstain: 0)
        #expect(messages(RecordTests.record(items: [RecordTests.handled("delarsrapport", vote: tooMany)])) == ["Vote 1 counts 13 votes, but only 11 took part in the item"])
        var both = RecordTests.vote(7)
        both.counts = Vote.Counts(yes: 7, no: 4, abstain: 0)
        #expect(messages(RecordTests.record(items: [RecordTests.handled("delarsrapport", vote: both)]))
                .contains("Vote 1 has both counts and named votes: a vote is recorded one way"))
        var named = RecordTests.vote(7)
        named.secret = true
        #expect(messages(RecordTests.record(items: [RecordTests.handled("delarsrapport", vote: named)])).contains("Vote 1 is a secret ballot: it has counts and no names"))
    }

    @Test("the other checks: not put, voted twice, a substitute not serving, no decision, no quorum, arrival and departure")
    func otherChecks() {
        var item = RecordTests.handled("delarsrapport", vote: RecordTests.vote(7), decision: false)
        item.proposals.append(PutProposal(id: "tillagg", kind: .addition, proposers: ["sofia-aberg"], text: "Tillägg"))
        item.votes[0].ballots.append(Vote.Ballot(member: "leila-haddad", choice: .no))
        item.votes[0].ballots.append(Vote.Ballot(member: "birgitta-strand", choice: .no))
        #expect(messages(RecordTests.record(items: [item])) == [
            "Leila Haddad (S) voted more than once in Vote 1",
            "Birgitta Strand (S) voted in Vote 1 without taking part (absent, not serving, recused, or not taking part in the decision)",
            "Addition by Sofia Åberg (MP) is not withdrawn but is in no proposition",
            "The item was handled but has no decision",
        ])
        let few = RecordTests.seats.prefix(5).map { Attendance(member: $0, present: true) }
        #expect(messages(RecordTests.record(items: [], attendance: few))
                == ["Only 5 of 11 members present: the committee has no quorum", "Erik Öhman (L) checks the minutes (justerare) but was not present"])
        var late = RecordTests.attendance()
        late[3].arrivedAt = "familjeradgivning"
        let record = RecordTests.record(items: [RecordTests.handled("delarsrapport"), RecordTests.handled("familjeradgivning")], attendance: late)
        let participation = RecordParticipation(record: record, meeting: RecordTests.meeting, committee: RecordTests.committee)
        #expect(!participation.participants(in: "delarsrapport").contains("leila-haddad"))
        #expect(participation.participants(in: "familjeradgivning").contains("leila-haddad"))
    }

    @Test("a counter-proposal chosen but not yet put against the main proposal is incomplete; put, it is not")
    func counterProposal() {
        var item = RecordTests.handled("delarsrapport")
        item.proposals.append(PutProposal(id: "v-mp", kind: .amendment, text: "att gälla från april", parties: ["V", "MP"]))
        item.propositionOrder = [PropositionStep(proposals: ["m-avslag", "v-mp"], preferred: "v-mp", counterProposal: true)]
        #expect(messages(RecordTests.record(items: [item])).contains(
            "Amendment by V and MP was chosen as counter-proposal but was not put against the main proposal"))
        item.propositionOrder.append(PropositionStep(proposals: ["forvaltningen", "v-mp"], preferred: "forvaltningen"))
        #expect(messages(RecordTests.record(items: [item])) == [])
    }

    @Test("an ersättaryttrande only by a substitute present and not serving; a referral names its body; serving is a substitute's")
    func substitutesAndReferral() {
        var item = RecordTests.handled("delarsrapport")
        item.substituteStatements = [Statement(members: ["birgitta-strand"], text: "Ett ersättaryttrande")]
        #expect(messages(RecordTests.record(items: [item])) == [])
        item.substituteStatements = [Statement(members: ["oskar-dahl"], text: "Tjänstgör och yttrar sig som ersättare")]
        #expect(messages(RecordTests.record(items: [item]))
                == ["Oskar Dahl (M) makes an ersättaryttrande but is not a substitute present without serving on this item"])
        item.substituteStatements = nil
        item.decision = Decision(category: .referred, clauses: [])
        #expect(messages(RecordTests.record(items: [item]))
                == ["The matter is referred to another body (remiss), but the decision does not name the body"])
        var attendance = RecordTests.attendance()
        attendance[1].serving = true
        attendance[2].periods = [ServicePeriod(leftAt: "delarsrapport")]
        attendance[2].arrivedAt = "oppnande"
        #expect(messages(RecordTests.record(items: [], attendance: attendance)) == [
            "Per-Olof Sandberg (M) is recorded as a serving substitute but is not a substitute on the meeting's date",
            "Maria Johansson (V) has both an arrival or departure and periods of service: record one or the other",
        ])
    }

    @Test("several periods of service: taking part in each, not between; an arrival after a departure begins a new one")
    func periods() {
        let agenda = RecordTests.meeting.agenda.map(\.id)
        let leaving = Attendance(member: "leila-haddad", present: true).moving(.departure, to: "familjeradgivning", agenda: agenda)
        #expect(leaving.leftAt == "familjeradgivning" && leaving.periods == nil)
        let back = leaving.moving(.arrival, to: "delegationsordning", agenda: agenda)
        #expect(back.periods == [ServicePeriod(leftAt: "familjeradgivning"), ServicePeriod(arrivedAt: "delegationsordning")])
        #expect(back.arrivedAt == nil && back.leftAt == nil)
        var attendance = RecordTests.attendance()
        attendance[3] = back
        let items = ["delarsrapport", "familjeradgivning", "delegationsordning"].map { RecordTests.handled($0) }
        let record = RecordTests.record(items: items, attendance: attendance)
        let participation = RecordParticipation(record: record, meeting: RecordTests.meeting, committee: RecordTests.committee)
        #expect(items.map { participation.participants(in: $0.item).contains("leila-haddad") } == [true, false, true])
    }

    @Test("a tabled matter's main proposals need not be put; the tabling proposal must be")
    func postponed() {
        var item = RecordTests.handled("riktlinjer")
        item.proposals.append(PutProposal(id: "bordlaggning", kind: .tabling, proposers: ["per-olof-sandberg"], text: "att bordlägga"))
        item.propositionOrder = []
        item.decision = Decision(category: .tabled, clauses: ["att bordlägga ärendet"])
        #expect(messages(RecordTests.record(items: [item]))
                == ["Motion to table by Per-Olof Sandberg (M) is not withdrawn but is in no proposition"])
    }

    @Test("the demo's past meeting is fully recorded, and its record passes every check")
    func demoRecord() throws {
        let record = try #require(Fixtures.demo.records["2026-10-22"])
        #expect(messages(record) == [])
        #expect(record.paragraphNumbers["delarsrapport"] == 104)
        #expect(record.paragraphNumbers["lvu-yttrande"] == nil)
        #expect(record.attendance.contains { $0.member == "oskar-dahl" && $0.servingFor == "johan-ek" })
        let vote = try #require(record.record(of: "familjeradgivning")?.votes.first)
        #expect(vote.tally == (yes: 7, no: 4, abstain: 0))
        #expect(vote.ballots.last?.member == "karin-holmberg")
        #expect(record.record(of: "familjeradgivning")?.reservations.first?.members == ["per-olof-sandberg", "oskar-dahl"])
        #expect(record.record(of: "delegationsordning")?.decision?.category == .amended)
        #expect(record.record(of: "riktlinjer")?.decision?.category == .tabled)
        #expect(record.record(of: "placeringar")?.minuteNotes.count == 1)
    }

    @Test("a matter's history shows what the records say: tabled at the past meeting, with its §")
    func derivedHistory() throws {
        // Item 6 of the upcoming meeting was tabled at the past meeting as item 7.
        let (state, _) = Fixtures.send([.enter] + Array(repeating: .character("j"), count: 5) + [.enter, .character("3")], to: Fixtures.state())
        guard case .item(let item) = state.screen else { Issue.record("no item"); return }
        #expect(item.lines.contains { $0.text.hasPrefix("2026-10-22  tabled") && $0.text.contains("Socialnämnden, § 107") })
    }
}

