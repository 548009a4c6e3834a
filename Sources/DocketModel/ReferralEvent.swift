/// A step in a matter's path before and between meetings. What meetings did
/// with it (tabled, referred back, decided) comes from their records instead.
public struct ReferralEvent: Codable, Equatable, Sendable {
    /// ISO 8601 date.
    public var date: String
    public var kind: ReferralKind
    /// Body the matter came from, and the body it went to.
    public var from: String?
    public var to: String?
    public var note: String?

    public init(date: String, kind: ReferralKind, from: String? = nil, to: String? = nil, note: String? = nil) {
        self.date = date
        self.kind = kind
        self.from = from
        self.to = to
        self.note = note
    }
}
