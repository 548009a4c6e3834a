import DocketCore
import DocketText

/// Rows with a selection, for screens whose rows are text (the meeting's
/// record): entries stand in from headings, notices stay at the margin.
enum RowsView {
    static func draw(_ state: AppState, rows: [ScreenRow], cursor: ListCursor, in area: Area, into grid: inout Grid) {
        let wrapper = TextWrapper(metrics: state.metrics)
        for (row, index) in (cursor.offset..<min(rows.count, cursor.offset + area.height)).enumerated() {
            let y = area.y + row
            let line = rows[index]
            let selected = index == cursor.selected
            if selected { grid.fill(x: area.x, y: y, count: area.width, role: .selected) }
            let indent = line.isSelectable && line.style != .notice ? 3 : 1
            let text = wrapper.truncate(line.text, width: max(0, area.width - indent - 1))
            grid.put(text, x: area.x + indent, y: y, role: selected ? .selected : TextBody.role(for: line.style))
            Highlighter.highlight(text, x: area.x + indent, y: y, state: state, isCurrent: state.matchLine == index, into: &grid)
        }
    }
}
