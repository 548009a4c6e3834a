/// `meetings/<id>/record.json`: the clerk's record of a meeting, written only
/// by the clerk. Everything the minutes must show (kommunallagen 5 kap. 67 §).
public struct MeetingRecord: Codable, Equatable, Sendable {
    public var meeting: String
    /// The meeting's first § number, continuing the committee's yearly series.
    public var firstParagraph: Int
    public var attendance: [Attendance]
    public var officials: [Official]
    /// The two members who check and sign the minutes (justerare).
    public var checkers: [String]
    public var checking: Checking?
    /// When the meeting began and ended, as the clerk recorded them: a meeting entered after the fact, from its
    /// protokoll, has no live file to give the times.
    public var held: Held?
    /// Changes to the agenda when it was approved; none means approved as sent.
    public var agendaChanges: [AgendaChange]
    /// What happened to each item, in the order the items were handled.
    public var items: [ItemRecord]
    /// The date the minutes were signed (justerat): from then on the record is read-only.
    public var approved: String?
    /// The date they were posted on the official notice board (anslag).
    public var posted: String?
    public var corrections: [Correction]
    /// The ids of the most recent changes written, so that a change retried
    /// after a partial failure (the record written, its journal line not) is applied once.
    public var appliedChanges: [String]?
    /// Set on a record imported from a protokoll that refers to its items by their agenda numbers
    /// (a German council's TOP), not by a § series: such a record has no § numbers.
    public var unnumbered: Bool?

    /// How many change ids are kept: far more than could ever wait for a retry.
    public static let appliedChangesKept = 64

    public init(meeting: String, firstParagraph: Int, attendance: [Attendance] = [], officials: [Official] = [],
                checkers: [String] = [], checking: Checking? = nil, agendaChanges: [AgendaChange] = [],
                items: [ItemRecord] = [], approved: String? = nil, posted: String? = nil, corrections: [Correction] = []) {
        self.meeting = meeting
        self.firstParagraph = firstParagraph
        self.attendance = attendance
        self.officials = officials
        self.checkers = checkers
        self.checking = checking
        self.agendaChanges = agendaChanges
        self.items = items
        self.approved = approved
        self.posted = posted
        self.corrections = corrections
    }

    /// Time and place of checking the minutes.
    /// "13:00", and "16:05" when the end is known.
    public struct Held: Codable, Equatable, Sendable {
        public var start: String
        public var end: String?

        public init(start: String, end: String? = nil) {
            self.start = start
            self.end = end
        }
    }

    /// When and where the minutes are checked: many protokoll give the day alone.
    public struct Checking: Codable, Equatable, Sendable {
        public var date: String
        public var time: String?
        public var place: String?

        public init(date: String, time: String? = nil, place: String? = nil) {
            self.date = date
            self.time = time
            self.place = place
        }
    }

    /// An explicit change after approval: who, when, why.
    public struct Correction: Codable, Equatable, Sendable {
        public var at: String
        public var by: String
        public var reason: String

        public init(at: String, by: String, reason: String) {
            self.at = at
            self.by = by
            self.reason = reason
        }
    }

    /// Struck items (utgår), by agenda item id.
    public var struckItems: Set<String> {
        Set(agendaChanges.filter { $0.kind == .struck }.map(\.item))
    }

    /// § numbers: consecutive from `firstParagraph` in the order items were handled; struck items get none,
    /// and an unnumbered record none at all.
    public var paragraphNumbers: [String: Int] {
        guard unnumbered != true else { return [:] }
        let struck = struckItems
        var numbers: [String: Int] = [:]
        for record in items where !struck.contains(record.item) {
            numbers[record.item] = firstParagraph + numbers.count
        }
        return numbers
    }

    public func record(of item: String) -> ItemRecord? {
        items.first { $0.item == item }
    }
}
