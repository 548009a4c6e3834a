/// Whether a member or substitute attended, whom a substitute served for, and
/// from which item to which item they took part.
public struct Attendance: Codable, Equatable, Sendable {
    public var member: String
    public var present: Bool
    /// For a substitute (ersättare) who served: the member whose seat they took.
    public var servingFor: String?
    /// The first item (by id) they took part in, when they arrived late.
    public var arrivedAt: String?
    /// The first item (by id) they no longer took part in, when they left early.
    public var leftAt: String?

    public init(member: String, present: Bool, servingFor: String? = nil, arrivedAt: String? = nil, leftAt: String? = nil) {
        self.member = member
        self.present = present
        self.servingFor = servingFor
        self.arrivedAt = arrivedAt
        self.leftAt = leftAt
    }
}

/// An official present at the meeting (tjänsteperson): name and title.
public struct Official: Codable, Equatable, Sendable {
    public var name: String
    public var title: String

    public init(name: String, title: String) {
        self.name = name
        self.title = title
    }
}
