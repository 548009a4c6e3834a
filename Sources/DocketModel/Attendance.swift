/// Whether a member or substitute attended, whom a substitute served for, and
/// from which item to which item they took part.
public struct Attendance: Codable, Equatable, Sendable {
    public var member: String
    public var present: Bool
    /// For a substitute (ersättare) who served: the member whose seat they took.
    public var servingFor: String?
    /// A substitute who served when the protokoll does not say whose seat they took.
    public var serving: Bool?
    /// The first item (by id) they took part in, when they arrived late.
    public var arrivedAt: String?
    /// The first item (by id) they no longer took part in, when they left early.
    public var leftAt: String?
    /// Several stretches of taking part ("§§ 170, 172–184"), instead of one arrival and one departure.
    public var periods: [ServicePeriod]?

    public init(member: String, present: Bool, servingFor: String? = nil, arrivedAt: String? = nil, leftAt: String? = nil,
                serving: Bool? = nil, periods: [ServicePeriod]? = nil) {
        self.member = member
        self.present = present
        self.servingFor = servingFor
        self.serving = serving
        self.arrivedAt = arrivedAt
        self.leftAt = leftAt
        self.periods = periods
    }

    /// Whether a substitute serves: for a recorded seat, or without one.
    public var servesAsSubstitute: Bool { servingFor != nil || (serving ?? false) }

    /// The stretches of taking part: the periods, or the one from arrival to departure.
    public var stretches: [ServicePeriod] {
        periods ?? [ServicePeriod(arrivedAt: arrivedAt, leftAt: leftAt)]
    }
}

/// A stretch of items someone took part in: from `arrivedAt` (the first item, nil for the start)
/// to before `leftAt` (nil for the end).
public struct ServicePeriod: Codable, Equatable, Sendable {
    public var arrivedAt: String?
    public var leftAt: String?

    public init(arrivedAt: String? = nil, leftAt: String? = nil) {
        self.arrivedAt = arrivedAt
        self.leftAt = leftAt
    }
}

/// An official present at the meeting (tjänsteperson): name and, when the protokoll gives one, title.
public struct Official: Codable, Equatable, Sendable {
    public var name: String
    public var title: String?

    public init(name: String, title: String? = nil) {
        self.name = name
        self.title = title
    }
}
