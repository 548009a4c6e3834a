import DocketText

/// A bordered box over the screen with a title in its top border: the help
/// overlay, menus, pickers and the roll call all draw one.
struct Box {
    let left: Int
    let top: Int
    let width: Int
    let height: Int

    init(left: Int, top: Int, width: Int, height: Int) {
        self.left = left
        self.top = top
        self.width = width
        self.height = height
    }

    init(_ area: Area) {
        self.init(left: area.x, top: area.y, width: area.width, height: area.height)
    }

    /// Clears the box's cells, draws its border and title.
    func draw(title: String, glyphs: ChromeGlyphs, wrapper: TextWrapper, into grid: inout Grid) {
        for y in top..<top + height { grid.fill(x: left, y: y, count: width, role: .normal) }
        let horizontal = String(repeating: glyphs.horizontal, count: max(0, width - 2))
        grid.put(glyphs.corners.0 + horizontal + glyphs.corners.1, x: left, y: top, role: .border)
        grid.put(glyphs.corners.2 + horizontal + glyphs.corners.3, x: left, y: top + height - 1, role: .border)
        for y in top + 1..<max(top + 1, top + height - 1) {
            grid.put(glyphs.vertical, x: left, y: y, role: .border)
            grid.put(glyphs.vertical, x: left + width - 1, y: y, role: .border)
        }
        grid.put(" " + wrapper.truncate(title, width: max(0, width - 6)) + " ", x: left + 2, y: top, role: .heading)
    }
}
