import DocketCore

/// An agenda item: its header, the tab bar of parts, and the current part.
enum ItemView {
    static func draw(_ state: AppState, item: ItemScreen, into grid: inout Grid) {
        for (index, line) in item.layout.header.enumerated() {
            grid.put(line.text, x: 1, y: 1 + index, role: TextBody.role(for: line.style))
        }
        let tabY = state.itemBodyTop(item) - 1
        for tab in state.tabRanges() {
            grid.put(tab.label, x: tab.range.lowerBound, y: tabY, role: tab.part == item.part ? .activeTab : .tab)
        }
        let part = item.layout.part(item.part)
        let selected = item.part.isList && !part.entryStarts.isEmpty ? part.lineRange(ofEntry: item.selection) : nil
        TextBody.draw(part.lines, offset: item.offset, top: state.itemBodyTop(item), height: state.itemBodyHeight(item),
                      state: state, selected: selected, into: &grid)
    }
}
