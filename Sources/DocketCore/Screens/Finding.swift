import DocketText

/// `/` finds text on the current screen; `n` and `N` move between matches.
/// Matching is per grapheme and case-insensitive the Swedish way (Å = å, never å = a).
extension AppState {
    mutating func confirmFind(_ text: String) {
        guard !text.isEmpty else { return }
        query = text
        matchLine = nil
        findAgain(forward: true, includingCurrent: true)
    }

    mutating func findAgain(forward: Bool, includingCurrent: Bool = false) {
        guard let query else { return }
        let lines = searchableLines()
        let matching = lines.indices.filter { TextSearch.contains(query, in: lines[$0]) }
        guard !matching.isEmpty else {
            matchLine = nil
            status = strings.notFound(query)
            return
        }
        let origin = matchLine ?? currentLine()
        let next: Int?
        if forward {
            next = matching.first { includingCurrent && matchLine == nil ? $0 >= origin : $0 > origin }
        } else {
            next = matching.last { $0 < origin }
        }
        let line = next ?? (forward ? matching.first! : matching.last!)
        matchLine = line
        let position = matching.firstIndex(of: line)! + 1
        status = strings.matchOf(position, matching.count) + (next == nil ? " " + strings.wrappedAround : "")
        show(line: line)
    }

    /// The text of each line or row of the top screen, in display order.
    func searchableLines() -> [String] {
        switch screen {
        case .meetings: return meetingRows.map { searchableText(of: $0) }
        case .agenda(let agenda):
            let meeting = store.meetings[agenda.meetingIndex]
            return agenda.rows.map { searchableText(of: $0, in: meeting) }
        case .item(let item): return item.lines.map(\.text)
        case .pager(let pager): return pager.lines.map(\.text)
        case .notesOverview(let overview): return overview.rows.map { searchableText(of: $0, in: overview.meetingIndex) }
        case .positionsOverview(let overview):
            let meeting = store.meetings[overview.meetingIndex]
            return overview.rows.map { searchableText(of: .item($0), in: meeting) }
        case .meetingRecord(let record): return record.rows.map(\.text)
        }
    }

    /// Where a search starts: the selection in lists, the top visible line in text.
    private func currentLine() -> Int {
        switch screen {
        case .meetings(let cursor): return cursor.selected
        case .agenda(let agenda): return agenda.cursor.selected
        case .item(let item):
            if item.part.isList { return item.layout.part(item.part).entryStarts[safe: item.selection] ?? 0 }
            return item.offset
        case .pager(let pager): return pager.offset
        case .notesOverview(let overview): return overview.cursor.selected
        case .positionsOverview(let overview): return overview.cursor.selected
        case .meetingRecord(let record): return record.cursor.selected
        }
    }

    /// Brings a line into view: selects its row or entry, or scrolls the text to it.
    private mutating func show(line: Int) {
        switch screen {
        case .meetings(var cursor):
            let selectable = meetingRows.map(\.isSelectable)
            if selectable[line] { cursor.select(line, selectable: selectable, visible: meetingsVisibleRows) }
            replaceTop(.meetings(cursor))
        case .agenda(var agenda):
            let selectable = agenda.rows.map(\.isSelectable)
            if selectable[line] { agenda.cursor.select(line, selectable: selectable, visible: agendaVisibleRows) }
            replaceTop(.agenda(agenda))
        case .item(var item):
            let part = item.layout.part(item.part)
            let visible = itemBodyHeight(item)
            if item.part.isList, let entry = part.entry(atLine: line) { item.selections[item.part] = entry }
            item.offsets[item.part] = AppState.showing(line, offset: item.offset, visible: visible, lines: part.lines.count)
            replaceTop(.item(item))
        case .pager(var pager):
            pager.offset = AppState.showing(line, offset: pager.offset, visible: pagerBodyHeight, lines: pager.lines.count)
            replaceTop(.pager(pager))
        case .notesOverview(var overview):
            overview.cursor.select(line, selectable: overview.rows.map(\.isSelectable), visible: bodyHeight)
            replaceTop(.notesOverview(overview))
        case .positionsOverview(var overview):
            overview.cursor.select(line, selectable: overview.rows.map { _ in true }, visible: bodyHeight)
            replaceTop(.positionsOverview(overview))
        case .meetingRecord(var record):
            record.cursor.select(line, selectable: record.rows.map(\.isSelectable), visible: bodyHeight)
            replaceTop(.meetingRecord(record))
        }
    }

    /// Leaves the offset alone when the line is visible; otherwise puts it a third of the way down.
    static func showing(_ line: Int, offset: Int, visible: Int, lines: Int) -> Int {
        if line >= offset && line < offset + visible { return offset }
        return max(0, min(line - visible / 3, max(0, lines - visible)))
    }
}
