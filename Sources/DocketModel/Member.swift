/// A person of the committee: elected member, substitute or clerk. One person
/// keeps one id across terms, so a 20-year archive can name them consistently.
public struct Member: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    /// Party abbreviation as the municipality writes it (S, M, MP…); none for officials.
    public var party: String?
    /// Login name that recognises the person from `$USER`.
    public var login: String?
    /// Periods of membership in date order; the role can change between terms.
    public var terms: [MembershipTerm]

    public init(id: String, name: String, party: String? = nil, login: String? = nil, terms: [MembershipTerm]) {
        self.id = id
        self.name = name
        self.party = party
        self.login = login
        self.terms = terms
    }

    /// The role held on an ISO date (YYYY-MM-DD), or nil outside every term.
    /// ISO dates compare correctly as text.
    /// The name with the party, as the minutes write it: "Leila Haddad (S)".
    public var nameWithParty: String { party.map { "\(name) (\($0))" } ?? name }

    public func role(on date: String) -> MemberRole? {
        terms.last { $0.from <= date && ($0.to.map { date <= $0 } ?? true) }?.role
    }
}
