import DocketCore
import DocketText

/// The keys, generated from the keymap, in a box over the screen.
enum HelpOverlay {
    static let keyColumn = 23

    static func draw(_ state: AppState, offset: Int, in area: Area, into grid: inout Grid) {
        let glyphs = ChromeGlyphs(metrics: state.metrics)
        let lines = HelpContent.lines(for: state)
        // Wider on a wide terminal, so that a key's words and its menu fit on its line.
        let boxWidth = min(max(64, area.width * 3 / 4), 110, area.width - 4)
        let visible = state.helpVisibleRows
        let boxHeight = min(lines.count, visible) + 2
        let box = area.centred(width: boxWidth, height: boxHeight)
        let left = box.x, top = box.y
        let wrapper = TextWrapper(metrics: state.metrics)

        Box(box).draw(title: state.strings.helpTitle, glyphs: glyphs, wrapper: wrapper, into: &grid)

        let inner = boxWidth - 4
        for (row, line) in lines.dropFirst(offset).prefix(boxHeight - 2).enumerated() {
            let y = top + 1 + row
            if line.isSection {
                grid.put(wrapper.truncate(line.text.uppercased(), width: inner), x: left + 2, y: y, role: .activeTab)
            } else if line.isHeading {
                grid.put(wrapper.truncate(line.text, width: inner), x: left + 2, y: y, role: .heading)
            } else {
                grid.put(wrapper.truncate(line.keys, width: keyColumn - 1), x: left + 2, y: y, role: .key)
                grid.put(wrapper.truncate(line.text, width: max(0, inner - keyColumn)), x: left + 2 + keyColumn, y: y, limit: left + boxWidth - 2)
            }
        }
    }
}
