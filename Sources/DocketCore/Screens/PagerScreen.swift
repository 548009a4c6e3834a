import DocketText

/// An attachment's text in Docket's own pager.
public struct PagerScreen: TextScreenUnit, Equatable {
    public let title: String
    public let text: String
    public var lines: [StyledLine]
    public var offset: Int

    var screen: Screen { .pager(self) }

    func crumbs(in state: AppState, below: Screen?) -> [String] { [title] }

    func refreshed(for change: ScreenRefresh, in state: AppState) -> Screen {
        guard case .resized = change else { return screen }
        var copy = self
        copy.lines = PagerScreen.lines(text, width: state.layoutWidth, metrics: state.metrics)
        return copy.screen
    }

    static func lines(_ text: String, width: Int, metrics: TextMetrics) -> [StyledLine] {
        TextWrapper(metrics: metrics).wrap(text, width: max(10, width - 3)).map { StyledLine($0) }
    }
}
