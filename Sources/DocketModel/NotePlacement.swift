/// Where an anchored note is in the matter's current text.
public enum NotePlacement: Equatable, Sendable {
    /// On the whole item.
    case item
    /// At its paragraph, which may have moved since the note was written.
    case paragraph(Int)
    /// The paragraph is gone or rewritten: listed as such, never moved silently.
    case lost

    /// Finds the anchor's paragraph: at its index if the opening words still
    /// match there, else the first paragraph that opens with them, else lost.
    public static func of(_ anchor: NoteAnchor?, in matter: Matter) -> NotePlacement {
        guard let anchor else { return .item }
        let paragraphs: [String]
        switch anchor.kind {
        case .document:
            guard let document = matter.documents.first(where: { $0.id == anchor.id }) else { return .lost }
            paragraphs = document.sections.flatMap(\.paragraphs)
        case .proposal:
            guard let proposal = matter.proposal(id: anchor.id) else { return .lost }
            paragraphs = proposal.clauses
        }
        func matches(_ index: Int) -> Bool { NoteAnchor.opening(of: paragraphs[index]) == anchor.opening }
        if paragraphs.indices.contains(anchor.paragraph), matches(anchor.paragraph) { return .paragraph(anchor.paragraph) }
        if let moved = paragraphs.indices.first(where: matches) { return .paragraph(moved) }
        return .lost
    }
}
