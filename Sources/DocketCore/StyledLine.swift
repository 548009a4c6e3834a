/// One display line of laid-out content, with what kind of text it is.
public struct StyledLine: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        case body, heading, subheading, muted, clause, entry, notice
    }

    public let text: String
    public let style: Style
    /// Blank columns before the text (continuation lines of clauses and notes).
    public let indent: Int

    public init(_ text: String, _ style: Style = .body, indent: Int = 0) {
        self.text = text
        self.style = style
        self.indent = indent
    }

    public static let blank = StyledLine("")
}
