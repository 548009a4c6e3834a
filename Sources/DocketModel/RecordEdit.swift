/// One change the clerk makes to a meeting's record, as data: the interface
/// applies it at once, the runtime applies it again to the file as on disk
/// (under its lock) and journals it.
public enum RecordEdit: Equatable, Sendable {
    case attendance(Attendance)
    case officials([Official])
    case checkers([String])
    case checking(MeetingRecord.Checking?)
    case held(MeetingRecord.Held?)
    case firstParagraph(Int)
    case agendaChanges([AgendaChange])
    /// A change to one item's record; the item is recorded as handled if it was not yet.
    case item(String, ItemEdit)
    case approve(date: String)
    case post(date: String)
    case correct(MeetingRecord.Correction)
    /// Undo or redo: the record as it was before (or after) a change, its applied change ids kept.
    case restore(MeetingRecord)

    /// The journal's name for the action.
    public var action: String {
        switch self {
        case .attendance: return "record-attendance"
        case .officials: return "record-officials"
        case .checkers: return "record-checkers"
        case .checking: return "record-checking"
        case .held: return "record-times"
        case .firstParagraph: return "record-first-paragraph"
        case .agendaChanges: return "record-agenda"
        case .item(_, let edit): return "record-\(edit.action)"
        case .approve: return "record-approve"
        case .post: return "record-post"
        case .correct: return "record-correct"
        case .restore: return "record-restore"
        }
    }

    public var item: String? {
        if case .item(let item, _) = self { return item }
        return nil
    }

    /// The edit with the moment it is written: a correction records when it was made (RFC 3339).
    public func stamped(_ time: String) -> RecordEdit {
        guard case .correct(var correction) = self else { return self }
        correction.at = time
        return .correct(correction)
    }

    public func applied(to record: MeetingRecord) -> MeetingRecord {
        var record = record
        switch self {
        case .attendance(let attendance):
            if let index = record.attendance.firstIndex(where: { $0.member == attendance.member }) {
                record.attendance[index] = attendance
            } else {
                record.attendance.append(attendance)
            }
        case .officials(let officials): record.officials = officials
        case .checkers(let checkers): record.checkers = checkers
        case .checking(let checking): record.checking = checking
        case .held(let held): record.held = held
        case .firstParagraph(let number): record.firstParagraph = number
        case .agendaChanges(let changes): record.agendaChanges = changes
        case .item(let item, let edit):
            if let index = record.items.firstIndex(where: { $0.item == item }) {
                record.items[index] = edit.applied(to: record.items[index])
            } else {
                record.items.append(edit.applied(to: ItemRecord(item: item)))
            }
        case .approve(let date): record.approved = date
        case .post(let date): record.posted = date
        case .correct(let correction): record.corrections.append(correction)
        case .restore(let earlier):
            let applied = record.appliedChanges
            record = earlier
            record.appliedChanges = applied
        }
        return record
    }
}

/// A change to one item's record.
public enum ItemEdit: Equatable, Sendable {
    /// Sets who is on one of the item's member lists.
    case members(MemberList, [String])
    case addProposal(PutProposal)
    case withdraw(proposal: String, Bool)
    case addStep(PropositionStep)
    /// Adds the vote, or replaces the one with its id (a roll call is saved after every answer).
    case vote(Vote)
    case decision(Decision?)
    case addReservation(Reservation)
    case addStatement(StatementKind, Statement)
    /// Sets the lines of the beslutsunderlag or of who receives the decision.
    case lines(TextList, [String])
    /// Marks a step of the proposition order as the one that chose the counter-proposal, or not.
    case counterProposal(step: Int, Bool)
    case checkedAtOnce(Bool)
    /// Who presented the item (nil: nobody named).
    case presenter(String?)
    case remove(ItemEntry)

    var action: String {
        switch self {
        case .members(let list, _): return list.rawValue
        case .addProposal: return "proposal"
        case .withdraw: return "withdrawal"
        case .addStep: return "proposition"
        case .vote: return "vote"
        case .decision: return "decision"
        case .addReservation: return "reservation"
        case .addStatement(let kind, _): return kind.rawValue
        case .lines(let list, _): return list.rawValue
        case .counterProposal: return "counter-proposal"
        case .checkedAtOnce: return "checked-at-once"
        case .presenter: return "presenter"
        case .remove: return "removal"
        }
    }

    public func applied(to record: ItemRecord) -> ItemRecord {
        var record = record
        switch self {
        case .members(let list, let members): list.set(members, in: &record)
        case .addProposal(let proposal):
            // A proposal recorded again (the agenda's, now moved by the chair) replaces the earlier entry.
            if let index = record.proposals.firstIndex(where: { $0.id == proposal.id }) {
                record.proposals[index] = proposal
            } else {
                record.proposals.append(proposal)
            }
        case .withdraw(let id, let withdrawn):
            if let index = record.proposals.firstIndex(where: { $0.id == id }) { record.proposals[index].withdrawn = withdrawn ? true : nil }
        case .addStep(let step):
            // A vote on the proposition just put is that proposition's vote ("… och finner att … Votering begärs."),
            // not a second proposition: the chair's finding stays, the vote joins it.
            if let vote = step.vote, let last = record.propositionOrder.indices.last, record.propositionOrder[last].vote == nil,
               Set(record.propositionOrder[last].proposals) == Set(step.proposals) {
                record.propositionOrder[last].vote = vote
            } else {
                record.propositionOrder.append(step)
            }
        case .vote(let vote):
            if let index = record.votes.firstIndex(where: { $0.id == vote.id }) {
                record.votes[index] = vote
            } else {
                record.votes.append(vote)
            }
        case .decision(let decision): record.decision = decision
        case .addReservation(let reservation): record.reservations.append(reservation)
        case .addStatement(let kind, let statement): kind.set(kind.statements(in: record) + [statement], in: &record)
        case .lines(let list, let lines): list.set(lines, in: &record)
        case .counterProposal(let step, let chooses):
            if record.propositionOrder.indices.contains(step) { record.propositionOrder[step].counterProposal = chooses ? true : nil }
        case .checkedAtOnce(let checked): record.checkedAtOnce = checked ? true : nil
        case .presenter(let presenter): record.presenter = presenter
        case .remove(let entry): entry.remove(from: &record)
        }
        return record
    }
}

/// An entry of an item's record the clerk can take out again (a slip of the keyboard).
public enum ItemEntry: Equatable, Sendable {
    case proposal(String)
    case step(Int)
    case vote(String)
    case reservation(Int)
    case statement(StatementKind, Int)
    case decision
    case checkedAtOnce

    func remove(from record: inout ItemRecord) {
        switch self {
        case .decision: record.decision = nil
        case .checkedAtOnce: record.checkedAtOnce = nil
        case .proposal(let id): record.proposals.removeAll { $0.id == id }
        case .step(let index): if record.propositionOrder.indices.contains(index) { record.propositionOrder.remove(at: index) }
        case .vote(let id):
            record.votes.removeAll { $0.id == id }
            record.propositionOrder.removeAll { $0.vote == id }
        case .reservation(let index): if record.reservations.indices.contains(index) { record.reservations.remove(at: index) }
        case .statement(let kind, let index):
            var statements = kind.statements(in: record)
            if statements.indices.contains(index) { statements.remove(at: index) }
            kind.set(statements, in: &record)
        }
    }
}

/// A record edit addressed to its meeting, with the first § a new record starts from.
public struct RecordChange: Equatable, Sendable {
    public let meeting: String
    public let firstParagraph: Int
    public let edit: RecordEdit
    /// Given by the runtime at the first attempt to write it and kept through
    /// retries: applying a change with the same id twice is a no-op.
    public var id: String?

    public init(meeting: String, firstParagraph: Int, edit: RecordEdit, id: String? = nil) {
        self.id = id
        self.meeting = meeting
        self.firstParagraph = firstParagraph
        self.edit = edit
    }

    /// The records with this change made.
    public func applied(to records: [String: MeetingRecord]) -> [String: MeetingRecord] {
        var records = records
        records[meeting] = edit.applied(to: records[meeting] ?? MeetingRecord(meeting: meeting, firstParagraph: firstParagraph))
        return records
    }
}
