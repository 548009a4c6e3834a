import DocketModel

/// Whether my screen follows the live meeting.
public enum Following: Equatable, Sendable {
    case off
    case on(meeting: String)
    /// I opened something else; F resumes.
    case paused(meeting: String)

    /// The meeting followed, or paused from.
    public var meeting: String? {
        switch self {
        case .off: nil
        case .on(let meeting), .paused(let meeting): meeting
        }
    }
}
