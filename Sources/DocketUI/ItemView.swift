import DocketCore

/// An agenda item: its header, the tab bar of parts, and the current part.
enum ItemView {
    static func draw(_ state: AppState, item: ItemScreen, in area: Area, into grid: inout Grid) {
        let (header, rest) = area.splitTop(item.layout.header.count)
        let (tabRow, text) = rest.splitTop(1)
        for (index, line) in item.layout.header.enumerated() {
            grid.put(line.text, x: header.x + 1, y: header.y + index, role: TextBody.role(for: line.style))
        }
        for tab in state.tabRanges() {
            grid.put(tab.label, x: tabRow.x + tab.range.lowerBound, y: tabRow.y, role: tab.part == item.part ? .activeTab : .tab)
        }
        let part = item.layout.part(item.part)
        // While a note is typed, the paragraph it will be about stands out.
        var selected = item.part.isList && !part.entryStarts.isEmpty ? part.lineRange(ofEntry: item.selection) : nil
        if case .newNote(_, let anchor?)? = state.prompt?.purpose,
           let first = part.lines.firstIndex(where: { $0.anchor == anchor }),
           let last = part.lines.lastIndex(where: { $0.anchor == anchor }) {
            selected = first..<last + 1
        }
        TextBody.draw(part.lines, offset: item.offset, in: text, state: state, selected: selected, into: &grid)
    }
}
