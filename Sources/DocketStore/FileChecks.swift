import DocketModel

/// The checks beyond the schema that a file of each kind must pass, the same
/// when a store is loaded and before Docket writes one of its files.
enum FileChecks {
    /// `record.json`: every member, item, proposal and vote it names exists, and it holds no fault.
    static func record(_ record: MeetingRecord, meeting: Meeting, committee: Committee?, file: String) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        func report(_ path: String, _ message: String) {
            problems.append(StoreProblem(file: file, place: .value(path: path), kind: .reference, message: message))
        }
        if record.meeting != meeting.id { report("$.meeting", "the record of meeting \(meeting.id) names meeting \"\(record.meeting)\"") }
        let items = Set(meeting.agenda.map(\.id) + record.agendaChanges.filter { $0.kind == .added }.map(\.item))
        func checkMember(_ id: String, _ path: String) {
            if let committee, committee.member(id: id) == nil { report(path, "no member with id \"\(id)\" in \(StoreLayout.committee)") }
        }
        for (index, attendance) in record.attendance.enumerated() {
            checkMember(attendance.member, "$.attendance[\(index)].member")
            if let seat = attendance.servingFor { checkMember(seat, "$.attendance[\(index)].servingFor") }
            for (periodIndex, period) in (attendance.periods ?? []).enumerated() {
                for id in [period.arrivedAt, period.leftAt].compactMap({ $0 }) where !items.contains(id) {
                    report("$.attendance[\(index)].periods[\(periodIndex)]", "no agenda item with id \"\(id)\" in this meeting")
                }
            }
        }
        // A party group moves a proposal or makes a statement only if the committee has members of that party.
        let parties = Set(committee?.members.compactMap(\.party) ?? [])
        for (index, checker) in record.checkers.enumerated() { checkMember(checker, "$.checkers[\(index)]") }
        for (index, change) in record.agendaChanges.enumerated() where !items.contains(change.item) {
            report("$.agendaChanges[\(index)].item", "no agenda item with id \"\(change.item)\" in this meeting")
        }
        // The agenda as changed at the meeting prints each number once: an item added on a stale
        // agenda (another process put one on meanwhile) would otherwise share a number.
        let changed = meeting.applying(record.agendaChanges).agenda
        var printed: [String: String] = [:]
        for item in changed {
            // Within its section: a closed part may count from 1 again.
            let number = item.section + " " + item.printedNumber.lowercased().filter { !$0.isWhitespace }
            if let first = printed[number] {
                let index = record.agendaChanges.firstIndex { $0.item == item.id } ?? 0
                report("$.agendaChanges[\(index)]", "the item \"\(item.id)\" is numbered \(item.printedNumber), as \"\(first)\" is: each number is printed once")
            } else {
                printed[number] = item.id
            }
        }
        for (index, item) in record.items.enumerated() {
            let path = "$.items[\(index)]"
            if !items.contains(item.item) { report("\(path).item", "no agenda item with id \"\(item.item)\" in this meeting") }
            let proposals = Set(item.proposals.map(\.id))
            let votes = Set(item.votes.map(\.id))
            let listed: [String] = MemberList.allCases.flatMap { $0.members(in: item) }
            let statements = StatementKind.allCases.flatMap { $0.statements(in: item) }
            let named: [String] = item.proposals.flatMap(\.proposers) + item.reservations.flatMap(\.members)
                + statements.flatMap(\.members) + item.votes.flatMap(\.ballots).map(\.member)
            for member in listed + named { checkMember(member, path) }
            let groups = item.proposals.flatMap { $0.parties ?? [] } + statements.flatMap { $0.parties ?? [] }
            for party in groups where committee != nil && !parties.contains(party) {
                report(path, "no member of the committee belongs to the party \"\(party)\"")
            }
            for (stepIndex, step) in item.propositionOrder.enumerated() {
                for id in step.proposals + [step.preferred] where !proposals.contains(id) {
                    report("\(path).propositionOrder[\(stepIndex)]", "no proposal \"\(id)\" among this item's proposals")
                }
                if let vote = step.vote, !votes.contains(vote) {
                    report("\(path).propositionOrder[\(stepIndex)].vote", "no vote \"\(vote)\" on this item")
                }
            }
            for (voteIndex, vote) in item.votes.enumerated() {
                for id in [vote.yes, vote.no] + [vote.result].compactMap({ $0 }) where !proposals.contains(id) {
                    report("\(path).votes[\(voteIndex)]", "no proposal \"\(id)\" among this item's proposals")
                }
            }
        }
        // Faults are judged only on a record whose references hold: a missing member says enough.
        if problems.isEmpty, let committee {
            for fault in record.faults(meeting: meeting, committee: committee) {
                problems.append(StoreProblem(file: file, place: .value(path: fault.path), kind: .content,
                                             message: fault.kind.message(naming: { committee.member(id: $0)?.name ?? $0 })))
            }
        }
        return problems
    }

    /// `live.json`: about this meeting, pointing at one of its items as changed at the meeting.
    static func live(_ live: LiveMeeting, meeting: Meeting, record: MeetingRecord?, file: String) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        if live.meeting != meeting.id {
            problems.append(StoreProblem(file: file, place: .value(path: "$.meeting"), kind: .reference,
                                         message: "the live file of meeting \(meeting.id) names meeting \"\(live.meeting)\""))
        }
        // The live pointer follows the agenda as changed at the meeting, extra items included.
        let agenda = meeting.applying(record?.agendaChanges ?? []).agenda
        if let current = live.current, !agenda.contains(where: { $0.id == current }) {
            problems.append(StoreProblem(file: file, place: .value(path: "$.current"), kind: .reference,
                                         message: "no agenda item with id \"\(current)\" in this meeting"))
        }
        return problems
    }

    /// In a shared store, a record or live file made by a member's account that has no
    /// right to write it (a member making `record.json` before the clerk does) is not used.
    /// The operating system keeps the files that exist; this catches one made first.
    /// Root's files are the administrator's (an import, a restored backup) and pass.
    static func writer(of file: String, may allowed: (Member) -> Bool, committee: Committee?, reader: StoreReader) -> StoreProblem? {
        guard let committee, let owner = reader.fileSystem.ownership(at: file)?.owner, owner != 0, let login = SystemAccounts.login(owner),
              let member = committee.members.first(where: { $0.login == login }), !allowed(member) else { return nil }
        return StoreProblem(file: file, place: .file, kind: .content,
                            message: "written by the account \(login) (\(member.name)), who may not write it: not used")
    }

    /// Who may write a meeting's record and live file, on the meeting's date.
    static func mayRecord(on date: String) -> (Member) -> Bool { { $0.role(on: date) == .clerk } }
    static func mayPreside(on date: String) -> (Member) -> Bool { { [.chair, .viceChair].contains($0.role(on: date)) } }

    /// A member's notes file holds only that member's notes.
    static func notes(_ notes: NotesFile, member: String, file: String) -> [StoreProblem] {
        notes.notes.enumerated().filter { $0.element.author != member }.map { index, note in
            StoreProblem(file: file, place: .value(path: "$.notes[\(index)].author"), kind: .reference,
                         message: "a note by \"\(note.author)\" in \(member)'s file; each member's file holds only that member's notes")
        }
    }

    /// A positions file holds only its member's positions on its meeting.
    static func positions(_ positions: PositionsFile, member: String, meeting: String, file: String) -> [StoreProblem] {
        positions.positions.enumerated().filter { $0.element.author != member || $0.element.meeting != meeting }.map { index, position in
            StoreProblem(file: file, place: .value(path: "$.positions[\(index)]"), kind: .reference,
                         message: "a position by \"\(position.author)\" on meeting \"\(position.meeting)\"; this file holds only \(member)'s positions on \(meeting)")
        }
    }
}
