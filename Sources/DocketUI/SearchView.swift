import DocketCore
import DocketText

/// The archive search: what was typed and how many matters it found, then each
/// matter on two lines, its meetings, diary number and title, then where the words stand.
enum SearchView {
    static func draw(_ state: AppState, search: SearchScreen, in area: Area, into grid: inout Grid) {
        let wrapper = TextWrapper(metrics: state.metrics)
        let words = state.strings.search
        let query = SearchQuery(search.text)
        // Before anything is typed, how to search, wrapped whole; then how many were found.
        guard !search.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            for (row, line) in wrapper.wrap(words.help, width: max(1, area.width - 2)).prefix(area.height).enumerated() {
                grid.put(line, x: area.x + 1, y: area.y + row, role: .muted)
            }
            return
        }
        let summary = search.results.isEmpty ? words.nothingFound : words.found(search.results.count, ArchiveIndex.resultLimit)
        grid.put(wrapper.truncate(summary, width: max(0, area.width - 2)), x: area.x + 1, y: area.y, role: .muted)
        let listArea = Area(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2))
        let rows = search.results.count * SearchScreen.rowsPerResult
        for (row, index) in (search.cursor.offset..<min(rows, search.cursor.offset + listArea.height)).enumerated() {
            let y = listArea.y + row
            let result = search.results[index / SearchScreen.rowsPerResult]
            let isHeading = index % SearchScreen.rowsPerResult == 0
            let selected = isHeading && index == search.cursor.selected
            if selected { grid.fill(x: area.x, y: y, count: area.width, role: .selected) }
            let indent = isHeading ? 1 : 5
            let text = wrapper.truncate(isHeading ? state.resultHeading(result) : InertText.make(result.snippet), width: max(0, area.width - indent - 1))
            grid.put(text, x: area.x + indent, y: y, role: selected ? .selected : isHeading ? .normal : .muted)
            Highlighter.highlight(query.highlighted, in: text, x: area.x + indent, y: y, state: state, role: .match, into: &grid)
        }
    }
}
