import DocketCore
import DocketText

/// A picker in a box above the status line: numbered rows (1–9 take one at
/// once), marks for rows taken together, the cursor row highlighted.
enum PickerView {
    static func draw(_ state: AppState, picker: Picker, in area: Area, into grid: inout Grid) {
        let wrapper = TextWrapper(metrics: state.metrics)
        let glyphs = ChromeGlyphs(metrics: state.metrics)
        let width = min(76, area.width - 2)
        let visible = max(1, min(picker.rows.count, area.height - 3))
        let height = visible + 2
        let box = area.resting(width: width, height: height, left: 1)
        let left = box.x, top = box.y
        let first = max(0, min(picker.cursor - visible + 1, picker.rows.count - visible))
        Box(box).draw(title: picker.title, glyphs: glyphs, wrapper: wrapper, into: &grid)
        for (row, index) in (first..<min(picker.rows.count, first + visible)).enumerated() {
            let y = top + 1 + row
            let isCursor = index == picker.cursor
            if isCursor { grid.fill(x: left + 1, y: y, count: width - 2, role: .selected) }
            let number = index < 9 ? "\(index + 1)" : " "
            let mark = picker.allowsSeveral ? (picker.marked.contains(index) ? "[x] " : "[ ] ") : ""
            grid.put(number, x: left + 2, y: y, role: isCursor ? .selected : .key)
            grid.put(wrapper.truncate(mark + picker.rows[index].label, width: width - 7), x: left + 4, y: y, role: isCursor ? .selected : .normal)
        }
    }
}
