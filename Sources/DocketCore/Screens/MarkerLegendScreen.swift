import DocketModel

/// `i`: what the marks in the margins and the badge column mean, read from
/// the same words and glyphs the lists draw, so the legend cannot drift.
public struct MarkerLegendScreen: TextScreenUnit, Equatable {
    public var lines: [StyledLine]
    public var offset = 0

    var screen: Screen { .markerLegend(self) }

    static func opened(in state: AppState) -> Result<Screen, Refusal> {
        .success(.markerLegend(MarkerLegendScreen(lines: lines(in: state))))
    }

    func crumbs(in state: AppState, below: Screen?) -> [String] { [state.strings.markerLegend.title] }

    static func lines(in state: AppState) -> [StyledLine] {
        let strings = state.strings, words = strings.markerLegend
        let agenda: [(String, String)] = [(state.liveMarker, words.live), (strings.unreadMark, words.unread)]
            + Position.Stance.allCases.map { (strings.stanceBadges[$0] ?? "", words.position(strings.stanceNames[$0] ?? "")) }
            + [(strings.revisedBadge, words.revised)]
            + Decision.Category.allCases.map { (strings.decisionBadges[$0] ?? "", words.decision(strings.decisionCategories[$0] ?? "")) }
            + [(strings.struckBadge, words.struck), (strings.confidentialBadge, words.confidential)]
            + (state.identity.role == .clerk ? [(strings.importWarningBadge, words.importWarnings)] : [])
        let sections = [(words.onAgenda, agenda), (words.onMeetings, [(strings.readProgress(3, 8), words.readProgress)]),
                        (words.inItem, [(state.noteMarker, words.note)])]
        let markWidth = sections.flatMap(\.1).map { state.metrics.width(of: $0.0) }.max() ?? 0
        var lines: [StyledLine] = []
        for (heading, entries) in sections {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(StyledLine(heading, .heading))
            for (mark, meaning) in entries {
                let padding = String(repeating: " ", count: markWidth - state.metrics.width(of: mark) + 2)
                lines.append(StyledLine(mark + padding + meaning, indent: 2))
            }
        }
        return lines
    }
}

extension AppState {
    /// The agenda's mark for the item the live meeting is on.
    public var liveMarker: String { metrics.asciiOnly ? ">" : "▶" }
    /// The margin's mark for a paragraph with notes.
    public var noteMarker: String { metrics.asciiOnly ? "*" : "•" }
}
