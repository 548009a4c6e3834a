import DocketCore

/// Draws the whole state into a grid the size of the terminal: the title row,
/// the top screen's body, the status row, and any overlay within the body.
public enum Renderer {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height, metrics: state.metrics)
        let screen = Area(x: 0, y: 0, width: grid.width, height: grid.height)
        if state.isTooSmall {
            TooSmallView.draw(state, in: screen, into: &grid)
            return grid
        }
        let (titleRow, rest) = screen.splitTop(1)
        let (body, statusRow) = rest.splitBottom(1)
        TitleBar.draw(state, in: titleRow, into: &grid)
        switch state.screen.look(in: state) {
        case .meetings(let meetings): MeetingsView.draw(state, cursor: meetings.cursor, in: body, into: &grid)
        case .agenda(let agenda): AgendaView.draw(state, agenda: agenda, in: body, into: &grid)
        case .item(let item): ItemView.draw(state, item: item, in: body, into: &grid)
        case .notesOverview(let overview): NotesOverviewView.draw(state, overview: overview, in: body, into: &grid)
        case .positionsOverview(let overview): PositionsOverviewView.draw(state, overview: overview, in: body, into: &grid)
        case .rows(let rows, let cursor): RowsView.draw(state, rows: rows, cursor: cursor, in: body, into: &grid)
        case .search(let search): SearchView.draw(state, search: search, in: body, into: &grid)
        case .text(let lines, let offset): TextBody.draw(lines, offset: offset, in: body, state: state, into: &grid)
        }
        StatusLine.draw(state, in: statusRow, above: body, into: &grid)
        switch state.modal {
        case .positionMenu(let menu)?: MenuView.draw(state, menu: menu, in: body, into: &grid)
        case .liveMenu(let meeting)?: MenuView.draw(state, liveMenuFor: meeting, in: body, into: &grid)
        case .recordMenu(let menu)?: MenuView.draw(state, recordMenu: menu, in: body, into: &grid)
        case .picker(let picker)?: PickerView.draw(state, picker: picker, in: body, into: &grid)
        case .voting(let call)?: RollCallView.draw(state, call: call, in: body, into: &grid)
        case .help(let offset)?: HelpOverlay.draw(state, offset: offset, in: body, into: &grid)
        // The question and the typing line are drawn in the status line.
        case .confirmation?, .prompt?, nil: break
        }
        return grid
    }
}
