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

    /// Why a written reference names no paragraph of the matter.
    public enum ReferenceError: Error, Equatable, Sendable, CustomStringConvertible {
        case malformed(String)
        case noParagraph(matter: String, kind: Kind, id: String, index: Int)

        public var description: String {
            switch self {
            case .malformed(let reference): return "the anchor \"\(reference)\" is not of the form document:ID:N or proposal:ID:N"
            case .noParagraph(let matter, let kind, let id, let index):
                return "the matter \(matter) has no paragraph \(index) in \(kind.rawValue) \"\(id)\""
            }
        }
    }

    /// `document:ID:N` (the Nth paragraph of the document, counting from 0 across
    /// its sections) or `proposal:ID:N` (its Nth clause), checked against the matter's text.
    public static func parse(_ reference: String, in matter: Matter) throws(ReferenceError) -> NoteAnchor {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, let kind = Kind(rawValue: String(parts[0])), let index = Int(parts[2]), index >= 0 else {
            throw .malformed(reference)
        }
        let id = String(parts[1])
        let paragraphs: [String]?
        switch kind {
        case .document: paragraphs = matter.documents.first { $0.id == id }?.sections.flatMap(\.paragraphs)
        case .proposal: paragraphs = matter.proposal(id: id)?.clauses
        }
        guard let paragraphs, paragraphs.indices.contains(index) else { throw .noParagraph(matter: matter.id, kind: kind, id: id, index: index) }
        return NoteAnchor(kind: kind, id: id, paragraph: index, opening: opening(of: paragraphs[index]))
    }
}

