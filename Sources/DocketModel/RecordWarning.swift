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
        /// Nobody's attendance is recorded: the minutes would name no one deciding.
        case noAttendance
        /// No justerare chosen.
        case noCheckers
        /// No day of justering.
        case noCheckingDay
        /// Items on the agenda, not struck, with nothing recorded (by their agenda numbers): the minutes would leave them out.
        case notRecorded(numbers: [String])
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

    /// What the minutes still need from the meeting as a whole (attendance, justerare, the day, items), as against
    /// what is wrong or missing in one item.
    public var isMeetingCompleteness: Bool {
        switch kind {
        case .noAttendance, .noCheckers, .noCheckingDay, .notRecorded: true
        default: false
        }
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
        // What the minutes need before they can be checked: who decided, who checks, and when.
        if attendance.isEmpty {
            warnings.append(RecordWarning(item: nil, kind: .noAttendance))
        } else if seats > 0, present * 2 < seats {
            warnings.append(RecordWarning(item: nil, kind: .noQuorum(present: present, seats: seats)))
        }
        if checkers.isEmpty { warnings.append(RecordWarning(item: nil, kind: .noCheckers)) }
        if checking == nil { warnings.append(RecordWarning(item: nil, kind: .noCheckingDay)) }
        let recorded = Set(items.map(\.item))
        let missing = meeting.agenda.filter { !recorded.contains($0.id) && !struckItems.contains($0.id) }
        if !missing.isEmpty { warnings.append(RecordWarning(item: nil, kind: .notRecorded(numbers: missing.map(\.printedNumber)))) }
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
                && !item.propositionOrder[(index + 1)...].contains(where: { $0.proposals.contains(item.adopted(step)) }) {
                warnings.append(RecordWarning(item: item.item, kind: .counterProposalNotPut(proposal: item.adopted(step))))
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
