import DocketModel

/// The words of list rows, shared by the views that draw them and by find.
extension AppState {
    /// "Thu 10 Dec 2026"
    public func longDate(_ iso: String) -> String {
        guard let (year, month, day) = CalendarDate.parts(of: iso), let weekday = CalendarDate.weekday(of: iso) else { return iso }
        return "\(strings.weekdays[weekday]) \(day) \(strings.months[month - 1]) \(year)"
    }

    /// Planned or held by the calendar, unless the live file says more.
    public func meetingState(_ meeting: Meeting) -> String {
        switch live[meeting.id]?.state {
        case .inProgress?: return strings.inProgress
        case .paused?: return strings.paused
        case .closed?: return strings.closed
        case .planned?, nil: return meeting.date >= today ? strings.planned : strings.held
        }
    }

    /// Everything a meetings-list row shows, for find.
    func searchableText(of row: MeetingRow) -> String {
        switch row {
        case .heading(let title): return title
        case .meeting(let index):
            let meeting = store.meetings[index]
            return [longDate(meeting.date), meeting.time, meetingState(meeting), strings.items(meeting.agenda.count), meeting.place]
                .joined(separator: " ")
        }
    }

    /// The title an agenda item goes by.
    public func title(of item: AgendaItem) -> String {
        item.title ?? item.matter.map { store.matters[$0]?.title ?? strings.matterUnavailable } ?? ""
    }

    public func diaryNumber(of item: AgendaItem) -> String? {
        item.matter.flatMap { store.matters[$0]?.diaryNumber }.flatMap { $0.isEmpty ? nil : $0 }
    }

    func searchableText(of row: AgendaRow, in meeting: Meeting) -> String {
        switch row {
        case .heading(let title): return title
        case .item(let index):
            let item = meeting.agenda[index]
            return [item.printedNumber, title(of: item), diaryNumber(of: item) ?? "", item.isConfidential ? strings.confidential : ""]
                .joined(separator: " ")
        }
    }
}
