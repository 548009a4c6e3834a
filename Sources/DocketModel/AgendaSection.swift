/// A heading that groups agenda items: procedural items, decisions, referrals, reports.
public struct AgendaSection: Codable, Equatable, Sendable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
