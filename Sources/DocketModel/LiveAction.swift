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

    /// The journal's name for the action.
    public var name: String {
        switch self {
        case .open: return "open"
        case .pause: return "pause"
        case .resume: return "resume"
        case .close: return "close"
        case .reopen: return "reopen"
        case .move: return "move"
        }
    }

    /// The item the action concerns: where it moves to, or the first item a meeting opens on.
    public func item(firstItem: String?) -> String? {
        switch self {
        case .open: return firstItem
        case .move(_, let item): return item
        case .pause, .resume, .close, .reopen: return nil
        }
    }

    /// The live file with the action done, at `stamp`; a meeting opens on `firstItem`.
    public func applied(to live: LiveMeeting, stamp: LiveMeeting.Stamp, firstItem: String?) -> LiveMeeting {
        var updated = live
        switch self {
        case .open:
            updated.opened = stamp
            updated.current = updated.current ?? firstItem
        case .pause: updated.pauses.append(LiveMeeting.Pause(from: stamp))
        case .resume:
            if !updated.pauses.isEmpty { updated.pauses[updated.pauses.count - 1].to = stamp }
        case .close: updated.closed = stamp
        case .reopen:
            updated.closed = nil
            updated.reopened.append(stamp)
        case .move(_, let target): updated.current = target
        }
        return updated
    }
}

