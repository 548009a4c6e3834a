import DocketCore

/// Draws the whole state into a grid the size of the terminal.
public enum Renderer {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height, metrics: state.metrics)
        if state.isTooSmall {
            TooSmallView.draw(state, into: &grid)
            return grid
        }
        TitleBar.draw(state, into: &grid)
        switch state.screen {
        case .meetings(let cursor): MeetingsView.draw(state, cursor: cursor, into: &grid)
        case .agenda(let agenda): AgendaView.draw(state, agenda: agenda, into: &grid)
        case .item(let item): ItemView.draw(state, item: item, into: &grid)
        case .pager(let pager): PagerView.draw(state, pager: pager, into: &grid)
        case .notesOverview(let overview): NotesOverviewView.draw(state, overview: overview, into: &grid)
        case .positionsOverview(let overview): PositionsOverviewView.draw(state, overview: overview, into: &grid)
        case .meetingRecord(let screen): MeetingRecordView.draw(state, screen: screen, into: &grid)
        }
        StatusLine.draw(state, into: &grid)
        if let menu = state.positionMenu { MenuView.draw(state, menu: menu, into: &grid) }
        if let meeting = state.liveMenu { MenuView.draw(state, liveMenuFor: meeting, into: &grid) }
        if let menu = state.recordMenu { MenuView.draw(state, recordMenu: menu, into: &grid) }
        if let picker = state.picker { PickerView.draw(state, picker: picker, into: &grid) }
        if let call = state.voting { RollCallView.draw(state, call: call, into: &grid) }
        if let offset = state.helpOffset { HelpOverlay.draw(state, offset: offset, into: &grid) }
        return grid
    }
}
