/// One period in which a person held a role on the committee.
public struct MembershipTerm: Codable, Equatable, Sendable {
    public var role: MemberRole
    /// First day, ISO 8601 date.
    public var from: String
    /// Last day, ISO 8601 date; absent while the term runs.
    public var to: String?

    public init(role: MemberRole, from: String, to: String? = nil) {
        self.role = role
        self.from = from
        self.to = to
    }
}
