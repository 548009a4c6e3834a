import DocketModel

/// A change to my positions or read marks, as data: the runtime stamps and writes it.
public enum PositionChange: Equatable, Sendable {
    case set(meeting: String, matter: String, stance: Position.Stance, own: OwnProposal?, motivation: String?, shared: Bool)
    case clear(meeting: String, matter: String)
    case share(Position, toShared: Bool)
    /// Read at this revision; nil marks it unread.
    case markRead(meeting: String, matter: String, revision: String?)
}

/// The position menu's step: choosing a stance, or the kind of an own proposal.
/// The keys of the position menu and its kind step.
public enum PositionCommand: Sendable, Hashable {
    /// Support, oppose, abstain; own asks for its kind first.
    case stance(Position.Stance)
    case ownInEditor
    case motivation
    case share
    case clear
    /// The kind of my own proposal.
    case kind(OwnProposal.Kind)
}

public struct PositionMenu: Sendable, Equatable {
    public enum Step: Sendable, Equatable {
        case stance
        case ownKind(inEditor: Bool)
    }

    public let meeting: String
    public let matter: String
    public var step: Step

    public init(meeting: String, matter: String, step: Step) {
        self.meeting = meeting
        self.matter = matter
        self.step = step
    }
}
