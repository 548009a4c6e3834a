import DocketCore

/// An attachment's text in Docket's own pager.
enum PagerView {
    static func draw(_ state: AppState, pager: PagerScreen, into grid: inout Grid) {
        TextBody.draw(pager.lines, offset: pager.offset, top: 1, height: state.pagerBodyHeight, state: state, into: &grid)
    }
}
