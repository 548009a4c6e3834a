import DocketCore
import DocketText

/// A meeting's agenda: items under their section headings, with diary numbers
/// and a badge column (position, revised, decision, confidential).
enum AgendaView {
    /// Position (4), revised (3), decision (4) and confidential (4) badges.
    static let badgeWidth = 18

    static func draw(_ state: AppState, agenda: AgendaScreen, in area: Area, into grid: inout Grid) {
        let meeting = state.store.meetings[agenda.meetingIndex]
        let glyphs = ChromeGlyphs(metrics: state.metrics)
        let wrapper = TextWrapper(metrics: state.metrics)
        let when = state.longDate(meeting.date) + " " + meeting.time
        // The clerk's notice state comes before the place, which a narrow screen cuts.
        let info = (state.noticeState(meeting).map { [when, state.meetingState(meeting), $0, meeting.place] }
            ?? [when, meeting.place, state.meetingState(meeting)]).joined(separator: glyphs.separator)
        let (infoRow, list) = area.splitTop(AppState.agendaTop - AppState.meetingsTop)
        grid.put(wrapper.truncate(info, width: area.width - 2), x: area.x + 1, y: infoRow.y, role: .muted)

        let diaryWidth = min(16, meeting.agenda.compactMap { state.diaryNumber(of: $0) }.map { state.metrics.width(of: $0) }.max() ?? 0)
        let badgeX = area.width - badgeWidth - 1
        let diaryX = badgeX - diaryWidth - 2
        // Numbers such as "20.11" or "11 a" widen the column; the usual ones keep it at five.
        let numberWidth = min(10, meeting.agenda.map { state.metrics.width(of: $0.printedNumber) }.max() ?? 0)
        let titleX = max(7, numberWidth + 3)
        let visible = min(list.height, state.agendaVisibleRows)
        for (row, index) in (agenda.cursor.offset..<min(agenda.rows.count, agenda.cursor.offset + visible)).enumerated() {
            let y = list.y + row
            switch agenda.rows[index] {
            case .heading(let title):
                grid.put(wrapper.truncate(title, width: area.width - 2), x: area.x + 1, y: y, role: .heading)
            case .item(let itemIndex):
                let item = meeting.agenda[itemIndex]
                let selected = index == agenda.cursor.selected
                let role: Role = selected ? .selected : .normal
                if selected { grid.fill(x: area.x, y: y, count: area.width, role: .selected) }
                let number = wrapper.truncate(item.printedNumber, width: titleX - 3)
                grid.put(number, x: titleX - 2 - state.metrics.width(of: number), y: y, role: role)
                let title = state.title(of: item)
                let titleRoom = (diaryWidth > 0 ? diaryX - 2 : badgeX - 1) - titleX
                grid.put(wrapper.truncate(title, width: max(0, titleRoom)), x: titleX, y: y, role: item.isProcedural && !selected ? .muted : role)
                if let diary = state.diaryNumber(of: item) {
                    grid.put(wrapper.truncate(diary, width: diaryWidth), x: diaryX, y: y, role: selected ? role : .muted)
                }
                let readState = state.readState(meetingIndex: agenda.meetingIndex, itemIndex: itemIndex)
                if let live = state.live[meeting.id], [.inProgress, .paused].contains(live.state), live.current == item.id {
                    grid.put(state.liveMarker, x: area.x + 1, y: y, role: selected ? role : .activeTab)
                } else if meeting.date >= state.today, readState == .unread || readState == .revised {
                    grid.put(state.strings.unreadMark, x: area.x + 1, y: y, role: selected ? role : .marker)
                }
                if let matter = item.matter, let mine = state.myPosition(meeting: meeting.id, matter: matter) {
                    grid.put(state.strings.stanceBadges[mine.position.stance] ?? "", x: badgeX, y: y, role: selected ? role : .key)
                }
                if readState == .revised {
                    grid.put(state.strings.revisedBadge, x: badgeX + 5, y: y, role: selected ? role : .marker)
                } else if state.hasImportWarnings(item) {
                    grid.put(state.strings.importWarningBadge, x: badgeX + 5, y: y, role: selected ? role : .marker)
                }
                if let decision = state.store.records[meeting.id]?.record(of: item.id)?.decision {
                    grid.put(state.strings.decisionBadges[decision.category] ?? "", x: badgeX + 9, y: y, role: selected ? role : .muted)
                } else if state.store.records[meeting.id]?.struckItems.contains(item.id) == true {
                    grid.put(state.strings.struckBadge, x: badgeX + 9, y: y, role: selected ? role : .muted)
                }
                if item.isConfidential {
                    grid.put(state.strings.confidentialBadge, x: badgeX + 14, y: y, role: selected ? role : .marker)
                }
                if state.query != nil {
                    Highlighter.highlight(wrapper.truncate(title, width: max(0, titleRoom)), x: titleX, y: y, state: state,
                                          isCurrent: state.matchLine == index, into: &grid)
                }
            }
        }
    }
}
