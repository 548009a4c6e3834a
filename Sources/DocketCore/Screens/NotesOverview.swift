/// The notes overview of a meeting: by agenda item, mine and others' shared notes.
extension AppState {
    /// The meeting the top screen is about, if any.
    var currentMeeting: Int? {
        switch screen {
        case .meetings(let cursor):
            if case .meeting(let index)? = meetingRows[safe: cursor.selected] { return index }
            return nil
        case .agenda(let agenda): return agenda.meetingIndex
        case .item(let item): return item.meetingIndex
        case .notesOverview(let overview): return overview.meetingIndex
        case .positionsOverview(let overview): return overview.meetingIndex
        case .meetingRecord(let record): return record.meetingIndex
        case .pager: return nil
        }
    }

    func overviewRows(meetingIndex: Int) -> [NotesOverviewScreen.Row] {
        var rows: [NotesOverviewScreen.Row] = []
        for (itemIndex, item) in store.meetings[meetingIndex].agenda.enumerated() {
            guard let matter = item.matter else { continue }
            let onItem = notes.filter { $0.note.matter == matter }
            guard !onItem.isEmpty else { continue }
            rows.append(.item(itemIndex))
            rows += onItem.map { .note(itemIndex: itemIndex, $0) }
        }
        return rows
    }

    mutating func openNotesOverview() {
        guard let meetingIndex = currentMeeting else { return }
        let rows = overviewRows(meetingIndex: meetingIndex)
        stack.append(.notesOverview(NotesOverviewScreen(meetingIndex: meetingIndex, rows: rows,
                                                        cursor: ListCursor.first(in: rows.map(\.isSelectable)))))
        matchLine = nil
    }

    /// Enter on a note: its item, at the note's place.
    mutating func openFromOverview(_ overview: NotesOverviewScreen) {
        guard case .note(let itemIndex, let visible)? = overview.rows[safe: overview.cursor.selected] else { return }
        openItem(meetingIndex: overview.meetingIndex, itemIndex: itemIndex, part: .notes)
        showPlace(of: visible)
    }

    /// The overview follows the notes when they change.
    mutating func refreshOverviews() {
        stack = stack.map { screen in
            guard case .notesOverview(var overview) = screen else { return screen }
            overview.rows = overviewRows(meetingIndex: overview.meetingIndex)
            let selectable = overview.rows.map(\.isSelectable)
            if !selectable.indices.contains(overview.cursor.selected) || !selectable[overview.cursor.selected] {
                overview.cursor = ListCursor.first(in: selectable, from: overview.cursor.selected)
            }
            return .notesOverview(overview)
        }
    }

    func searchableText(of row: NotesOverviewScreen.Row, in meetingIndex: Int) -> String {
        switch row {
        case .item(let itemIndex):
            let item = store.meetings[meetingIndex].agenda[itemIndex]
            return "\(item.number). \(title(of: item))"
        case .note(_, let visible):
            return visible.note.text
        }
    }
}
