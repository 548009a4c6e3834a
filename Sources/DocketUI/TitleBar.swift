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
            case .positionsOverview(let overview):
                if case .meetings? = state.stack.dropLast().last {
                    crumbs.append(state.longDate(state.store.meetings[overview.meetingIndex].date))
                }
                crumbs.append(state.strings.positionsOverviewTitle)
            case .meetingRecord(let screen):
                if case .meetings? = state.stack.dropLast().last {
                    crumbs.append(state.longDate(state.store.meetings[screen.meetingIndex].date))
                }
                crumbs.append(state.strings.clerk.recordTitle)
            case .notesOverview(let overview):
                // From the meetings list the date is not in the trail yet.
                if case .meetings? = state.stack.dropLast().last {
                    crumbs.append(state.longDate(state.store.meetings[overview.meetingIndex].date))
                }
                crumbs.append(state.strings.notesOverviewTitle)
            }
        }
        grid.fill(y: 0, role: .titleBar)
        // Who is at the keyboard, on the right.
        let who: String
        if let member = state.identity.member {
            who = member.nameWithParty
        } else {
            who = state.strings.readOnlyBadge
        }
        let whoWidth = min(state.metrics.width(of: who), grid.width / 3)
        let wrapper = TextWrapper(metrics: state.metrics)
        grid.put(wrapper.truncate(who, width: whoWidth), x: grid.width - whoWidth - 1, y: 0, role: .titleBar)
        let text = wrapper.truncate(crumbs.joined(separator: glyphs.breadcrumb), width: max(0, grid.width - whoWidth - 4))
        grid.put(text, x: 1, y: 0, role: .titleBar)
    }
}
