import CNcursesw
import DocketUI

/// How each role looks on this terminal: colours where there are 8 or 256 of
/// them (on the terminal's own background), attributes alone in monochrome.
struct RoleStyles {
    struct Style {
        let attributes: attr_t
        let pair: Int16
    }

    private var styles: [Role: Style] = [:]

    init(useColor: Bool) {
        let bold = docket_a_bold()
        let reverse = docket_a_reverse()
        let underline = docket_a_underline()
        let dim = docket_a_dim()
        if !useColor {
            styles = [
                .normal: Style(attributes: 0, pair: 0), .titleBar: Style(attributes: reverse | bold, pair: 0),
                .statusBar: Style(attributes: reverse, pair: 0), .selected: Style(attributes: reverse, pair: 0),
                .heading: Style(attributes: bold, pair: 0), .muted: Style(attributes: dim, pair: 0),
                .marker: Style(attributes: bold, pair: 0), .match: Style(attributes: underline | bold, pair: 0),
                .currentMatch: Style(attributes: reverse | underline, pair: 0), .inert: Style(attributes: underline, pair: 0),
                .border: Style(attributes: 0, pair: 0), .tab: Style(attributes: 0, pair: 0),
                .activeTab: Style(attributes: reverse | bold, pair: 0), .key: Style(attributes: bold, pair: 0),
            ]
            return
        }
        let many = docket_colors() >= 256
        let grey: Int16 = many ? 244 : Int16(COLOR_WHITE)
        let barBackground: Int16 = many ? 24 : Int16(COLOR_BLUE)
        let definitions: [(Role, Int16, Int16, attr_t)] = [
            (.titleBar, Int16(COLOR_WHITE), barBackground, bold),
            (.statusBar, Int16(COLOR_WHITE), barBackground, 0),
            (.heading, Int16(COLOR_CYAN), -1, bold),
            (.muted, grey, -1, many ? 0 : dim),
            (.marker, Int16(COLOR_RED), -1, bold),
            (.match, Int16(COLOR_BLACK), Int16(COLOR_YELLOW), 0),
            (.currentMatch, Int16(COLOR_BLACK), Int16(COLOR_GREEN), bold),
            (.inert, Int16(COLOR_MAGENTA), -1, underline),
            (.border, Int16(COLOR_CYAN), -1, 0),
            (.key, Int16(COLOR_YELLOW), -1, bold),
        ]
        styles[.normal] = Style(attributes: 0, pair: 0)
        styles[.selected] = Style(attributes: reverse, pair: 0)
        styles[.tab] = Style(attributes: 0, pair: 0)
        styles[.activeTab] = Style(attributes: reverse | bold, pair: 0)
        for (index, definition) in definitions.enumerated() {
            let pair = Int16(index + 1)
            init_pair(pair, definition.1, definition.2)
            styles[definition.0] = Style(attributes: definition.3, pair: pair)
        }
    }

    func style(for role: Role) -> Style {
        styles[role] ?? Style(attributes: 0, pair: 0)
    }
}
