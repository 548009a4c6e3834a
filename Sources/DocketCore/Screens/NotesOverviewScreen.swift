import DocketModel

/// My notes, and others' shared ones, on every item of one meeting.
public struct NotesOverviewScreen: ListScreenUnit, Equatable {
    public enum Row: Sendable, Equatable {
        case item(Int)
        case note(itemIndex: Int, VisibleNote)

        public var isSelectable: Bool { if case .note = self { return true } else { return false } }
    }

    public let meetingIndex: Int
    public var rows: [Row]
    public var cursor: ListCursor

    var screen: Screen { .notesOverview(self) }

    static func opened(in state: AppState) -> Result<Screen, Refusal> {
        guard let meetingIndex = state.currentMeeting else { return .failure(Refusal(reason: state.strings.nothingToOpen)) }
        let rows = rows(in: state, meetingIndex: meetingIndex)
        return .success(.notesOverview(NotesOverviewScreen(meetingIndex: meetingIndex, rows: rows,
                                                           cursor: ListCursor.first(in: rows.map(\.isSelectable)))))
    }

    static func rows(in state: AppState, meetingIndex: Int) -> [Row] {
        var rows: [Row] = []
        for (itemIndex, item) in state.store.meetings[meetingIndex].agenda.enumerated() {
            guard let matter = item.matter else { continue }
            let onItem = state.notes.filter { $0.note.matter == matter }
            guard !onItem.isEmpty else { continue }
            rows.append(.item(itemIndex))
            rows += onItem.map { .note(itemIndex: itemIndex, $0) }
        }
        return rows
    }

    func look(in state: AppState) -> ScreenLook { .notesOverview(self) }
    func meetingIndex(in state: AppState) -> Int? { meetingIndex }
    func selectable(in state: AppState) -> [Bool] { rows.map(\.isSelectable) }

    func crumbs(in state: AppState, below: Screen?) -> [String] {
        state.crumbs(meetingIndex: meetingIndex, below: below) + [state.strings.notesOverviewTitle]
    }

    func searchableLines(in state: AppState) -> [String] {
        rows.map { row in
            switch row {
            case .item(let itemIndex):
                let item = state.store.meetings[meetingIndex].agenda[itemIndex]
                return "\(item.printedNumber). \(state.title(of: item))"
            case .note(_, let visible):
                return visible.note.text
            }
        }
    }

    func openRefusal(in state: AppState) -> String? { rows.contains(where: \.isSelectable) ? nil : state.strings.nothingToOpen }

    /// Enter on a note: its item, at the note's place.
    func open(in state: inout AppState) -> [Effect] {
        guard case .note(let itemIndex, let visible)? = rows[safe: cursor.selected] else { return [] }
        state.openItem(meetingIndex: meetingIndex, itemIndex: itemIndex, part: .notes)
        state.showPlace(of: visible)
        return []
    }

    /// The overview follows the notes when they change.
    func refreshed(for change: ScreenRefresh, in state: AppState) -> Screen {
        guard case .notes = change else { return screen }
        var copy = self
        copy.rows = NotesOverviewScreen.rows(in: state, meetingIndex: meetingIndex)
        let selectable = copy.rows.map(\.isSelectable)
        if !selectable.indices.contains(cursor.selected) || !selectable[cursor.selected] {
            copy.cursor = ListCursor.first(in: selectable, from: cursor.selected)
        }
        return copy.screen
    }
}
