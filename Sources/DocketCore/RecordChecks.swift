import DocketModel

/// What the clerk's record lacks or gets wrong for the minutes. Warnings,
/// never blocking: shown on the item and listed for the whole meeting.
public struct RecordWarning: Equatable, Sendable {
    /// Whether minutes made from the record would be wrong, or only lack something.
    public enum Severity: Sendable, Equatable {
        case incomplete, wrong
    }

    /// The agenda item it is about; nil for the meeting as a whole.
    public let item: String?
    public let message: String
    public let severity: Severity

    public init(item: String?, message: String, severity: Severity = .incomplete) {
        self.item = item
        self.message = message
        self.severity = severity
    }
}

public enum RecordChecks {
    public static func warnings(record: MeetingRecord, meeting: Meeting, committee: Committee,
                                strings: Strings = .english) -> [RecordWarning] {
        var warnings: [RecordWarning] = []
        let participation = RecordParticipation(record: record, meeting: meeting, committee: committee)
        let seats = committee.members.filter { [.chair, .viceChair, .member].contains($0.role(on: meeting.date)) }.count
        let present = participation.servingAtStart.count
        if seats > 0, present * 2 < seats {
            warnings.append(RecordWarning(item: nil, message: strings.noQuorum(present, seats)))
        }
        func name(_ id: String) -> String { committee.member(id: id)?.name ?? id }
        for fault in record.faults(meeting: meeting, committee: committee) {
            warnings.append(RecordWarning(item: fault.item, message: fault.kind.message(naming: name).capitalizingFirstLetter, severity: .wrong))
        }
        for item in record.items where !record.struckItems.contains(item.item) {
            func warn(_ message: String) {
                warnings.append(RecordWarning(item: item.item, message: message))
            }
            let putInOrder = Set(item.propositionOrder.flatMap(\.proposals))
            // A matter tabled or referred back is not decided: its main proposals are never put.
            let postponed = [.tabled, .referredBack].contains(item.decision?.category)
            let mustBePut = item.proposals.filter { !$0.isWithdrawn && (!postponed || [.tabling, .referralBack].contains($0.kind)) }
            for proposal in mustBePut where !putInOrder.contains(proposal.id) {
                warn(strings.notPut(proposal.id))
            }
            for vote in item.votes where vote.result == nil {
                let missing = record.unanswered(vote, item: item.item, meeting: meeting, committee: committee)
                warn(missing.isEmpty ? strings.tieWithoutCastingVote(vote.id) : strings.voteInProgress(vote.id, missing.map(name)))
            }
            if item.decision == nil { warn(strings.noDecision) }
        }
        return warnings
    }
}

extension String {
    var capitalizingFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
