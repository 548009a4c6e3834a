/// A note that was being typed when Docket was stopped (a dropped SSH
/// connection, SIGTERM), kept in the private directory and offered on the next start.
public struct NoteDraft: Codable, Equatable, Sendable {
    public var matter: String
    public var anchor: NoteAnchor?
    public var text: String

    public init(matter: String, anchor: NoteAnchor?, text: String) {
        self.matter = matter
        self.anchor = anchor
        self.text = text
    }
}
