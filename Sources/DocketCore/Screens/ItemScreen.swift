/// An agenda item: its header, the tab bar of parts, and the current part,
/// which is text that scrolls (Proposal, Report) or a list of entries.
public struct ItemScreen: ScreenUnit, Equatable {
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

    var screen: Screen { .item(self) }
    var agendaItem: Int? { itemIndex }
    /// Whether the current part has entries to select.
    private var hasEntries: Bool { part.isList && !layout.part(part).entryStarts.isEmpty }

    func look(in state: AppState) -> ScreenLook { .item(self) }
    func meetingIndex(in state: AppState) -> Int? { meetingIndex }
    func contexts(in state: AppState) -> [KeyContext] { [.item, .list, .navigation, .global] }
    func searchableLines(in state: AppState) -> [String] { lines.map(\.text) }

    func crumbs(in state: AppState, below: Screen?) -> [String] {
        let meeting = state.store.meetings[meetingIndex]
        return [state.strings.itemOf(meeting.agenda[itemIndex].printedNumber, meeting.agenda.count)]
    }

    func currentLine(in state: AppState) -> Int {
        part.isList ? layout.part(part).entryStarts[safe: selection] ?? 0 : offset
    }

    /// Lists move entry by entry and keep the selected entry in view; text scrolls.
    func moved(_ movement: Movement, in state: AppState) -> Screen {
        var copy = self
        let visible = state.itemBodyHeight(self)
        let laidOut = layout.part(part)
        guard hasEntries else {
            copy.offsets[part] = AppState.scrolled(offset, movement, lines: laidOut.lines.count, visible: visible)
            return copy.screen
        }
        var entry = selection
        switch movement {
        case .lines(let count): entry += count
        case .pages(let count): entry += count * max(1, visible / 3)
        case .top: entry = 0
        case .bottom: entry = laidOut.entryStarts.count - 1
        }
        copy.selections[part] = max(0, min(entry, laidOut.entryStarts.count - 1))
        copy.offsets[part] = AppState.revealing(laidOut.lineRange(ofEntry: copy.selection), offset: offset,
                                                visible: visible, lines: laidOut.lines.count)
        return copy.screen
    }

    /// A click on a tab shows its part; on an entry, selects it.
    func clicked(x: Int, y: Int, in state: AppState) -> Screen {
        var copy = self
        let top = state.itemBodyTop(self)
        if y == top - 1 {
            if let tab = state.tabRanges().first(where: { $0.range.contains(x) }) { copy.part = tab.part }
        } else if part.isList, let entry = layout.part(part).entry(atLine: offset + y - top) {
            copy.selections[part] = entry
        }
        return copy.screen
    }

    func showing(line: Int, in state: AppState) -> Screen {
        var copy = self
        let laidOut = layout.part(part)
        if part.isList, let entry = laidOut.entry(atLine: line) { copy.selections[part] = entry }
        copy.offsets[part] = AppState.showing(line, offset: offset, visible: state.itemBodyHeight(self), lines: laidOut.lines.count)
        return copy.screen
    }

    func openRefusal(in state: AppState) -> String? { hasEntries ? nil : state.strings.nothingToOpen }

    func open(in state: inout AppState) -> [Effect] {
        guard let target = layout.part(part).targets[safe: selection] else { return [] }
        switch target {
        case .none:
            state.status = state.strings.onlyMeetingsOpen
        case .agenda(let meetingIndex, let itemIndex):
            state.openAgenda(meetingIndex: meetingIndex, itemIndex: itemIndex)
        case .attachment(let attachment):
            return state.open(attachment)
        case .note(let visible):
            state.showPlace(of: visible)
        }
        return []
    }

    /// Laid out again for what changed; selections and offsets stay within the new layout.
    func refreshed(for change: ScreenRefresh, in state: AppState) -> Screen {
        var copy = self
        switch change {
        case .notes:
            copy.layout = state.itemLayout(meetingIndex: meetingIndex, itemIndex: itemIndex)
            let entries = copy.layout.part(.notes).entryStarts.count
            copy.selections[.notes] = max(0, min(selections[.notes] ?? 0, entries - 1))
        case .positions, .matters:
            copy.layout = state.itemLayout(meetingIndex: meetingIndex, itemIndex: itemIndex)
        case .records(let before):
            copy.itemIndex = state.itemIndex(movedFrom: itemIndex, meetingIndex: meetingIndex, before: before)
            copy.layout = state.itemLayout(meetingIndex: meetingIndex, itemIndex: copy.itemIndex)
            let lines = copy.layout.part(.outcome).lines.count
            copy.offsets[.outcome] = max(0, min(offsets[.outcome] ?? 0, lines - state.itemBodyHeight(copy)))
        case .resized:
            guard layout.width != state.layoutWidth else { return screen }
            copy.layout = state.itemLayout(meetingIndex: meetingIndex, itemIndex: itemIndex)
        }
        return copy.screen
    }
}
