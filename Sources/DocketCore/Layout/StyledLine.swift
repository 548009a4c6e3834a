/// One display line of laid-out content, with what kind of text it is.
import DocketModel

public struct StyledLine: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        case body, heading, subheading, muted, clause, entry, notice
    }

    public let text: String
    public let style: Style
    /// Blank columns before the text (continuation lines of clauses and notes).
    public let indent: Int
    /// The paragraph this line belongs to, which a note added here points to.
    public let anchor: NoteAnchor?
    /// The paragraph has notes: the margin shows a marker.
    public let marked: Bool

    public init(_ text: String, _ style: Style = .body, indent: Int = 0, anchor: NoteAnchor? = nil, marked: Bool = false) {
        self.text = text
        self.style = style
        self.indent = indent
        self.anchor = anchor
        self.marked = marked
    }

    public static let blank = StyledLine("")
}
