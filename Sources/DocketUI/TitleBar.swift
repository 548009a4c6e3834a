import DocketCore
import DocketText

/// Row 0: where you are, as a breadcrumb from the committee down.
enum TitleBar {
    static func draw(_ state: AppState, in area: Area, into grid: inout Grid) {
        let glyphs = ChromeGlyphs(metrics: state.metrics)
        var crumbs = [state.strings.appName, state.store.committee.name]
        for (index, screen) in state.stack.enumerated() {
            crumbs += screen.crumbs(in: state, below: index > 0 ? state.stack[index - 1] : nil)
        }
        grid.fill(y: area.y, role: .titleBar)
        // Who is at the keyboard, on the right.
        let who: String
        if let member = state.identity.member {
            who = member.nameWithParty
        } else {
            who = state.strings.readOnlyBadge
        }
        let whoWidth = min(state.metrics.width(of: who), area.width / 3)
        let wrapper = TextWrapper(metrics: state.metrics)
        grid.put(wrapper.truncate(who, width: whoWidth), x: area.width - whoWidth - 1, y: area.y, role: .titleBar)
        let text = wrapper.truncate(crumbs.joined(separator: glyphs.breadcrumb), width: max(0, area.width - whoWidth - 4))
        grid.put(text, x: area.x + 1, y: area.y, role: .titleBar)
    }
}
