/// Where a note points: a paragraph of a document or a clause of a proposal,
/// by id and index, with the paragraph's opening words so that the note can
/// find its place again after the text is revised.
public struct NoteAnchor: Codable, Equatable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable {
        case document
        case proposal
    }

    public var kind: Kind
    /// The document's or proposal's id.
    public var id: String
    /// Index among the document's paragraphs (all sections in order), or the proposal's clauses.
    public var paragraph: Int
    /// The paragraph's first words.
    public var opening: String

    public init(kind: Kind, id: String, paragraph: Int, opening: String) {
        self.kind = kind
        self.id = id
        self.paragraph = paragraph
        self.opening = opening
    }

    /// How many words of a paragraph identify it.
    public static let openingWords = 8

    public static func opening(of paragraph: String) -> String {
        paragraph.split(separator: " ", omittingEmptySubsequences: true).prefix(openingWords).joined(separator: " ")
    }
}
