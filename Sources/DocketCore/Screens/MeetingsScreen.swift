/// The meetings list, at the bottom of the stack: upcoming, then past.
public struct MeetingsScreen: ListScreenUnit, Equatable {
    public var cursor: ListCursor

    public init(cursor: ListCursor) {
        self.cursor = cursor
    }

    var screen: Screen { .meetings(self) }
    var firstRow: Int { AppState.meetingsTop }

    func look(in state: AppState) -> ScreenLook { .meetings(self) }

    func meetingIndex(in state: AppState) -> Int? {
        if case .meeting(let index)? = state.meetingRows[safe: cursor.selected] { return index }
        return nil
    }

    func crumbs(in state: AppState, below: Screen?) -> [String] { [] }
    func selectable(in state: AppState) -> [Bool] { state.meetingRows.map(\.isSelectable) }
    func visibleRows(in state: AppState) -> Int { state.meetingsVisibleRows }
    func searchableLines(in state: AppState) -> [String] { state.meetingRows.map { state.searchableText(of: $0) } }
    func openRefusal(in state: AppState) -> String? { nil }

    func open(in state: inout AppState) -> [Effect] {
        guard let index = meetingIndex(in: state) else { return [] }
        state.openAgenda(meetingIndex: index, itemIndex: nil)
        return []
    }
}

/// A row of the meetings list: a heading (Upcoming, Past) or a meeting.
public enum MeetingRow: Sendable, Equatable {
    case heading(String)
    case meeting(Int)

    public var isSelectable: Bool { if case .meeting = self { return true } else { return false } }
}
