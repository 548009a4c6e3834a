/// Who took part in what: present and serving (a member on their own seat, or
/// a substitute serving for one), within their stretches of attendance, not recused.
public struct RecordParticipation {
    let record: MeetingRecord
    let meeting: Meeting
    let committee: Committee
    /// Each handled item's place in the order handled, found once: every item asks it for every person.
    let positions: [String: Int]

    public init(record: MeetingRecord, meeting: Meeting, committee: Committee) {
        self.record = record
        self.meeting = meeting
        self.committee = committee
        self.positions = Dictionary(record.items.enumerated().map { ($1.item, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Serving members, ignoring arrivals and departures: those in their seats when the meeting began.
    public var servingAtStart: [String] {
        record.attendance.filter { isServing($0) && $0.stretches.first?.arrivedAt == nil }.map(\.member)
    }

    public func isServing(_ attendance: Attendance) -> Bool {
        guard attendance.present else { return false }
        if attendance.servesAsSubstitute { return true }
        let role = committee.member(id: attendance.member)?.role(on: meeting.date)
        return [.chair, .viceChair, .member].contains(role)
    }

    /// Whether an attendance's stretches cover the item at `position` in the order items were handled.
    public func covers(_ attendance: Attendance, position: Int) -> Bool {
        attendance.stretches.contains { stretch in
            if let arrived = stretch.arrivedAt, let start = positions[arrived], position < start { return false }
            if let left = stretch.leftAt, let end = positions[left], position >= end { return false }
            return true
        }
    }

    /// Members who took part in the decision on an item.
    public func participants(in item: String) -> Set<String> {
        guard let position = positions[item] else { return [] }
        let out = record.record(of: item).map(MemberList.outOfDecision) ?? []
        return Set(record.attendance.filter { attendance in
            isServing(attendance) && !out.contains(attendance.member) && covers(attendance, position: position)
        }.map(\.member))
    }
}
