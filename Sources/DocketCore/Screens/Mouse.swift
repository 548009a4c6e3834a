/// The wheel scrolls what is under it; a click selects a row, an entry or a part.
extension AppState {
    static let wheelStep = 3

    mutating func handle(_ event: MouseEvent) {
        switch event {
        case .wheelUp: move(.lines(-AppState.wheelStep))
        case .wheelDown: move(.lines(AppState.wheelStep))
        case .click(let x, let y): click(x: x, y: y)
        }
    }

    private mutating func click(x: Int, y: Int) {
        guard helpOffset == nil, prompt == nil else { return }
        switch screen {
        case .meetings(var cursor):
            cursor.select(cursor.offset + y - AppState.meetingsTop, selectable: meetingRows.map(\.isSelectable), visible: meetingsVisibleRows)
            replaceTop(.meetings(cursor))
        case .agenda(var agenda):
            agenda.cursor.select(agenda.cursor.offset + y - AppState.agendaTop, selectable: agenda.rows.map(\.isSelectable), visible: agendaVisibleRows)
            replaceTop(.agenda(agenda))
        case .item(var item):
            let tabRow = itemBodyTop(item) - 1
            if y == tabRow {
                if let part = tabRanges().first(where: { $0.range.contains(x) })?.part {
                    item.part = part
                    replaceTop(.item(item))
                }
                return
            }
            let line = item.offset + y - itemBodyTop(item)
            if item.part.isList, let entry = item.layout.part(item.part).entry(atLine: line) {
                item.selections[item.part] = entry
                replaceTop(.item(item))
            }
        case .notesOverview(var overview):
            overview.cursor.select(overview.cursor.offset + y - 1, selectable: overview.rows.map(\.isSelectable), visible: bodyHeight)
            replaceTop(.notesOverview(overview))
        case .positionsOverview(var overview):
            overview.cursor.select(overview.cursor.offset + y - 1, selectable: overview.rows.map { _ in true }, visible: bodyHeight)
            replaceTop(.positionsOverview(overview))
        case .meetingRecord(var record):
            record.cursor.select(record.cursor.offset + y - 1, selectable: record.rows.map(\.isSelectable), visible: bodyHeight)
            replaceTop(.meetingRecord(record))
        case .pager:
            break
        }
    }

    /// The tab bar's labels and the columns each takes: " 1 Proposal " and so on.
    public func tabRanges() -> [(part: ItemPart, label: String, range: Range<Int>)] {
        var column = 0
        return ItemPart.allCases.map { part in
            let label = " \(part.rawValue + 1) \(strings.partNames[part] ?? "") "
            let width = metrics.width(of: label)
            defer { column += width + 1 }
            return (part, label, column..<column + width)
        }
    }
}
