/// The committee's own words where its protokoll differs from the usual ones: some write "särskilt uttalande"
/// for a särskilt yttrande, "föredragningslista" for the dagordning. Nil: the usual word.
public struct MinutesTerms: Codable, Equatable, Sendable {
    /// The heading over a särskilt yttrande.
    public var specialStatement: String?
    /// What the agenda is called in the minutes' header.
    public var agenda: String?

    public init(specialStatement: String? = nil, agenda: String? = nil) {
        self.specialStatement = specialStatement
        self.agenda = agenda
    }
}
