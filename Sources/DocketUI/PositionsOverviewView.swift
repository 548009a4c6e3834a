import DocketCore
import DocketText

/// My stance on every item of a meeting; items without one stand out.
enum PositionsOverviewView {
    static func draw(_ state: AppState, overview: PositionsOverviewScreen, in area: Area, into grid: inout Grid) {
        let meeting = state.store.meetings[overview.meetingIndex]
        let wrapper = TextWrapper(metrics: state.metrics)
        let stanceX = max(30, area.width / 2)
        for (row, index) in (overview.cursor.offset..<min(overview.rows.count, overview.cursor.offset + area.height)).enumerated() {
            let y = area.y + row
            let itemIndex = overview.rows[index]
            let item = meeting.agenda[itemIndex]
            let selected = index == overview.cursor.selected
            if selected { grid.fill(x: area.x, y: y, count: area.width, role: .selected) }
            let title = "\(item.printedNumber). \(state.title(of: item))"
            grid.put(wrapper.truncate(title, width: stanceX - 3), x: area.x + 1, y: y, role: selected ? .selected : .normal)
            let text: String
            let role: Role
            // Mine, then how the others who shared theirs stand: "avslag · Per-Olof Sandberg (M) avslag, Fatima Ali (C) bifall".
            let others = item.matter.map { matter in
                state.positions.filter { $0.shared && $0.position.meeting == meeting.id && $0.position.matter == matter
                    && $0.position.author != state.identity.member?.id }
                .map { "\(state.store.committee.nameWithParty($0.position.author)) \(state.strings.stanceNames[$0.position.stance] ?? $0.position.stance.rawValue)" }
            } ?? []
            let othersText = others.isEmpty ? "" : " · " + others.joined(separator: ", ")
            if let matter = item.matter, let mine = state.myPosition(meeting: meeting.id, matter: matter) {
                var words = state.strings.stanceNames[mine.position.stance] ?? mine.position.stance.rawValue
                if let own = mine.position.ownProposal { words += ": " + own.text }
                text = words + othersText
                role = selected ? .selected : .normal
            } else {
                text = state.strings.noPositionHere + othersText
                role = selected ? .selected : .marker
            }
            grid.put(wrapper.truncate(text, width: max(0, area.width - stanceX - 1)), x: stanceX, y: y, role: role)
            Highlighter.highlight(wrapper.truncate(title, width: stanceX - 3), x: area.x + 1, y: y, state: state,
                                  isCurrent: state.matchLine == index, into: &grid)
        }
    }
}
