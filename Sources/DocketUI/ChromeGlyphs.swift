import DocketText

/// The few symbols Docket itself draws, with ASCII stand-ins for terminals
/// whose locale is not UTF-8.
struct ChromeGlyphs {
    let separator: String
    let breadcrumb: String
    let horizontal: String
    let vertical: String
    let corners: (String, String, String, String)
    let ellipsis: String

    init(metrics: TextMetrics) {
        if metrics.asciiOnly {
            separator = " - "; breadcrumb = " > "; horizontal = "-"; vertical = "|"; corners = ("+", "+", "+", "+"); ellipsis = "..."
        } else {
            separator = " · "; breadcrumb = " › "; horizontal = "─"; vertical = "│"; corners = ("┌", "┐", "└", "┘"); ellipsis = "…"
        }
    }
}
