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
            helpOffset = AppState.scrolled(offset, movement, lines: HelpContent.lineCount(keymap: keymap, strings: strings), visible: helpVisibleRows)
            return
        }
        switch screen {
        case .meetings(var cursor):
            AppState.moveCursor(&cursor, movement, selectable: meetingRows.map(\.isSelectable), visible: meetingsVisibleRows)
            replaceTop(.meetings(cursor))
        case .agenda(var agenda):
            AppState.moveCursor(&agenda.cursor, movement, selectable: agenda.rows.map(\.isSelectable), visible: agendaVisibleRows)
            replaceTop(.agenda(agenda))
        case .item(var item):
            let visible = itemBodyHeight(item)
            let part = item.layout.part(item.part)
            if item.part.isList && !part.entryStarts.isEmpty {
                var selection = item.selection
                switch movement {
                case .lines(let count): selection += count
                case .pages(let count): selection += count * max(1, visible / 3)
                case .top: selection = 0
                case .bottom: selection = part.entryStarts.count - 1
                }
                item.selections[item.part] = max(0, min(selection, part.entryStarts.count - 1))
                item.offsets[item.part] = AppState.revealing(part.lineRange(ofEntry: item.selection), offset: item.offset,
                                                             visible: visible, lines: part.lines.count)
            } else {
                item.offsets[item.part] = AppState.scrolled(item.offset, movement, lines: part.lines.count, visible: visible)
            }
            replaceTop(.item(item))
        case .pager(var pager):
            pager.offset = AppState.scrolled(pager.offset, movement, lines: pager.lines.count, visible: pagerBodyHeight)
            replaceTop(.pager(pager))
        case .notesOverview(var overview):
            AppState.moveCursor(&overview.cursor, movement, selectable: overview.rows.map(\.isSelectable), visible: bodyHeight)
            replaceTop(.notesOverview(overview))
        case .positionsOverview(var overview):
            AppState.moveCursor(&overview.cursor, movement, selectable: overview.rows.map { _ in true }, visible: bodyHeight)
            replaceTop(.positionsOverview(overview))
        case .meetingRecord(var record):
            AppState.moveCursor(&record.cursor, movement, selectable: record.rows.map(\.isSelectable), visible: bodyHeight)
            replaceTop(.meetingRecord(record))
        }
    }

    mutating func replaceTop(_ screen: Screen) {
        stack[stack.count - 1] = screen
    }

    static func moveCursor(_ cursor: inout ListCursor, _ movement: Movement, selectable: [Bool], visible: Int) {
        switch movement {
        case .lines(let count): cursor.move(by: count, selectable: selectable, visible: visible)
        case .pages(let count): cursor.move(by: count * max(1, visible - 1), selectable: selectable, visible: visible)
        case .top: cursor.toTop(selectable: selectable, visible: visible)
        case .bottom: cursor.toBottom(selectable: selectable, visible: visible)
        }
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

    public var helpVisibleRows: Int { max(1, height - 4) }
}
