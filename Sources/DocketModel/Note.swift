/// A member's note on a matter. It belongs to the matter, not to one agenda,
/// so it follows the matter when it is tabled or referred back.
public struct Note: Codable, Equatable, Sendable {
    public var id: String
    public var matter: String
    /// Member id of the author: the only person who writes the file it lives in.
    public var author: String
    /// The paragraph it is about; absent for a note on the whole item.
    public var anchor: NoteAnchor?
    public var text: String
    /// RFC 3339 timestamps with offset.
    public var created: String
    public var modified: String

    public init(id: String, matter: String, author: String, anchor: NoteAnchor?, text: String, created: String, modified: String) {
        self.id = id
        self.matter = matter
        self.author = author
        self.anchor = anchor
        self.text = text
        self.created = created
        self.modified = modified
    }
}
