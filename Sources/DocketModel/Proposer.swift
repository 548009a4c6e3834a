/// Who stands behind a proposal.
public struct Proposer: Codable, Equatable, Sendable {
    public var kind: ProposerKind
    /// As the proposal names them: "Socialtjänstförvaltningen", "Presidiet", "(S)".
    public var name: String
    /// Member id, when a member proposes.
    public var member: String?

    public init(kind: ProposerKind, name: String, member: String? = nil) {
        self.kind = kind
        self.name = name
        self.member = member
    }
}
