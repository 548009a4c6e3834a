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
        let room = max(0, area.width - whoWidth - 4)
        let text = wrapper.truncate(shortened(crumbs, to: room, separator: glyphs.breadcrumb, ellipsis: glyphs.ellipsis, metrics: state.metrics),
                                    width: room)
        grid.put(text, x: area.x + 1, y: area.y, role: .titleBar)
    }

    /// The trail shortened from the middle: the start says whose it is, the end where you are, and the end is kept.
    static func shortened(_ crumbs: [String], to room: Int, separator: String, ellipsis: String, metrics: TextMetrics) -> String {
        let whole = crumbs.joined(separator: separator)
        guard metrics.width(of: whole) > room, crumbs.count > 2 else { return whole }
        var middle = Array(crumbs[1..<crumbs.count - 1])
        var candidate = whole
        while !middle.isEmpty {
            middle.removeFirst()
            candidate = ([crumbs[0], ellipsis] + middle + [crumbs[crumbs.count - 1]]).joined(separator: separator)
            if metrics.width(of: candidate) <= room { break }
        }
        return candidate
    }
}
