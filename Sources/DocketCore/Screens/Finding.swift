import DocketText

/// `/` finds text on the current screen; `n` and `N` move between matches.
/// Matching is per grapheme and case-insensitive the Swedish way (Å = å, never å = a).
extension AppState {
    mutating func confirmFind(_ text: String) {
        guard !text.isEmpty else { return }
        query = text
        matchLine = nil
        findAgain(forward: true, includingCurrent: true)
    }

    mutating func findAgain(forward: Bool, includingCurrent: Bool = false) {
        guard let query else { return }
        let lines = searchableLines()
        // The matches are found once per query and text: n and N only step through them.
        let matching: [Int]
        if let found, found.query == query, found.lines == lines {
            matching = found.matching
        } else {
            matching = lines.indices.filter { TextSearch.contains(query, in: lines[$0]) }
            found = FoundLines(query: query, lines: lines, matching: matching)
        }
        guard !matching.isEmpty else {
            matchLine = nil
            status = strings.notFound(query)
            return
        }
        let origin = matchLine ?? currentLine()
        let next: Int?
        if forward {
            next = matching.first { includingCurrent && matchLine == nil ? $0 >= origin : $0 > origin }
        } else {
            next = matching.last { $0 < origin }
        }
        let line = next ?? (forward ? matching.first! : matching.last!)
        matchLine = line
        let position = matching.firstIndex(of: line)! + 1
        status = strings.matchOf(position, matching.count) + (next == nil ? " " + strings.wrappedAround : "")
        show(line: line)
    }

    /// `/` in help: the help opens again at the first line that matches, the keys or what they do.
    mutating func findInHelp(_ text: String) {
        let lines = HelpContent.lines(for: self)
        guard !text.isEmpty, let line = lines.firstIndex(where: { TextSearch.contains(text, in: $0.keys + " " + $0.text) }) else {
            helpOffset = 0
            status = strings.notFound(text)
            return
        }
        helpOffset = max(0, min(line - 1, max(0, lines.count - helpVisibleRows)))
        status = nil
    }

    /// The text of each line or row of the top screen, in display order.
    func searchableLines() -> [String] { screen.unit.searchableLines(in: self) }

    private func currentLine() -> Int { screen.unit.currentLine(in: self) }

    private mutating func show(line: Int) { replaceTop(screen.unit.showing(line: line, in: self)) }
}

/// A find's matches in one screen's text.
struct FoundLines: Sendable, Equatable {
    let query: String
    let lines: [String]
    let matching: [Int]
}
