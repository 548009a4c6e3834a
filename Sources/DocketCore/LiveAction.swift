import DocketModel

/// A presiding action, as data: the runtime stamps it, writes the live file and journals it.
public enum LiveAction: Equatable, Sendable {
    case open(meeting: String)
    case pause(meeting: String)
    case resume(meeting: String)
    case close(meeting: String)
    case reopen(meeting: String)
    /// The live pointer to an agenda item (by id).
    case move(meeting: String, item: String)

    public var meeting: String {
        switch self {
        case .open(let meeting), .pause(let meeting), .resume(let meeting), .close(let meeting), .reopen(let meeting),
             .move(let meeting, _): return meeting
        }
    }
}

/// Whether my screen follows the live meeting.
public enum Following: Equatable, Sendable {
    case off
    case on(meeting: String)
    /// I opened something else; F resumes.
    case paused(meeting: String)
}
