/// What an import did: how many of each kind were new or updated, and what was
/// left out with the reason, so that a clerk can see nothing went missing silently.
public struct OParlSummary: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case member, meeting, agendaItem, matter, record

        public static func < (left: Kind, right: Kind) -> Bool {
            allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
        }
    }

    /// Why an object was not imported.
    public enum Reason: Hashable, Sendable {
        case deleted
        case cancelled
        case noStart
        case noName
        case noReference
        case referenceTaken(String)
        case unknownRole(String)
        case noStartDate
    }

    public struct Skipped: Equatable, Sendable {
        public var kind: String
        /// A name or reference a person recognises, else the URL.
        public var what: String
        public var reason: Reason
    }

    public var new: [Kind: Int] = [:]
    public var updated: [Kind: Int] = [:]
    public var skipped: [Skipped] = []
    /// Objects of the body that belong to no meeting of this organization, by kind ("Meeting", "Paper"): another store's.
    public var elsewhere: [String: Int] = [:]
    /// Objects deleted on the server that name no organization, by kind: nobody's.
    public var deletedUnplaced: [String: Int] = [:]

    /// Agenda items whose number is too long to print as a label: kept, numbered in order.
    public var renumbered: [Renumbered] = []

    public struct Renumbered: Equatable, Sendable {
        /// The item's URL, which names it in the council's data.
        public var what: String
        public var number: String
        public var now: Int
    }

    /// What the data names but does not hold, or holds with nothing to attach it to: left out, counted, with the URLs.
    public var dropped: [Dropped: [String]] = [:]

    public enum Dropped: String, Sendable, CaseIterable, Comparable {
        /// A paper an agenda item's consultation names, absent from the data: the item stands without its matter.
        case absentPaper
        /// A file (a resolution) of an agenda item that deals with no paper: there is no matter to keep it with.
        case fileWithoutPaper
        /// A consultation here of a paper absent from the data.
        case consultationWithoutPaper

        public static func < (left: Dropped, right: Dropped) -> Bool {
            allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
        }
    }

    public init() {}

    mutating func drop(_ kind: Dropped, _ url: String) {
        if dropped[kind]?.contains(url) != true { dropped[kind, default: []].append(url) }
    }

    mutating func count(_ kind: Kind, isNew: Bool) {
        if isNew { new[kind, default: 0] += 1 } else { updated[kind, default: 0] += 1 }
    }

    mutating func skip(_ kind: String, _ what: String, _ reason: Reason) {
        skipped.append(Skipped(kind: kind, what: what, reason: reason))
    }
}
