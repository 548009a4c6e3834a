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
        let chair = committee.members.first { $0.role(on: meeting.date) == .chair }?.id
        func name(_ id: String) -> String { committee.member(id: id)?.name ?? id }
        for item in record.items where !record.struckItems.contains(item.item) {
            func warn(_ message: String, _ severity: RecordWarning.Severity = .incomplete) {
                warnings.append(RecordWarning(item: item.item, message: message, severity: severity))
            }
            let taking = participation.participants(in: item.item)
            let putInOrder = Set(item.propositionOrder.flatMap(\.proposals))
            // A matter tabled or referred back is not decided: its main proposals are never put.
            let postponed = [.tabled, .referredBack].contains(item.decision?.category)
            let mustBePut = item.proposals.filter { !$0.isWithdrawn && (!postponed || [.tabling, .referralBack].contains($0.kind)) }
            for proposal in mustBePut where !putInOrder.contains(proposal.id) {
                warn(strings.notPut(proposal.id))
            }
            for vote in item.votes {
                var seen = Set<String>()
                for ballot in vote.ballots {
                    if !seen.insert(ballot.member).inserted { warn(strings.votedTwice(name(ballot.member), vote.id), .wrong) }
                    if !taking.contains(ballot.member) { warn(strings.votedWithoutTakingPart(name(ballot.member), vote.id), .wrong) }
                }
                if let winner = vote.winner(chair: chair), winner != vote.result {
                    warn(strings.resultDoesNotFollow(vote.id, vote.result, winner), .wrong)
                }
                let tally = vote.tally
                if tally.yes == tally.no, vote.castingVote != true {
                    warn(strings.tieWithoutCastingVote(vote.id), .wrong)
                }
            }
            for reservation in item.reservations {
                for member in reservation.members where !taking.contains(member) {
                    warn(strings.reservedWithoutTakingPart(name(member)), .wrong)
                }
            }
            if item.decision == nil { warn(strings.noDecision) }
        }
        return warnings
    }
}

/// Who took part in what: present and serving (a member on their own seat, or
/// a substitute serving for one), between arrival and departure, not recused.
public struct RecordParticipation {
    let record: MeetingRecord
    let meeting: Meeting
    let committee: Committee

    public init(record: MeetingRecord, meeting: Meeting, committee: Committee) {
        self.record = record
        self.meeting = meeting
        self.committee = committee
    }

    /// Serving members, ignoring arrivals and departures: those in their seats when the meeting began.
    var servingAtStart: [String] {
        record.attendance.filter { isServing($0) && $0.arrivedAt == nil }.map(\.member)
    }

    func isServing(_ attendance: Attendance) -> Bool {
        guard attendance.present else { return false }
        if attendance.servingFor != nil { return true }
        let role = committee.member(id: attendance.member)?.role(on: meeting.date)
        return [.chair, .viceChair, .member].contains(role)
    }

    /// Members who took part in the decision on an item.
    public func participants(in item: String) -> Set<String> {
        let order = record.items.map(\.item)
        guard let position = order.firstIndex(of: item) else { return [] }
        let recused = Set(record.record(of: item)?.recused ?? [])
        return Set(record.attendance.filter { attendance in
            guard isServing(attendance), !recused.contains(attendance.member) else { return false }
            if let arrived = attendance.arrivedAt, let start = order.firstIndex(of: arrived), position < start { return false }
            if let left = attendance.leftAt, let end = order.firstIndex(of: left), position >= end { return false }
            return true
        }.map(\.member))
    }
}
