/// `meetings/<id>/live.json`: what presiding did to a meeting. Written only by
/// whoever presides; the meeting's state everywhere is derived from it.
public struct LiveMeeting: Codable, Equatable, Sendable {
    public var meeting: String
    public var opened: Stamp?
    public var pauses: [Pause]
    public var closed: Stamp?
    public var reopened: [Stamp]
    /// The agenda item (by id) the meeting is on.
    public var current: String?

    public init(meeting: String, opened: Stamp? = nil, pauses: [Pause] = [], closed: Stamp? = nil,
                reopened: [Stamp] = [], current: String? = nil) {
        self.meeting = meeting
        self.opened = opened
        self.pauses = pauses
        self.closed = closed
        self.reopened = reopened
        self.current = current
    }

    /// Who did something, and when (RFC 3339 with offset).
    public struct Stamp: Codable, Equatable, Sendable {
        public var at: String
        public var by: String

        public init(at: String, by: String) {
            self.at = at
            self.by = by
        }

        /// "16:05": the wall-clock time the stamp was written in (its offset is the committee's zone).
        public var clockTime: String {
            let characters = Array(at)
            return characters.count >= 16 ? String(characters[11..<16]) : at
        }
    }

    /// An adjournment (ajournering): from, and to once resumed.
    public struct Pause: Codable, Equatable, Sendable {
        public var from: Stamp
        public var to: Stamp?

        public init(from: Stamp, to: Stamp? = nil) {
            self.from = from
            self.to = to
        }
    }

    public enum State: String, Equatable, Sendable {
        case planned, inProgress = "in progress", paused, closed
    }

    public var state: State {
        if closed != nil { return .closed }
        guard opened != nil else { return .planned }
        return pauses.last.map { $0.to == nil } == true ? .paused : .inProgress
    }

    /// The member who presides now: whoever opened or last reopened the meeting.
    public var presiding: String? { reopened.last?.by ?? opened?.by }
}

/// One line of a writer's journal (`journal/<member>.jsonl`): append-only.
public struct JournalEntry: Codable, Equatable, Sendable {
    public var time: String
    public var person: String
    public var action: String
    public var meeting: String
    public var item: String?
    public var summary: String
    /// The id of the change this entry journals, when it can be retried (the clerk's record changes).
    public var change: String?

    public init(time: String, person: String, action: String, meeting: String, item: String?, summary: String, change: String? = nil) {
        self.change = change
        self.time = time
        self.person = person
        self.action = action
        self.meeting = meeting
        self.item = item
        self.summary = summary
    }
}
