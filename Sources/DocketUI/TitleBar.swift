import DocketCore
import DocketText

/// Row 0: where you are, as a breadcrumb from the committee down.
enum TitleBar {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let glyphs = ChromeGlyphs(metrics: state.metrics)
        var crumbs = [state.strings.appName, state.store.committee.name]
        for screen in state.stack.dropFirst() {
            switch screen {
            case .meetings: break
            case .agenda(let agenda): crumbs.append(state.longDate(state.store.meetings[agenda.meetingIndex].date))
            case .item(let item):
                let meeting = state.store.meetings[item.meetingIndex]
                crumbs.append(state.strings.itemOf(meeting.agenda[item.itemIndex].number, meeting.agenda.count))
            case .pager(let pager): crumbs.append(pager.title)
            }
        }
        grid.fill(y: 0, role: .titleBar)
        let text = TextWrapper(metrics: state.metrics).truncate(crumbs.joined(separator: glyphs.breadcrumb), width: grid.width - 2)
        grid.put(text, x: 1, y: 0, role: .titleBar)
    }
}
