import DocketModel

/// A list to choose from, in a box over the screen: one row with Enter, or
/// several marked with Space. The clerk picks members and proposals with it.
public struct Picker: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case member(String)
        case proposal(String)
        case entry(ItemEntry)
        /// A proposal ready to put: a member's shared own proposal.
        case put(PutProposal)
        /// "Something else": typed, or none of the above.
        case other
    }

    public struct Row: Sendable, Equatable {
        public let label: String
        public let value: Value
    }

    /// What Enter does with the choice.
    public enum Purpose: Sendable, Equatable {
        /// A step of the clerk's record of an item.
        case item(ItemPurpose)
        /// A step of the clerk's record of the meeting as a whole.
        case meeting(MeetingPurpose)
    }

    public enum ItemPurpose: Sendable, Equatable {
        case memberProposal(item: String)
        case proposers(item: String, kind: PutProposal.Kind)
        case withdraw(item: String)
        case propositionSides(item: String)
        case preferred(item: String, sides: [String])
        case voteYes(item: String)
        case voteNo(item: String, yes: String)
        case members(MemberList, item: String)
        case reservation(item: String)
        case reservationFavour(item: String, members: [String])
        case statement(item: String, special: Bool)
        case remove(item: String)
    }

    public enum MeetingPurpose: Sendable, Equatable {
        case checkers
        case servingFor(member: String)
    }

    public let purpose: Purpose
    public let meeting: String
    public let title: String
    public let rows: [Row]
    public let allowsSeveral: Bool
    public internal(set) var marked: Set<Int>
    public internal(set) var cursor: Int = 0

    init(_ purpose: Purpose, meeting: String, title: String, rows: [Row], allowsSeveral: Bool = false, marked: Set<Int> = []) {
        self.purpose = purpose
        self.meeting = meeting
        self.title = title
        self.rows = rows
        self.allowsSeveral = allowsSeveral
        self.marked = marked
    }

    /// The rows Enter takes: the marked ones, else the one under the cursor.
    var chosen: [Value] {
        guard allowsSeveral, !marked.isEmpty else { return rows.indices.contains(cursor) ? [rows[cursor].value] : [] }
        return marked.sorted().map { rows[$0].value }
    }

    var chosenMembers: [String] { chosen.compactMap { if case .member(let id) = $0 { return id } else { return nil } } }
    /// The marked members only, where marking none is an answer (nobody recused).
    var markedMembers: [String] {
        marked.sorted().compactMap { if case .member(let id) = rows[$0].value { return id } else { return nil } }
    }
    var chosenProposals: [String] { chosen.compactMap { if case .proposal(let id) = $0 { return id } else { return nil } } }
}

extension AppState {
    /// Keys in a picker: move, mark, take, leave.
    mutating func handlePicker(_ command: PickerCommand) -> [Effect] {
        guard var current = picker else { return [] }
        switch command {
        case .down: current.cursor = min(current.cursor + 1, current.rows.count - 1)
        case .up: current.cursor = max(current.cursor - 1, 0)
        case .mark:
            guard current.allowsSeveral else { return [] }
            if current.marked.contains(current.cursor) { current.marked.remove(current.cursor) } else { current.marked.insert(current.cursor) }
            current.cursor = min(current.cursor + 1, current.rows.count - 1)
        case .take:
            picker = nil
            return take(current)
        }
        picker = current
        return []
    }
}

/// The keys of a picker, besides closing it.
public enum PickerCommand: Sendable, Hashable {
    case down, up
    /// Marks or unmarks the row, when several can be taken.
    case mark
    /// Takes the marked rows, or the row under the cursor.
    case take
}
