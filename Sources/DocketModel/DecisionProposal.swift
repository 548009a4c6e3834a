/// A decision proposal (förslag till beslut): who proposes it and its "att" clauses.
/// A matter may carry several; each agenda names the ones it puts forward.
public struct DecisionProposal: Codable, Equatable, Sendable {
    public var id: String
    public var proposer: Proposer
    /// The clauses in order, each as written ("att nämnden …").
    public var clauses: [String]

    /// The id of the administration's own proposal (förvaltningens förslag), as imported reports give it.
    public static let administrationID = "forvaltningens-forslag"

    public init(id: String, proposer: Proposer, clauses: [String]) {
        self.id = id
        self.proposer = proposer
        self.clauses = clauses
    }
}

extension DecisionProposal {
    /// The administration's proposal with these clauses, proposed by the matter's administration (else the committee).
    public static func administrations(_ clauses: [String], of matter: Matter, in committee: Committee) -> DecisionProposal {
        let name = matter.administration.flatMap { id in committee.administrations.first { $0.id == id }?.name } ?? committee.name
        return DecisionProposal(id: administrationID, proposer: Proposer(kind: .administration, name: name), clauses: clauses)
    }
}
