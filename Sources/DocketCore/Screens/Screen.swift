import DocketModel

/// A screen on the navigation stack.
public enum Screen: Sendable, Equatable {
    case meetings(ListCursor)
    case agenda(AgendaScreen)
    case item(ItemScreen)
    case pager(PagerScreen)
    case notesOverview(NotesOverviewScreen)
    case positionsOverview(PositionsOverviewScreen)
    case meetingRecord(MeetingRecordScreen)
}

/// A row of the meetings list: a heading (Upcoming, Past) or a meeting.
public enum MeetingRow: Sendable, Equatable {
    case heading(String)
    case meeting(Int)

    public var isSelectable: Bool { if case .meeting = self { return true } else { return false } }
}

/// A row of an agenda: a section heading or an item.
public enum AgendaRow: Sendable, Equatable {
    case heading(String)
    case item(Int)

    public var isSelectable: Bool { if case .item = self { return true } else { return false } }
}

public struct AgendaScreen: Sendable, Equatable {
    public let meetingIndex: Int
    public internal(set) var rows: [AgendaRow]
    public var cursor: ListCursor

    public var selectedItem: Int? {
        if case .item(let index)? = rows[safe: cursor.selected] { return index }
        return nil
    }
}

public struct ItemScreen: Sendable, Equatable {
    public let meetingIndex: Int
    /// Follows the item when the agenda changes at the meeting.
    public internal(set) var itemIndex: Int
    public var part: ItemPart
    /// First visible line of each part.
    public var offsets: [ItemPart: Int]
    /// Selected entry of each list part.
    public var selections: [ItemPart: Int]
    public var layout: ItemLayout

    public var offset: Int { offsets[part] ?? 0 }
    public var selection: Int { selections[part] ?? 0 }
    public var lines: [StyledLine] { layout.part(part).lines }
}

/// My notes, and others' shared ones, on every item of one meeting.
public struct NotesOverviewScreen: Sendable, Equatable {
    public enum Row: Sendable, Equatable {
        case item(Int)
        case note(itemIndex: Int, VisibleNote)

        public var isSelectable: Bool { if case .note = self { return true } else { return false } }
    }

    public let meetingIndex: Int
    public var rows: [Row]
    public var cursor: ListCursor
}

public struct PagerScreen: Sendable, Equatable {
    public let title: String
    public let text: String
    public var lines: [StyledLine]
    public var offset: Int
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
