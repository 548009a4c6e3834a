import DocketCore
import DocketText

/// Marks the find query's matches on a drawn line.
enum Highlighter {
    static func highlight(_ text: String, x: Int, y: Int, state: AppState, isCurrent: Bool, into grid: inout Grid) {
        guard let query = state.query, !query.isEmpty else { return }
        let clusters = Array(text)
        for match in TextSearch.matches(of: query, in: text) {
            let start = x + state.metrics.width(of: String(clusters[..<match.lowerBound]))
            let width = state.metrics.width(of: String(clusters[match]))
            grid.restyle(x: start, y: y, count: width, role: isCurrent ? .currentMatch : .match)
        }
    }
}
