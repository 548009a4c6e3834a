/// What the views draw for a screen. Simple screens share a look (text that
/// scrolls, rows with a selection), so a new one needs no view of its own.
public enum ScreenLook: Sendable, Equatable {
    case meetings(MeetingsScreen)
    case agenda(AgendaScreen)
    case item(ItemScreen)
    case notesOverview(NotesOverviewScreen)
    case positionsOverview(PositionsOverviewScreen)
    case search(SearchScreen)
    case rows([ScreenRow], cursor: ListCursor)
    case text([StyledLine], offset: Int)
}

/// One row of a rows look: its text, its style, and whether it can be selected.
public struct ScreenRow: Sendable, Equatable {
    public let text: String
    public let style: StyledLine.Style
    public let isSelectable: Bool
}
