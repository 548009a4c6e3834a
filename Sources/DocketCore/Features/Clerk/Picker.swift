import DocketModel
import DocketText

/// A list to choose from, in a box over the screen: one row with Enter, or
/// several marked with Space. The clerk picks members and proposals with it.
public struct Picker: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case member(String)
        case proposal(String)
        case entry(ItemEntry)
        /// A proposal ready to put: a member's shared own proposal.
        case put(PutProposal)
        /// A party group, by abbreviation: a proposer or the author of a statement.
        case party(String)
        /// A substitute serving for a member the protokoll does not name.
        case seatNotRecorded
        /// A section of the agenda, by id.
        case section(String)
        /// A field of a matter to correct, and a kind of matter.
        case field(MatterField)
        case kind(MatterKind)
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
        /// Correcting a matter's own fields.
        case matter(MatterPurpose)
    }

    public enum MatterPurpose: Sendable, Equatable {
        case field(matter: String)
        case kind(matter: String)
    }

    public enum ItemPurpose: Sendable, Equatable {
        case memberProposal(item: String)
        case proposers(item: String, kind: PutProposal.Kind)
        case withdraw(item: String)
        case propositionSides(item: String)
        case preferred(item: String, sides: [String])
        /// What ja stands for; `counted`: the vote is then recorded as counts, not by roll call.
        case voteYes(item: String, counted: Bool)
        case voteNo(item: String, yes: String, counted: Bool)
        case members(MemberList, item: String)
        case reservation(item: String)
        case reservationFavour(item: String, members: [String])
        case statement(item: String, kind: StatementKind)
        case remove(item: String)
    }

    public enum MeetingPurpose: Sendable, Equatable {
        case checkers
        case servingFor(member: String)
        /// Before the notice: the section an item stands in, and the matter's proposals it puts forward.
        case itemSection(item: String)
        case itemProposals(item: String)
    }

    public let purpose: Purpose
    public let meeting: String
    public let title: String
    public let rows: [Row]
    public let allowsSeveral: Bool
    public internal(set) var marked: Set<Int>
    /// The row under the cursor, an index into `rows`; always one of the shown rows.
    public internal(set) var cursor: Int = 0
    /// Typed letters narrow the rows to those whose label contains them (a name, a party).
    public internal(set) var filter = ""

    /// Lists this short take a digit: 1–9 choose (or, where several are taken, mark) that row.
    public static let digitRows = 9

    /// The indices of the rows shown: those matching what was typed.
    public var shown: [Int] {
        filter.isEmpty ? Array(rows.indices) : rows.indices.filter { TextSearch.contains(filter, in: rows[$0].label) }
    }

    /// Whether digits pick rows here, rather than being typed.
    public var takesDigits: Bool { shown.count <= Picker.digitRows }

    /// The picker after typing a character: fewer rows, the cursor on the first one left.
    func narrowed(by character: Character?) -> Picker {
        var copy = self
        if let character { copy.filter.append(character) } else if !copy.filter.isEmpty { copy.filter.removeLast() }
        copy.cursor = copy.shown.first ?? cursor
        return copy
    }

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
        guard allowsSeveral, !marked.isEmpty else { return shown.contains(cursor) ? [rows[cursor].value] : [] }
        return marked.sorted().map { rows[$0].value }
    }

    var chosenMembers: [String] { chosen.compactMap { if case .member(let id) = $0 { return id } else { return nil } } }
    /// The marked members only, where marking none is an answer (nobody recused).
    var markedMembers: [String] {
        marked.sorted().compactMap { if case .member(let id) = rows[$0].value { return id } else { return nil } }
    }
    var chosenProposals: [String] { chosen.compactMap { if case .proposal(let id) = $0 { return id } else { return nil } } }
    var chosenParties: [String] { chosen.compactMap { if case .party(let party) = $0 { return party } else { return nil } } }
}

extension AppState {
    /// Keys in a picker: move, mark, take, leave.
    mutating func handlePicker(_ command: PickerCommand) -> [Effect] {
        guard var current = picker else { return [] }
        let shown = current.shown
        let position = shown.firstIndex(of: current.cursor) ?? 0
        switch command {
        case .down: current.cursor = shown[safe: min(position + 1, shown.count - 1)] ?? current.cursor
        case .up: current.cursor = shown[safe: max(position - 1, 0)] ?? current.cursor
        case .mark:
            // Tab (or Space before anything is typed) marks and stays: the clerk sees what was marked, and can type the next name at once.
            guard current.allowsSeveral, shown.contains(current.cursor) else { return [] }
            if current.marked.contains(current.cursor) { current.marked.remove(current.cursor) } else { current.marked.insert(current.cursor) }
            current.filter = ""
        case .space:
            guard current.filter.isEmpty else {
                picker = current.narrowed(by: " ")
                return []
            }
            return handlePicker(.mark)
        case .erase:
            current = current.narrowed(by: nil)
        case .take:
            // A name typed and not yet marked is meant too.
            if current.allowsSeveral, !current.filter.isEmpty, shown.contains(current.cursor) { current.marked.insert(current.cursor) }
            picker = nil
            return take(current)
        }
        picker = current
        return []
    }

    /// A key in a picker that no binding takes: a digit picks a row in a short list, anything else narrows it.
    mutating func typeInPicker(_ character: Character) -> [Effect] {
        guard var current = picker else { return [] }
        if current.takesDigits, let number = character.wholeNumberValue, number >= 1 {
            guard let row = current.shown[safe: number - 1] else { return [] }
            current.cursor = row
            picker = current
            // Where several are taken a digit marks its row; Enter takes them. Elsewhere it takes the row at once.
            return handlePicker(current.allowsSeveral ? .mark : .take)
        }
        picker = current.narrowed(by: character)
        return []
    }
}

/// The keys of a picker, besides closing it.
public enum PickerCommand: Sendable, Hashable {
    case down, up
    /// Takes back the last letter typed.
    case erase
    /// Marks or unmarks the row, when several can be taken.
    case mark
    /// Space: marks while nothing is typed; typed after a letter it is part of the name ("Per-Olof S").
    case space
    /// Takes the marked rows, or the row under the cursor.
    case take
}
