/// What a meeting's record gets wrong (a `RecordFault`) or only lacks, for the
/// minutes: shown on the item, listed for the meeting, printed by `docket minutes`.
/// Data, not words: the interface and the minutes each say it in their language.
public struct RecordWarning: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The record says something that cannot be true.
        case fault(RecordFault.Kind)
        case noQuorum(present: Int, seats: Int)
        /// A proposal not withdrawn that was never put.
        case notPut(proposal: String)
        /// The counter-proposal chosen, not yet put against the main proposal.
        case counterProposalNotPut(proposal: String)
        /// A roll call not finished: who has not answered, in roll-call order.
        case voteInProgress(vote: String, missing: [String])
        /// Everyone answered, the votes are tied and the chair's casting vote is not recorded.
        case tieAwaitingChair(vote: String)
        case noDecision
    }

    /// Whether minutes made from the record would be wrong, or only lack something.
    public enum Severity: Sendable, Equatable {
        case incomplete, wrong
    }

    /// The agenda item it is about; nil for the meeting as a whole.
    public let item: String?
    public let kind: Kind

    public init(item: String?, kind: Kind) {
        self.item = item
        self.kind = kind
    }

    public var severity: Severity {
        if case .fault = kind { return .wrong }
        return .incomplete
    }
}

extension MeetingRecord {
    /// Every warning of this record of `meeting`: its faults, then what each handled item lacks.
    public func warnings(meeting: Meeting, committee: Committee) -> [RecordWarning] {
        var warnings: [RecordWarning] = []
        let participation = RecordParticipation(record: self, meeting: meeting, committee: committee)
        let seats = committee.members.filter { [.chair, .viceChair, .member].contains($0.role(on: meeting.date)) }.count
        let present = participation.servingAtStart.count
        if seats > 0, present * 2 < seats {
            warnings.append(RecordWarning(item: nil, kind: .noQuorum(present: present, seats: seats)))
        }
        warnings += faults(meeting: meeting, committee: committee).map { RecordWarning(item: $0.item, kind: .fault($0.kind)) }
        for item in items where !struckItems.contains(item.item) {
            let putInOrder = Set(item.propositionOrder.flatMap(\.proposals))
            // A matter tabled, referred back or sent out for an opinion is not decided: its main proposals are never put.
            let postponed = [.tabled, .referredBack, .referred].contains(item.decision?.category)
            let mustBePut = item.proposals.filter { !$0.isWithdrawn && (!postponed || [.tabling, .referralBack].contains($0.kind)) }
            for proposal in mustBePut where !putInOrder.contains(proposal.id) {
                warnings.append(RecordWarning(item: item.item, kind: .notPut(proposal: proposal.id)))
            }
            // A counter-proposal is chosen to be put against the main proposal: a later step must put it.
            for (index, step) in item.propositionOrder.enumerated() where step.choosesCounterProposal
                && !item.propositionOrder[(index + 1)...].contains(where: { $0.proposals.contains(step.preferred) }) {
                warnings.append(RecordWarning(item: item.item, kind: .counterProposalNotPut(proposal: step.preferred)))
            }
            for vote in item.votes where vote.result == nil {
                let missing = vote.isCounted ? [] : unanswered(vote, item: item.item, meeting: meeting, committee: committee)
                warnings.append(RecordWarning(item: item.item, kind: missing.isEmpty ? .tieAwaitingChair(vote: vote.id)
                                                                                       : .voteInProgress(vote: vote.id, missing: missing)))
            }
            if item.decision == nil { warnings.append(RecordWarning(item: item.item, kind: .noDecision)) }
        }
        return warnings
    }
}
