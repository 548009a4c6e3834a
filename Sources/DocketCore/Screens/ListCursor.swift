/// Selection and scroll position in a list whose rows may include headings
/// that cannot be selected.
public struct ListCursor: Sendable, Equatable {
    public var selected: Int
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// The first selectable row at or after `start` (or before it, if none after).
    public static func first(in selectable: [Bool], from start: Int = 0) -> ListCursor {
        let index = selectable.indices.first { $0 >= start && selectable[$0] }
            ?? selectable.indices.last { selectable[$0] } ?? 0
        return ListCursor(selected: index, offset: 0)
    }

    /// Moves by `delta` selectable rows, stopping at the ends.
    public mutating func move(by delta: Int, selectable: [Bool], visible: Int) {
        guard !selectable.isEmpty else { return }
        var index = selected
        var remaining = abs(delta)
        let step = delta < 0 ? -1 : 1
        var probe = index
        while remaining > 0 {
            probe += step
            guard probe >= 0, probe < selectable.count else { break }
            if selectable[probe] { index = probe; remaining -= 1 }
        }
        selected = index
        reveal(visible: visible, rows: selectable.count)
    }

    public mutating func select(_ row: Int, selectable: [Bool], visible: Int) {
        guard row >= 0, row < selectable.count, selectable[row] else { return }
        selected = row
        reveal(visible: visible, rows: selectable.count)
    }

    public mutating func toTop(selectable: [Bool], visible: Int) {
        self = ListCursor.first(in: selectable)
        offset = 0
    }

    public mutating func toBottom(selectable: [Bool], visible: Int) {
        if let last = selectable.indices.last(where: { selectable[$0] }) { selected = last }
        offset = max(0, selectable.count - visible)
        reveal(visible: visible, rows: selectable.count)
    }

    /// Keeps the selection on screen, and the heading just above it when there is room.
    public mutating func reveal(visible: Int, rows: Int) {
        guard visible > 0 else { return }
        if selected < offset + 1 { offset = max(0, selected - 1) }
        if selected >= offset + visible { offset = selected - visible + 1 }
        offset = max(0, min(offset, max(0, rows - visible)))
        if selected < offset { offset = selected }
    }
}
