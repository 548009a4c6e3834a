import DocketCore
import DocketText

/// A picker in a box above the status line: the rows that match what was
/// typed, numbered when the list is short enough for 1–9, marks for rows
/// taken together, the cursor row highlighted, and the typed filter in the title.
enum PickerView {
    static func draw(_ state: AppState, picker: Picker, in area: Area, into grid: inout Grid) {
        let wrapper = TextWrapper(metrics: state.metrics)
        let glyphs = ChromeGlyphs(metrics: state.metrics)
        let shown = picker.shown
        let width = min(76, area.width - 2)
        let visible = max(1, min(max(1, shown.count), area.height - 3))
        let height = visible + 2
        let box = area.resting(width: width, height: height, left: 1)
        let left = box.x, top = box.y
        let position = shown.firstIndex(of: picker.cursor) ?? 0
        let first = max(0, min(position - visible + 1, shown.count - visible))
        let title = picker.filter.isEmpty ? picker.title : "\(picker.title) — \(state.strings.findPrompt)\(picker.filter)"
        Box(box).draw(title: title, glyphs: glyphs, wrapper: wrapper, into: &grid)
        if shown.isEmpty {
            grid.put(wrapper.truncate(state.strings.notFound(picker.filter), width: width - 4), x: left + 2, y: top + 1, role: .muted)
            return
        }
        for (row, place) in (first..<min(shown.count, first + visible)).enumerated() {
            let index = shown[place]
            let y = top + 1 + row
            let isCursor = index == picker.cursor
            if isCursor { grid.fill(x: left + 1, y: y, count: width - 2, role: .selected) }
            let number = picker.takesDigits ? "\(place + 1)" : " "
            let mark = picker.allowsSeveral ? (picker.marked.contains(index) ? "[x] " : "[ ] ") : ""
            grid.put(number, x: left + 2, y: y, role: isCursor ? .selected : .key)
            grid.put(wrapper.truncate(mark + picker.rows[index].label, width: width - 7), x: left + 4, y: y, role: isCursor ? .selected : .normal)
        }
    }
}
