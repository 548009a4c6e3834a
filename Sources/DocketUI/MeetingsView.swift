import DocketCore
import DocketText

/// The meetings list: upcoming first (soonest at the top), then past ones.
enum MeetingsView {
    static func draw(_ state: AppState, cursor: ListCursor, in area: Area, into grid: inout Grid) {
        let banners = state.damageLines + [state.identity.banner.map(state.strings.banner)].compactMap { $0 }
        let (list, bannerRows) = area.splitBottom(banners.count)
        let top = list.y
        let visible = state.meetingsVisibleRows
        for (index, banner) in banners.enumerated() {
            let y = bannerRows.y + index
            grid.put(TextWrapper(metrics: state.metrics).truncate(banner, width: area.width - 2), x: area.x + 1, y: y, role: .marker)
        }
        if state.meetingRows.isEmpty {
            grid.put(state.strings.noMeetings, x: 2, y: top, role: .muted)
            return
        }
        let wrapper = TextWrapper(metrics: state.metrics)
        // Columns as wide as the widest entry they can hold ("tors 25 mars 2021", "genomfört"), so that rows line up and
        // stay put while scrolling; worked out from the words, not from every meeting of a long archive on every frame.
        let strings = state.strings
        let widest = { (words: [String]) in words.map { state.metrics.width(of: $0) }.max() ?? 0 }
        let dateWidth = widest(strings.weekdays) + widest(strings.months) + " 28  2026".count
        let timeX = 3 + 2 + dateWidth
        let stateX = timeX + 2 + 5
        let itemsX = max(36, stateX + 2 + widest([strings.inProgress, strings.paused, strings.closed, strings.planned, strings.held]))
        let mostItems = state.store.meetings.map(\.agenda.count).max() ?? 0
        let progressX = max(47, itemsX + 2 + widest([strings.items(1), strings.items(mostItems)]))
        let meetings = state.meetingRows.compactMap { row -> Int? in if case .meeting(let index) = row { index } else { nil } }
        let progressWidth = meetings.filter { state.store.meetings[$0].date >= state.today }.map { index in
            let progress = state.readProgress(meetingIndex: index)
            return state.metrics.width(of: state.strings.readProgress(progress.read, progress.total))
        }.max() ?? 0
        let placeX = max(60, progressX + progressWidth + 2)
        for (row, index) in (cursor.offset..<min(state.meetingRows.count, cursor.offset + visible)).enumerated() {
            let y = top + row
            switch state.meetingRows[index] {
            case .heading(let title):
                grid.put(title, x: area.x + 1, y: y, role: .heading)
            case .meeting(let meetingIndex):
                let meeting = state.store.meetings[meetingIndex]
                let selected = index == cursor.selected
                let role: Role = selected ? .selected : .normal
                if selected { grid.fill(x: area.x, y: y, count: area.width, role: .selected) }
                // Fixed columns, leaving room before the place for a review-progress column.
                grid.put(state.longDate(meeting.date), x: 3, y: y, role: role)
                grid.put(meeting.time, x: timeX, y: y, role: role)
                grid.put(state.meetingState(meeting), x: stateX, y: y, role: selected ? role : .muted)
                grid.put(state.strings.items(meeting.agenda.count), x: itemsX, y: y, role: role)
                if meeting.date >= state.today {
                    let progress = state.readProgress(meetingIndex: meetingIndex)
                    let text = state.strings.readProgress(progress.read, progress.total)
                    grid.put(text, x: progressX, y: y, role: selected ? role : (progress.read < progress.total ? .marker : .muted))
                }
                grid.put(wrapper.truncate(meeting.place, width: max(0, area.width - placeX - 1)), x: placeX, y: y, role: selected ? role : .muted)
                if state.matchLine == index || state.query != nil {
                    Highlighter.highlight(state.longDate(meeting.date), x: 3, y: y, state: state, isCurrent: state.matchLine == index, into: &grid)
                }
            }
        }
    }
}
