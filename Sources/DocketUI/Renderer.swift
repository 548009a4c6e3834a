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
        switch state.modal {
        case .positionMenu(let menu)?: MenuView.draw(state, menu: menu, into: &grid)
        case .liveMenu(let meeting)?: MenuView.draw(state, liveMenuFor: meeting, into: &grid)
        case .recordMenu(let menu)?: MenuView.draw(state, recordMenu: menu, into: &grid)
        case .picker(let picker)?: PickerView.draw(state, picker: picker, into: &grid)
        case .voting(let call)?: RollCallView.draw(state, call: call, into: &grid)
        case .help(let offset)?: HelpOverlay.draw(state, offset: offset, into: &grid)
        // The question and the typing line are drawn in the status line.
        case .confirmation?, .prompt?, nil: break
        }
        return grid
    }
}
