/// My stance on every item of a meeting, on one screen.
public struct PositionsOverviewScreen: ListScreenUnit, Equatable {
    public let meetingIndex: Int
    /// Indexes of the agenda items that have a matter.
    public let rows: [Int]
    public var cursor: ListCursor

    var screen: Screen { .positionsOverview(self) }
    var agendaItem: Int? { rows[safe: cursor.selected] }

    static func opened(in state: AppState) -> Result<Screen, Refusal> {
        guard let meetingIndex = state.currentMeeting else { return .failure(Refusal(reason: state.strings.nothingToOpen)) }
        let agenda = state.store.meetings[meetingIndex].agenda
        return .success(.positionsOverview(PositionsOverviewScreen(meetingIndex: meetingIndex,
                                                                   rows: agenda.indices.filter { agenda[$0].matter != nil },
                                                                   cursor: ListCursor())))
    }

    func look(in state: AppState) -> ScreenLook { .positionsOverview(self) }
    func meetingIndex(in state: AppState) -> Int? { meetingIndex }
    func selectable(in state: AppState) -> [Bool] { rows.map { _ in true } }

    func crumbs(in state: AppState, below: Screen?) -> [String] {
        state.crumbs(meetingIndex: meetingIndex, below: below) + [state.strings.positionsOverviewTitle]
    }

    func searchableLines(in state: AppState) -> [String] {
        let meeting = state.store.meetings[meetingIndex]
        return rows.map { state.searchableText(of: .item($0), in: meeting) }
    }

    func openRefusal(in state: AppState) -> String? { rows.isEmpty ? state.strings.nothingToOpen : nil }

    func open(in state: inout AppState) -> [Effect] {
        if let itemIndex = rows[safe: cursor.selected] {
            state.openItem(meetingIndex: meetingIndex, itemIndex: itemIndex, part: .proposal)
        }
        return []
    }
}
