import DocketCore
import DocketText

/// The meeting's record as a list: attendance, officials, checkers, agenda
/// changes, approval, and the checks' warnings at the end.
enum MeetingRecordView {
    static func draw(_ state: AppState, screen: MeetingRecordScreen, into grid: inout Grid) {
        let wrapper = TextWrapper(metrics: state.metrics)
        for (row, index) in (screen.cursor.offset..<min(screen.rows.count, screen.cursor.offset + state.bodyHeight)).enumerated() {
            let y = 1 + row
            let line = screen.rows[index]
            let selected = index == screen.cursor.selected
            if selected { grid.fill(y: y, role: .selected) }
            let indent = line.isSelectable && line.style != .notice ? 3 : 1
            let text = wrapper.truncate(line.text, width: max(0, grid.width - indent - 1))
            grid.put(text, x: indent, y: y, role: selected ? .selected : TextBody.role(for: line.style))
            Highlighter.highlight(text, x: indent, y: y, state: state, isCurrent: state.matchLine == index, into: &grid)
        }
    }
}
