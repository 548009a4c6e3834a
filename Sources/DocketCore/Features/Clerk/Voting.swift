import DocketModel

/// A roll call in progress: the vote as recorded so far and who is called, in
/// the store's member order with substitutes in the seat they serve, the chair last.
public struct RollCall: Sendable, Equatable {
    public let meeting: String
    public let item: String
    public internal(set) var vote: Vote
    public let order: [String]
    public let chair: String?

    /// The member called now; nil when everyone has answered.
    public var called: String? { order.indices.contains(vote.ballots.count) ? order[vote.ballots.count] : nil }
    public var isComplete: Bool { vote.ballots.count >= order.count }
}

extension AppState {
    /// v in the record menu: resumes an unfinished roll call, else asks what ja and nej stand for;
    /// V asks the same for a vote recorded as counts (a tally, or a secret ballot).
    mutating func startVote(record: ItemRecord, meeting: Meeting, item: AgendaItem, counted: Bool = false) -> [Effect] {
        let open = record.proposals.filter { !$0.isWithdrawn }
        guard open.count >= 2 else {
            status = strings.clerk.voteNeedsTwo
            return []
        }
        guard !takingPart(meeting: meeting.id, item: item.id).isEmpty else {
            status = strings.clerk.attendanceFirst
            return []
        }
        let decided = Set(record.propositionOrder.compactMap(\.vote))
        if !counted, let unfinished = record.votes.last(where: { !decided.contains($0.id) && !$0.isCounted }) {
            voting = rollCall(for: unfinished, meeting: meeting, item: item)
            return []
        }
        picker = Picker(.item(.voteYes(item: item.id, counted: counted)), meeting: meeting.id, title: strings.clerk.voteYesTitle,
                        rows: open.map { Picker.Row(label: proposalLabel($0), value: .proposal($0.id)) })
        return []
    }

    func rollCall(for vote: Vote, meeting: Meeting, item: AgendaItem) -> RollCall {
        let chair = store.committee.chair(on: meeting.date)
        let taking = takingPart(meeting: meeting.id, item: item.id)
        let attendance = store.records[meeting.id]?.attendance ?? []
        var order: [String] = []
        // A substitute answers in the seat of the member they serve for.
        for member in store.committee.members.map(\.id) where member != chair {
            if taking.contains(member) && !order.contains(member) { order.append(member) }
            for substitute in attendance where substitute.servingFor == member && taking.contains(substitute.member) && !order.contains(substitute.member) {
                order.append(substitute.member)
            }
        }
        // Substitutes serving for a seat the protokoll does not name answer after the seats.
        for substitute in attendance where substitute.serving == true && substitute.servingFor == nil
            && taking.contains(substitute.member) && !order.contains(substitute.member) && substitute.member != chair {
            order.append(substitute.member)
        }
        if let chair, taking.contains(chair) { order.append(chair) }
        return RollCall(meeting: meeting.id, item: item.id, vote: vote, order: order, chair: chair)
    }

    /// The counts typed: "7 6 0", with the absent as a fourth number, "sluten" for a secret ballot, and on a tie
    /// "ja" or "nej" for the side of the chair's casting vote. Recorded with its result and its proposition step.
    mutating func recordCountedVote(_ text: String, yes: String, no: String, meeting: Meeting, item: AgendaItem, record current: ItemRecord) -> [Effect] {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "–" || $0 == "-" }).map(String.init)
        let numbers = words.compactMap { Int($0) }
        guard (3...4).contains(numbers.count), numbers.allSatisfy({ $0 >= 0 }) else {
            status = strings.clerk.countsNeeded
            return []
        }
        let counts = Vote.Counts(yes: numbers[0], no: numbers[1], abstain: numbers[2], absent: numbers.count == 4 ? numbers[3] : nil)
        let secret = words.contains { ["sluten", "secret"].contains($0) }
        let casting = words.first { ["ja", "yes"].contains($0) }.map { _ in yes } ?? words.first { ["nej", "no"].contains($0) }.map { _ in no }
        let id = FreeIdentifier.first("votering", notIn: Set(current.votes.map(\.id)))
        let result = counts.yes == counts.no ? casting : (counts.yes > counts.no ? yes : no)
        let vote = Vote(id: id, yes: yes, no: no, result: result, castingVote: counts.yes == counts.no && result != nil ? true : nil,
                        counts: counts, secret: secret ? true : nil)
        var edits: [ItemEdit] = [.vote(vote)]
        if let result {
            edits.append(.addStep(PropositionStep(proposals: [yes, no], preferred: result, vote: id)))
            status = strings.clerk.voteDone(counts.yes, counts.no, counts.abstain, names.proposal(result), vote.castingVote == true)
        } else {
            status = strings.clerk.tieNeedsChair
        }
        return record(edits.map { .item(item.id, $0) }, meeting: meeting)
    }

    mutating func beginRollCall(yes: String, no: String, meeting: Meeting, item: AgendaItem, record: ItemRecord) -> [Effect] {
        let taken = Set(record.votes.map(\.id))
        let id = FreeIdentifier.first("votering", notIn: taken)
        let vote = Vote(id: id, yes: yes, no: no)
        voting = rollCall(for: vote, meeting: meeting, item: item)
        return recordItem(.vote(vote), item: item.id)
    }

    /// Keys of the roll call: j, n, a answer for the member called; Backspace takes the last answer back; Esc leaves.
    mutating func handleVote(_ command: RollCallCommand) -> [Effect] {
        guard var call = voting, let meeting = store.meetings.first(where: { $0.id == call.meeting }) else { return [] }
        switch command {
        case .answer(let choice):
            guard let member = call.called else {
                status = strings.clerk.everyoneVoted
                return []
            }
            call.vote.ballots.append(Vote.Ballot(member: member, choice: choice))
        case .undo:
            guard !call.vote.ballots.isEmpty else { return [] }
            call.vote.ballots.removeLast()
        case .leave:
            voting = nil
            status = strings.clerk.voteLeft
            return []
        }
        // A vote has a result only once everyone taking part has answered: until then it is in progress.
        call.vote.result = call.isComplete ? call.vote.winner(chair: call.chair) : nil
        let tally = call.vote.tally
        call.vote.castingVote = tally.yes == tally.no && call.isComplete ? true : nil
        voting = call
        var edits: [RecordEdit] = [.item(call.item, .vote(call.vote))]
        if call.isComplete {
            if let winner = call.vote.winner(chair: call.chair) {
                voting = nil
                // The vote decided the proposition: it joins the order with the vote that decided it.
                edits.append(.item(call.item, .addStep(PropositionStep(proposals: [call.vote.yes, call.vote.no], preferred: winner,
                                                                        vote: call.vote.id))))
                status = strings.clerk.voteDone(tally.yes, tally.no, tally.abstain, names.proposal(winner), call.vote.castingVote == true)
            } else {
                status = strings.clerk.tieNeedsChair
            }
        }
        return record(edits, meeting: meeting)
    }
}

/// The keys of the roll call.
public enum RollCallCommand: Sendable, Hashable {
    /// Ja, nej or avstår for the member called.
    case answer(Vote.Choice)
    /// Takes the last answer back.
    case undo
    /// Leaves the roll call; `v` resumes it.
    case leave
}
