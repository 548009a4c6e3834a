import DocketModel

/// A row of an agenda: a section heading or an item.
public enum AgendaRow: Sendable, Equatable {
    case heading(String)
    case item(Int)

    public var isSelectable: Bool { if case .item = self { return true } else { return false } }
}

/// A meeting's agenda: items under their section headings.
public struct AgendaScreen: ListScreenUnit, Equatable {
    public let meetingIndex: Int
    public internal(set) var rows: [AgendaRow]
    public var cursor: ListCursor

    public var selectedItem: Int? {
        if case .item(let index)? = rows[safe: cursor.selected] { return index }
        return nil
    }

    var screen: Screen { .agenda(self) }
    var agendaItem: Int? { selectedItem }
    var firstRow: Int { AppState.agendaTop }

    func look(in state: AppState) -> ScreenLook { .agenda(self) }
    func meetingIndex(in state: AppState) -> Int? { meetingIndex }
    func crumbs(in state: AppState, below: Screen?) -> [String] { [state.longDate(state.store.meetings[meetingIndex].date)] }
    func selectable(in state: AppState) -> [Bool] { rows.map(\.isSelectable) }
    func visibleRows(in state: AppState) -> Int { state.agendaVisibleRows }
    func openRefusal(in state: AppState) -> String? { nil }

    func searchableLines(in state: AppState) -> [String] {
        let meeting = state.store.meetings[meetingIndex]
        return rows.map { state.searchableText(of: $0, in: meeting) }
    }

    func open(in state: inout AppState) -> [Effect] {
        guard let itemIndex = selectedItem else { return [] }
        state.openItem(meetingIndex: meetingIndex, itemIndex: itemIndex, part: .proposal)
        return []
    }

    /// Agenda changes move items: the rows follow and the cursor stays on the same item.
    func refreshed(for change: ScreenRefresh, in state: AppState) -> Screen {
        guard case .records(let before) = change else { return screen }
        var copy = self
        let selected = selectedItem.map { state.itemIndex(movedFrom: $0, meetingIndex: meetingIndex, before: before) }
        copy.rows = AppState.agendaRows(for: state.store.meetings[meetingIndex])
        if let selected, let row = copy.rows.firstIndex(of: .item(selected)) {
            copy.cursor.select(row, selectable: copy.rows.map(\.isSelectable), visible: state.agendaVisibleRows)
        }
        return copy.screen
    }

    /// The same agenda with the cursor on an item, when it is there.
    func selecting(item itemIndex: Int, in state: AppState) -> AgendaScreen {
        var copy = self
        if let row = rows.firstIndex(of: .item(itemIndex)) {
            copy.cursor.select(row, selectable: rows.map(\.isSelectable), visible: state.agendaVisibleRows)
        }
        return copy
    }
}
