import DocketCore
import DocketText

/// Marks matches on a drawn line: of the find query, or of the words an archive search looked for.
enum Highlighter {
    static func highlight(_ text: String, x: Int, y: Int, state: AppState, isCurrent: Bool, into grid: inout Grid) {
        guard let query = state.query, !query.isEmpty else { return }
        highlight([query], in: text, x: x, y: y, state: state, role: isCurrent ? .currentMatch : .match, into: &grid)
    }

    static func highlight(_ words: [String], in text: String, x: Int, y: Int, state: AppState, role: Role, into grid: inout Grid) {
        let clusters = Array(text)
        for word in words {
            for match in TextSearch.matches(of: word, in: text) {
                let start = x + state.metrics.width(of: String(clusters[..<match.lowerBound]))
                grid.restyle(x: start, y: y, count: state.metrics.width(of: String(clusters[match])), role: role)
            }
        }
    }
}
