import DocketCore

/// Draws laid-out lines into an area, only the visible ones.
enum TextBody {
    static func draw(_ lines: [StyledLine], offset: Int, in area: Area, state: AppState,
                     selected: Range<Int>? = nil, into grid: inout Grid) {
        for row in 0..<area.height {
            let index = offset + row
            guard index < lines.count else { break }
            let line = lines[index]
            let y = area.y + row
            let isSelected = selected?.contains(index) ?? false
            if isSelected { grid.fill(x: area.x, y: y, count: area.width, role: .selected) }
            // Column 0 is the gutter for note markers; text starts after a space.
            let x = area.x + TextBody.left + line.indent
            if line.marked { grid.put(state.noteMarker, x: area.x, y: y, role: isSelected ? .selected : .marker) }
            grid.put(line.text, x: x, y: y, role: isSelected ? .selected : role(for: line.style))
            Highlighter.highlight(line.text, x: x, y: y, state: state, isCurrent: state.matchLine == index, into: &grid)
        }
    }

    static let left = 2

    static func role(for style: StyledLine.Style) -> Role {
        switch style {
        case .body, .clause, .entry: return .normal
        case .heading, .subheading: return .heading
        case .muted, .notice: return .muted
        }
    }
}
