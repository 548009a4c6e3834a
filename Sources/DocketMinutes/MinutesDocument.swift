/// The minutes as structure, before any format: a header of labelled fields,
/// the paragraphs (§) in the order handled, the signatures and the notice of
/// posting. Each format draws the same document.
public struct MinutesDocument: Equatable, Sendable {
    public var title: String
    /// "Version för publicering", for the public version.
    public var subtitle: String?
    public var committee: String
    public var municipality: String
    /// The meeting's date, ISO 8601.
    public var meetingDate: String
    public var header: [Field]
    public var paragraphs: [Paragraph]
    public var signaturesTitle: String
    public var signatures: [Signature]
    public var notice: Notice

    /// A label and its lines: "Beslutande" and one line per member.
    public struct Field: Equatable, Sendable {
        public var label: String
        public var lines: [String]
    }

    /// One § (or a struck item, without a number).
    public struct Paragraph: Equatable, Sendable {
        public var number: Int?
        public var title: String
        public var blocks: [Block]
    }

    public enum Block: Equatable, Sendable {
        case heading(String)
        case text(String)
        /// The "att" clauses of a decision, each its own line.
        case clauses([String])
        /// A list: the beslutsunderlag, who the decision is sent to.
        case lines([String])
        /// A table of named votes: column labels, then one row per member.
        case table([String], [[String]])
    }

    public struct Signature: Equatable, Sendable {
        public var role: String
        public var name: String
    }

    public struct Notice: Equatable, Sendable {
        public var title: String
        public var statement: String
        public var fields: [Field]
    }
}
