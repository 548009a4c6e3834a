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
    public var servingAtStart: [String] {
        record.attendance.filter { isServing($0) && $0.arrivedAt == nil }.map(\.member)
    }

    public func isServing(_ attendance: Attendance) -> Bool {
        guard attendance.present else { return false }
        if attendance.servingFor != nil { return true }
        let role = committee.member(id: attendance.member)?.role(on: meeting.date)
        return [.chair, .viceChair, .member].contains(role)
    }

    /// Members who took part in the decision on an item.
    public func participants(in item: String) -> Set<String> {
        let order = record.items.map(\.item)
        guard let position = order.firstIndex(of: item) else { return [] }
        let out = record.record(of: item).map(MemberList.outOfDecision) ?? []
        return Set(record.attendance.filter { attendance in
            guard isServing(attendance), !out.contains(attendance.member) else { return false }
            if let arrived = attendance.arrivedAt, let start = order.firstIndex(of: arrived), position < start { return false }
            if let left = attendance.leftAt, let end = order.firstIndex(of: left), position >= end { return false }
            return true
        }.map(\.member))
    }
}
