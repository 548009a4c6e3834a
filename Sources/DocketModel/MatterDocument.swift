/// A document of a matter: the administration's report, a member's motion or
/// skrivelse, or another paper. Its id is stable so notes can anchor to it.
public struct MatterDocument: Codable, Equatable, Sendable {
    public var id: String
    public var kind: DocumentKind
    public var title: String
    /// ISO 8601 date of the document; nil when an imported report gave none (the clerk completes it).
    public var date: String?
    /// The officer who prepared a report (handläggare).
    public var officer: Officer?
    /// Department (avdelning) within the administration.
    public var department: String?
    /// Member id of the author of a motion or skrivelse.
    public var author: String?
    /// Names of those who signed it, in order.
    public var signatories: [String]?
    public var sections: [DocumentSection]
    /// A report's own list of what the decision rests on (Beslutsunderlag), each entry as written.
    public var basis: [String]?
    /// Whom a report proposes the decision be sent to (Beslutet skickas till, Expedieras till).
    public var sentTo: [String]?

    public init(id: String, kind: DocumentKind, title: String, date: String?, officer: Officer? = nil,
                department: String? = nil, author: String? = nil, signatories: [String]? = nil,
                sections: [DocumentSection], basis: [String]? = nil, sentTo: [String]? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.date = date
        self.officer = officer
        self.department = department
        self.author = author
        self.signatories = signatories
        self.sections = sections
        self.basis = basis
        self.sentTo = sentTo
    }
}
