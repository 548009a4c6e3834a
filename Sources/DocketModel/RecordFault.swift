/// Something a meeting's record says that cannot be true: a ballot by someone
/// who took no part, a result the tally does not give, an approval before the
/// meeting. Docket refuses to write a record with one, `docket validate`
/// reports each as an error and `docket minutes` refuses to print from it.
/// What is merely missing (a decision not yet recorded) is not a fault.
public struct RecordFault: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case attendanceTwice(member: String)
        case checkerNotPresent(member: String)
        case approvedBeforeMeeting(approved: String, meeting: String)
        case approvedWithNobodyPresent
        case postedWithoutApproval
        case postedBeforeApproval(posted: String, approved: String)
        case itemRecordedTwice(item: String)
        case proposalTwice(item: String, proposal: String)
        case voteTwice(item: String, vote: String)
        case votedTwice(item: String, vote: String, member: String)
        case votedWithoutTakingPart(item: String, vote: String, member: String)
        /// A result while members taking part have not answered yet: the roll call is still in progress.
        case resultBeforeEveryoneAnswered(item: String, vote: String, missing: [String])
        case resultDoesNotFollow(item: String, vote: String, result: String, tally: String)
        case tieWithoutCastingVote(item: String, vote: String)
        case reservedWithoutTakingPart(item: String, member: String)
        /// A vote recorded both by counts and by name: one or the other.
        case countedWithBallots(item: String, vote: String)
        /// A secret ballot with names, or without counts.
        case secretByName(item: String, vote: String)
        /// More votes counted than members taking part in the item.
        case moreVotesThanTakingPart(item: String, vote: String, counted: Int, taking: Int)
        /// An ersättaryttrande by someone who is not a substitute present without serving on the item.
        case substituteStatementByOther(item: String, member: String)
        /// A decision to refer the matter to another body that does not name the body.
        case referralWithoutBody(item: String)
        /// Both one arrival and departure and several periods: one way or the other.
        case periodsAndArrival(member: String)
        /// Marked as serving, for a seat or not, but not a substitute on the meeting's date.
        case servingNotSubstitute(member: String)
    }

    public let kind: Kind
    /// Where in record.json, as a JSONPath such as `$.items[2].votes[0].result`.
    public let path: String

    public init(_ kind: Kind, at path: String) {
        self.kind = kind
        self.path = path
    }

    /// The agenda item it is about; nil for the meeting as a whole.
    public var item: String? {
        switch kind {
        case .itemRecordedTwice(let item), .proposalTwice(let item, _), .voteTwice(let item, _), .votedTwice(let item, _, _),
             .votedWithoutTakingPart(let item, _, _), .resultBeforeEveryoneAnswered(let item, _, _),
             .resultDoesNotFollow(let item, _, _, _), .tieWithoutCastingVote(let item, _), .reservedWithoutTakingPart(let item, _),
             .countedWithBallots(let item, _), .secretByName(let item, _), .moreVotesThanTakingPart(let item, _, _, _),
             .substituteStatementByOther(let item, _), .referralWithoutBody(let item):
            return item
        case .attendanceTwice, .checkerNotPresent, .approvedBeforeMeeting, .approvedWithNobodyPresent, .postedWithoutApproval,
             .postedBeforeApproval, .periodsAndArrival, .servingNotSubstitute:
            return nil
        }
    }
}

extension RecordFault.Kind {
    /// In words, with members named by `name` (a person's name on screen, the id in `docket validate`),
    /// votes by `vote` and proposals by `proposal` (their ids unless told otherwise).
    public func message(naming name: (String) -> String, vote voteName: (String) -> String = { $0 },
                        proposal proposalName: (String) -> String = { $0 }) -> String {
        switch self {
        case .attendanceTwice(let member): return "\(name(member)) is on the attendance list twice"
        case .checkerNotPresent(let member): return "\(name(member)) checks the minutes (justerare) but was not present"
        case .approvedBeforeMeeting(let approved, let meeting):
            return "the minutes are approved on \(approved), before the meeting on \(meeting)"
        case .approvedWithNobodyPresent: return "the minutes are approved, but nobody is recorded present: a meeting that was not held cannot be approved"
        case .postedWithoutApproval: return "the minutes are posted but not approved; they are posted after approval (justering)"
        case .postedBeforeApproval(let posted, let approved): return "the minutes are posted on \(posted), before they were approved on \(approved)"
        case .itemRecordedTwice(let item): return "the item \(item) is recorded twice"
        case .proposalTwice(_, let proposal): return "the proposal id \(proposal) is used twice on this item"
        case .voteTwice(_, let vote): return "the vote id \(vote) is used twice on this item"
        case .votedTwice(_, let vote, let member): return "\(name(member)) voted more than once in \(voteName(vote))"
        case .votedWithoutTakingPart(_, let vote, let member):
            return "\(name(member)) voted in \(voteName(vote)) without taking part (absent, not serving, recused, or not taking part in the decision)"
        case .resultBeforeEveryoneAnswered(_, let vote, let missing):
            return "\(voteName(vote)) has a result, but \(missing.map(name).joined(separator: ", ")) \(missing.count == 1 ? "has" : "have") not answered: a roll call has a result only when everyone taking part has answered"
        case .resultDoesNotFollow(_, let vote, let result, let tally):
            return "the result of \(voteName(vote)) is \(proposalName(result)), but its tally gives \(proposalName(tally))"
        case .tieWithoutCastingVote(_, let vote): return "\(voteName(vote)) is tied, with a result but no casting vote (utslagsröst) recorded"
        case .reservedWithoutTakingPart(_, let member): return "\(name(member)) reserved against a decision they took no part in"
        case .countedWithBallots(_, let vote): return "\(voteName(vote)) has both counts and named votes: a vote is recorded one way"
        case .secretByName(_, let vote): return "\(voteName(vote)) is a secret ballot: it has counts and no names"
        case .moreVotesThanTakingPart(_, let vote, let counted, let taking):
            return "\(voteName(vote)) counts \(counted) votes, but only \(taking) took part in the item"
        case .substituteStatementByOther(_, let member):
            return "\(name(member)) makes an ersättaryttrande but is not a substitute present without serving on this item"
        case .referralWithoutBody: return "the matter is referred to another body (remiss), but the decision does not name the body"
        case .periodsAndArrival(let member):
            return "\(name(member)) has both an arrival or departure and periods of service: record one or the other"
        case .servingNotSubstitute(let member): return "\(name(member)) is recorded as a serving substitute but is not a substitute on the meeting's date"
        }
    }
}

extension MeetingRecord {
    /// Every fault of this record of `meeting`, in the order of the file.
    public func faults(meeting: Meeting, committee: Committee) -> [RecordFault] {
        var faults: [RecordFault] = []
        let participation = RecordParticipation(record: self, meeting: meeting, committee: committee)
        var seen = Set<String>()
        for (index, row) in attendance.enumerated() {
            if !seen.insert(row.member).inserted {
                faults.append(RecordFault(.attendanceTwice(member: row.member), at: "$.attendance[\(index)].member"))
            }
            if row.periods != nil && (row.arrivedAt != nil || row.leftAt != nil) {
                faults.append(RecordFault(.periodsAndArrival(member: row.member), at: "$.attendance[\(index)].periods"))
            }
            if row.servesAsSubstitute && committee.member(id: row.member)?.role(on: meeting.date) != .substitute {
                faults.append(RecordFault(.servingNotSubstitute(member: row.member), at: "$.attendance[\(index)]"))
            }
        }
        let present = Set(attendance.filter(\.present).map(\.member))
        for (index, checker) in checkers.enumerated() where !present.contains(checker) {
            faults.append(RecordFault(.checkerNotPresent(member: checker), at: "$.checkers[\(index)]"))
        }
        if let approved {
            if approved < meeting.date {
                faults.append(RecordFault(.approvedBeforeMeeting(approved: approved, meeting: meeting.date), at: "$.approved"))
            }
            if present.isEmpty { faults.append(RecordFault(.approvedWithNobodyPresent, at: "$.approved")) }
        }
        if let posted {
            if let approved {
                if posted < approved { faults.append(RecordFault(.postedBeforeApproval(posted: posted, approved: approved), at: "$.posted")) }
            } else {
                faults.append(RecordFault(.postedWithoutApproval, at: "$.posted"))
            }
        }
        let chair = committee.members.first { $0.role(on: meeting.date) == .chair }?.id
        var recordedItems = Set<String>()
        for (itemIndex, record) in items.enumerated() {
            let path = "$.items[\(itemIndex)]"
            let item = record.item
            if !recordedItems.insert(item).inserted {
                faults.append(RecordFault(.itemRecordedTwice(item: item), at: "\(path).item"))
                continue
            }
            let struck = struckItems.contains(item)
            var proposals = Set<String>()
            for (index, proposal) in record.proposals.enumerated() where !proposals.insert(proposal.id).inserted {
                faults.append(RecordFault(.proposalTwice(item: item, proposal: proposal.id), at: "\(path).proposals[\(index)].id"))
            }
            let taking = participation.participants(in: item)
            var votes = Set<String>()
            for (voteIndex, vote) in record.votes.enumerated() {
                let votePath = "\(path).votes[\(voteIndex)]"
                if !votes.insert(vote.id).inserted { faults.append(RecordFault(.voteTwice(item: item, vote: vote.id), at: "\(votePath).id")) }
                if vote.isCounted && !vote.ballots.isEmpty {
                    faults.append(RecordFault(.countedWithBallots(item: item, vote: vote.id), at: votePath))
                }
                if vote.isSecret && (!vote.isCounted || !vote.ballots.isEmpty) {
                    faults.append(RecordFault(.secretByName(item: item, vote: vote.id), at: votePath))
                }
                if let counts = vote.counts, !struck, counts.yes + counts.no + counts.abstain + (counts.absent ?? 0) > taking.count {
                    faults.append(RecordFault(.moreVotesThanTakingPart(item: item, vote: vote.id,
                                                                       counted: counts.yes + counts.no + counts.abstain + (counts.absent ?? 0),
                                                                       taking: taking.count), at: "\(votePath).counts"))
                }
                var voted = Set<String>()
                for (ballotIndex, ballot) in vote.ballots.enumerated() {
                    if !voted.insert(ballot.member).inserted {
                        faults.append(RecordFault(.votedTwice(item: item, vote: vote.id, member: ballot.member), at: "\(votePath).ballots[\(ballotIndex)]"))
                    }
                    if !struck && !taking.contains(ballot.member) {
                        faults.append(RecordFault(.votedWithoutTakingPart(item: item, vote: vote.id, member: ballot.member),
                                                  at: "\(votePath).ballots[\(ballotIndex)].member"))
                    }
                }
                guard let result = vote.result else { continue }
                // A counted vote has no names to wait for.
                let missing = vote.isCounted ? [] : committee.rollCallOrder(on: meeting.date).filter { taking.contains($0) && !voted.contains($0) }
                if !struck && !missing.isEmpty {
                    faults.append(RecordFault(.resultBeforeEveryoneAnswered(item: item, vote: vote.id, missing: missing), at: "\(votePath).result"))
                    continue
                }
                let tally = vote.tally
                if let winner = vote.winner(chair: chair), winner != result {
                    faults.append(RecordFault(.resultDoesNotFollow(item: item, vote: vote.id, result: result, tally: winner), at: "\(votePath).result"))
                }
                if tally.yes == tally.no, vote.castingVote != true {
                    faults.append(RecordFault(.tieWithoutCastingVote(item: item, vote: vote.id), at: votePath))
                }
            }
            for (index, reservation) in record.reservations.enumerated() {
                for member in reservation.members where !struck && !taking.contains(member) {
                    faults.append(RecordFault(.reservedWithoutTakingPart(item: item, member: member), at: "\(path).reservations[\(index)]"))
                }
            }
            // An ersättaryttrande is a substitute's who is present but does not decide this item.
            let substitutesPresent = Set(attendance.filter { $0.present && committee.member(id: $0.member)?.role(on: meeting.date) == .substitute }
                .map(\.member))
            for (index, statement) in (record.substituteStatements ?? []).enumerated() {
                for member in statement.members where !struck && (!substitutesPresent.contains(member) || taking.contains(member)) {
                    faults.append(RecordFault(.substituteStatementByOther(item: item, member: member), at: "\(path).substituteStatements[\(index)]"))
                }
            }
            if let decision = record.decision, decision.category == .referred, (decision.referredTo ?? "").isEmpty {
                faults.append(RecordFault(.referralWithoutBody(item: item), at: "\(path).decision"))
            }
        }
        return faults
    }

    /// Members taking part in an item who have not answered a vote that is still in progress.
    public func unanswered(_ vote: Vote, item: String, meeting: Meeting, committee: Committee) -> [String] {
        let taking = RecordParticipation(record: self, meeting: meeting, committee: committee).participants(in: item)
        let voted = Set(vote.ballots.map(\.member))
        return committee.rollCallOrder(on: meeting.date).filter { taking.contains($0) && !voted.contains($0) }
    }
}

extension Committee {
    /// Member ids in the order a roll call names them: the store's order, the chair last.
    func rollCallOrder(on date: String) -> [String] {
        let chair = members.first { $0.role(on: date) == .chair }?.id
        return members.map(\.id).filter { $0 != chair } + [chair].compactMap { $0 }
    }
}
