/// Where a member stands on a matter on one meeting's agenda. Keyed by meeting
/// and matter: the proposal may change between meetings.
public struct Position: Codable, Equatable, Sendable {
    public var meeting: String
    public var matter: String
    public var author: String
    public var stance: Stance
    /// The member's own proposal (eget yrkande), with stance `own`.
    public var ownProposal: OwnProposal?
    public var motivation: String?
    /// RFC 3339 with offset.
    public var modified: String

    public init(meeting: String, matter: String, author: String, stance: Stance, ownProposal: OwnProposal? = nil,
                motivation: String? = nil, modified: String) {
        self.meeting = meeting
        self.matter = matter
        self.author = author
        self.stance = stance
        self.ownProposal = ownProposal
        self.motivation = motivation
        self.modified = modified
    }

    public enum Stance: String, Codable, Equatable, Sendable, CaseIterable {
        case support      // bifall
        case oppose       // avslag
        case abstain      // avstår
        case own          // eget yrkande
    }
}

/// A member's own proposal: what kind, and its text.
public struct OwnProposal: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Equatable, Sendable, CaseIterable {
        case amendment                       // ändringsyrkande
        case addition                        // tilläggsyrkande
        case referralBack = "referral-back"  // återremiss
        case tabling                         // bordläggning
    }

    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// The shape of a positions file: one member's positions on one meeting's agenda.
public struct PositionsFile: Codable, Equatable, Sendable {
    public var positions: [Position]

    public init(positions: [Position]) {
        self.positions = positions
    }
}

/// A position as the interface holds it, with whether it is shared.
public struct VisiblePosition: Equatable, Sendable {
    public var position: Position
    public var shared: Bool

    public init(position: Position, shared: Bool) {
        self.position = position
        self.shared = shared
    }
}
