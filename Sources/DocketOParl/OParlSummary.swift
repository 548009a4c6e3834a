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

    public init() {}

    mutating func count(_ kind: Kind, isNew: Bool) {
        if isNew { new[kind, default: 0] += 1 } else { updated[kind, default: 0] += 1 }
    }

    mutating func skip(_ kind: String, _ what: String, _ reason: Reason) {
        skipped.append(Skipped(kind: kind, what: what, reason: reason))
    }
}
