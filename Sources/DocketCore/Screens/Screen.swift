import DocketModel

/// A screen on the navigation stack. Each case holds a `ScreenUnit`, which
/// knows everything about its screen; this file only names them.
public enum Screen: Sendable, Equatable {
    case meetings(MeetingsScreen)
    case agenda(AgendaScreen)
    case item(ItemScreen)
    case pager(PagerScreen)
    case notesOverview(NotesOverviewScreen)
    case positionsOverview(PositionsOverviewScreen)
    case meetingRecord(MeetingRecordScreen)
    case markerLegend(MarkerLegendScreen)
    case search(SearchScreen)

    var unit: any ScreenUnit {
        switch self {
        case .meetings(let unit): unit
        case .agenda(let unit): unit
        case .item(let unit): unit
        case .pager(let unit): unit
        case .notesOverview(let unit): unit
        case .positionsOverview(let unit): unit
        case .meetingRecord(let unit): unit
        case .markerLegend(let unit): unit
        case .search(let unit): unit
        }
    }

    /// How the views draw it.
    public func look(in state: AppState) -> ScreenLook { unit.look(in: state) }

    /// Its words in the title bar's trail, given the screen below it.
    public func crumbs(in state: AppState, below: Screen?) -> [String] { unit.crumbs(in: state, below: below) }
}

/// The screens a key opens on top of the current one (`Command.show`).
public enum ScreenKind: Sendable, Hashable, CaseIterable {
    case notesOverview, positionsOverview, meetingRecord, markerLegend

    /// The screen to open over the current state, or why it cannot open.
    func opened(in state: AppState) -> Result<Screen, Refusal> {
        switch self {
        case .notesOverview: NotesOverviewScreen.opened(in: state)
        case .positionsOverview: PositionsOverviewScreen.opened(in: state)
        case .meetingRecord: MeetingRecordScreen.opened(in: state)
        case .markerLegend: MarkerLegendScreen.opened(in: state)
        }
    }

    /// What the key does, in help and menus.
    func description(in strings: Strings) -> String {
        switch self {
        case .notesOverview: strings.notesOverviewCommand
        case .positionsOverview: strings.positionsOverviewCommand
        case .meetingRecord: strings.clerk.recordCommand
        case .markerLegend: strings.markerLegend.command
        }
    }
}

/// Why a command cannot run, in the words of the status line.
public struct Refusal: Error, Sendable, Equatable {
    public let reason: String
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
