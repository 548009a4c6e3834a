import DocketCore
import DocketText

/// Below the minimum size: one centred message, until the terminal grows again.
enum TooSmallView {
    static func draw(_ state: AppState, in area: Area, into grid: inout Grid) {
        let message = state.strings.tooSmall(state.width, state.height, AppState.minimumWidth, AppState.minimumHeight)
        let lines = TextWrapper(metrics: state.metrics).wrap(message, width: max(1, area.width - 2))
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (index, line) in lines.prefix(area.height).enumerated() {
            let x = area.x + max(0, (area.width - state.metrics.width(of: line)) / 2)
            grid.put(line, x: x, y: top + index, role: .heading)
        }
    }
}
