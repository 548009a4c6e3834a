/// Moving within the top screen: selections in lists, scroll offsets in text.
enum Movement {
    case lines(Int)
    case pages(Int)
    case top
    case bottom
}

extension AppState {
    mutating func move(_ movement: Movement) {
        if let offset = helpOffset {
            helpOffset = AppState.scrolled(offset, movement, lines: HelpContent.lines(for: self).count, visible: helpVisibleRows)
            return
        }
        replaceTop(screen.unit.moved(movement, in: self))
    }

    mutating func replaceTop(_ screen: Screen) {
        stack[stack.count - 1] = screen
    }

    /// Every screen on the stack follows a change under it.
    mutating func refreshScreens(for change: ScreenRefresh) {
        stack = stack.map { $0.unit.refreshed(for: change, in: self) }
    }

    /// A text offset after a movement, kept within the text.
    static func scrolled(_ offset: Int, _ movement: Movement, lines: Int, visible: Int) -> Int {
        let last = max(0, lines - visible)
        let moved: Int
        switch movement {
        case .lines(let count): moved = offset + count
        case .pages(let count): moved = offset + count * max(1, visible - 1)
        case .top: moved = 0
        case .bottom: moved = last
        }
        return max(0, min(moved, last))
    }

    /// The offset that shows `range` (as much of it as fits), moving as little as possible.
    static func revealing(_ range: Range<Int>, offset: Int, visible: Int, lines: Int) -> Int {
        var result = offset
        if range.lowerBound < result { result = range.lowerBound }
        if range.upperBound > result + visible { result = min(range.lowerBound, range.upperBound - visible) }
        return max(0, min(result, max(0, lines - visible)))
    }

    /// Leaves the offset alone when the line is visible; otherwise puts it a third of the way down.
    static func showing(_ line: Int, offset: Int, visible: Int, lines: Int) -> Int {
        if line >= offset && line < offset + visible { return offset }
        return max(0, min(line - visible / 3, max(0, lines - visible)))
    }

    public var helpVisibleRows: Int { max(1, height - 4) }
}
