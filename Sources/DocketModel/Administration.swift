/// An administration (förvaltning) that prepares matters for the committee.
public struct Administration: Codable, Equatable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
