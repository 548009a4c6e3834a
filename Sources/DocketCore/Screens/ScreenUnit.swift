import DocketModel

/// What every screen on the stack knows about itself: how it moves, where a
/// click lands, what find searches, its place in the title bar, what Enter
/// opens, and how it follows a change. `Screen.unit` maps each case to its
/// unit, so nothing outside a screen's own file switches over screens.
protocol ScreenUnit: Sendable {
    /// The case of `Screen` holding this unit.
    var screen: Screen { get }
    /// How the views draw it.
    func look(in state: AppState) -> ScreenLook
    /// The meeting it is about, if any.
    func meetingIndex(in state: AppState) -> Int?
    /// The agenda item it is on or has selected, if any.
    var agendaItem: Int? { get }
    /// Its words in the title bar's trail, given the screen below it.
    func crumbs(in state: AppState, below: Screen?) -> [String]
    /// Key contexts, most specific first.
    func contexts(in state: AppState) -> [KeyContext]
    /// The text of each line or row, in display order, for find.
    func searchableLines(in state: AppState) -> [String]
    /// Where find starts: the selection in lists, the top visible line in text.
    func currentLine(in state: AppState) -> Int
    func moved(_ movement: Movement, in state: AppState) -> Screen
    func clicked(x: Int, y: Int, in state: AppState) -> Screen
    /// The screen with a line (of its searchable lines) brought into view.
    func showing(line: Int, in state: AppState) -> Screen
    /// The screen after what it shows changed.
    func refreshed(for change: ScreenRefresh, in state: AppState) -> Screen
    /// Why Enter does nothing here, or nil.
    func openRefusal(in state: AppState) -> String?
    /// Enter: what the selection opens.
    func open(in state: inout AppState) -> [Effect]
}

/// What changed under the screens.
public enum ScreenRefresh: Sendable {
    case notes
    case positions
    /// Records (and so agendas) changed; `before` holds the meetings as they were.
    case records(before: [Meeting])
    case resized
    /// Matters not read at the start were read.
    case matters
}

/// Defaults: most screens ignore most changes and open nothing.
extension ScreenUnit {
    func meetingIndex(in state: AppState) -> Int? { nil }
    var agendaItem: Int? { nil }
    func contexts(in state: AppState) -> [KeyContext] { [.list, .navigation, .global] }
    func refreshed(for change: ScreenRefresh, in state: AppState) -> Screen { screen }
    func openRefusal(in state: AppState) -> String? { state.strings.nothingToOpen }
    func open(in state: inout AppState) -> [Effect] { [] }
}

/// A list of rows, some of which (headings) cannot be selected.
protocol ListScreenUnit: ScreenUnit {
    var cursor: ListCursor { get set }
    func selectable(in state: AppState) -> [Bool]
    /// How many rows fit.
    func visibleRows(in state: AppState) -> Int
    /// The screen row of the list's first row.
    var firstRow: Int { get }
}

extension ListScreenUnit {
    var firstRow: Int { 1 }
    func visibleRows(in state: AppState) -> Int { state.bodyHeight }
    func currentLine(in state: AppState) -> Int { cursor.selected }

    func moved(_ movement: Movement, in state: AppState) -> Screen {
        var copy = self
        let selectable = selectable(in: state), visible = visibleRows(in: state)
        switch movement {
        case .lines(let count): copy.cursor.move(by: count, selectable: selectable, visible: visible)
        case .pages(let count): copy.cursor.move(by: count * max(1, visible - 1), selectable: selectable, visible: visible)
        case .top: copy.cursor.toTop(selectable: selectable, visible: visible)
        case .bottom: copy.cursor.toBottom(selectable: selectable, visible: visible)
        }
        return copy.screen
    }

    func clicked(x: Int, y: Int, in state: AppState) -> Screen {
        showing(line: cursor.offset + y - firstRow, in: state)
    }

    /// Selects the row when it can be selected; headings are left alone.
    func showing(line: Int, in state: AppState) -> Screen {
        var copy = self
        copy.cursor.select(line, selectable: selectable(in: state), visible: visibleRows(in: state))
        return copy.screen
    }
}

/// Text that scrolls: no selection, only an offset.
protocol TextScreenUnit: ScreenUnit {
    var offset: Int { get set }
    var lines: [StyledLine] { get }
}

extension TextScreenUnit {
    func look(in state: AppState) -> ScreenLook { .text(lines, offset: offset) }
    func searchableLines(in state: AppState) -> [String] { lines.map(\.text) }
    func currentLine(in state: AppState) -> Int { offset }
    func contexts(in state: AppState) -> [KeyContext] { [.pager, .navigation, .global] }

    func moved(_ movement: Movement, in state: AppState) -> Screen {
        var copy = self
        copy.offset = AppState.scrolled(offset, movement, lines: lines.count, visible: state.textBodyHeight)
        return copy.screen
    }

    func clicked(x: Int, y: Int, in state: AppState) -> Screen { screen }

    func showing(line: Int, in state: AppState) -> Screen {
        var copy = self
        copy.offset = AppState.showing(line, offset: offset, visible: state.textBodyHeight, lines: lines.count)
        return copy.screen
    }
}

extension AppState {
    /// The meeting the top screen is about, if any.
    var currentMeeting: Int? { screen.unit.meetingIndex(in: self) }

    /// A meeting's date in the title bar's trail when the screen below does not already show it.
    func crumbs(meetingIndex: Int, below: Screen?) -> [String] {
        guard case .meetings? = below else { return [] }
        return [longDate(store.meetings[meetingIndex].date)]
    }

    /// Where an item is after agenda changes: found by id, else the nearest place.
    func itemIndex(movedFrom itemIndex: Int, meetingIndex: Int, before: [Meeting]) -> Int {
        let id = before[meetingIndex].agenda[itemIndex].id
        let agenda = store.meetings[meetingIndex].agenda
        return agenda.firstIndex { $0.id == id } ?? min(itemIndex, agenda.count - 1)
    }
}
