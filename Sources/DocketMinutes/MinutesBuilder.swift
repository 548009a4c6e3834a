import DocketModel

/// What to build: the whole minutes or an extract of some agenda items, in full or for publication.
public struct MinutesRequest: Sendable, Equatable {
    public var meeting: String
    /// Agenda item numbers for an extract (protokollsutdrag); nil for the full minutes.
    public var items: [Int]?
    /// Confidential items keep their § and title line, nothing else.
    public var isPublic: Bool

    public init(meeting: String, items: [Int]? = nil, isPublic: Bool = false) {
        self.meeting = meeting
        self.items = items
        self.isPublic = isPublic
    }
}

public enum MinutesError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownMeeting(String, known: [String])
    case noRecord(String)
    case unknownItems([Int])
    case notHandled([Int])
    /// The record was imported from a council's own protokoll, which stays the minutes of that meeting.
    case imported(String)

    public var description: String {
        switch self {
        case .unknownMeeting(let id, let known): return "no meeting \"\(id)\" in this store; the meetings are: \(known.joined(separator: ", "))"
        case .noRecord(let id): return "meeting \(id) has no record yet: the clerk records it during the meeting"
        case .unknownItems(let numbers): return "no agenda item \(numbers.map(String.init).joined(separator: ", ")) on this meeting"
        case .notHandled(let numbers): return "agenda item \(numbers.map(String.init).joined(separator: ", ")) was not handled (struck, or nothing recorded)"
        case .imported(let id): return "meeting \(id)'s record was imported from the council's own protokoll, which remains its minutes: Docket writes none"
        }
    }
}

/// Builds the minutes from the clerk's record: the header from attendance and
/// the live file, a § per handled item, signatures and the notice of posting.
public struct MinutesBuilder {
    let store: StoreContents
    let meeting: Meeting
    let record: MeetingRecord
    let live: LiveMeeting?
    let labels: MinutesLabels

    public init(store: StoreContents, meeting id: String, live: LiveMeeting?) throws(MinutesError) {
        guard let sent = store.meetings.first(where: { $0.id == id }) else {
            throw .unknownMeeting(id, known: store.meetings.map(\.id))
        }
        guard let record = store.records[id] else { throw .noRecord(id) }
        // Attendance and § numbers are not in an imported record: minutes made from it would be wrong.
        guard record.unnumbered != true else { throw .imported(id) }
        self.store = store
        self.record = record
        self.meeting = sent.applying(record.agendaChanges)
        self.live = live
        self.labels = MinutesLabels.for(store.committee.locale)
    }

    /// The checks' warnings that concern the requested part of the minutes.
    public func warnings(for request: MinutesRequest) -> [RecordWarning] {
        let all = record.warnings(meeting: meeting, committee: store.committee)
        guard let numbers = request.items else { return all }
        let ids = Set(meeting.agenda.filter { numbers.contains($0.number) }.map(\.id))
        return all.filter { $0.item.map(ids.contains) ?? true }
    }

    public func build(_ request: MinutesRequest) throws(MinutesError) -> MinutesDocument {
        let numbers = record.paragraphNumbers
        var handled = record.items.filter { numbers[$0.item] != nil }
        var struck = meeting.agenda.filter { record.struckItems.contains($0.id) }
        if let wanted = request.items {
            let unknown = wanted.filter { number in !meeting.agenda.contains { $0.number == number } }
            guard unknown.isEmpty else { throw .unknownItems(unknown) }
            let ids = meeting.agenda.filter { wanted.contains($0.number) }.map(\.id)
            let missing = wanted.filter { number in
                guard let item = meeting.agenda.first(where: { $0.number == number }) else { return false }
                return numbers[item.id] == nil
            }
            guard missing.isEmpty else { throw .notHandled(missing) }
            handled = handled.filter { ids.contains($0.item) }
            struck = []
        }
        // Each § keeps its agenda position, so a struck item can stand after the § handled before it.
        let agendaOrder = meeting.agenda.map(\.id)
        var placed: [(position: Int, paragraph: MinutesDocument.Paragraph)] = handled.compactMap { itemRecord in
            guard let item = meeting.agenda.first(where: { $0.id == itemRecord.item }) else { return nil }
            return (agendaOrder.firstIndex(of: item.id) ?? 0, paragraph(item, itemRecord, number: numbers[itemRecord.item], request: request))
        }
        for item in struck {
            let position = agendaOrder.firstIndex(of: item.id) ?? 0
            let index = placed.lastIndex { $0.position < position }.map { $0 + 1 } ?? 0
            placed.insert((position, MinutesDocument.Paragraph(number: nil, title: title(of: item),
                                                               blocks: [.text(labels.struck(item.printedNumber))])), at: index)
        }
        let paragraphs = placed.map(\.paragraph)
        let shown = handled.compactMap { numbers[$0.item] }
        return MinutesDocument(
            title: request.items == nil ? labels.minutes : labels.extract,
            subtitle: request.isPublic ? labels.publicVersion : nil,
            committee: store.committee.name,
            municipality: store.committee.municipality,
            meetingDate: meeting.date,
            header: header(paragraphs: shown),
            paragraphs: paragraphs,
            signaturesTitle: labels.signatures,
            signatures: signatures(),
            notice: notice())
    }

    // MARK: Names

    func name(_ id: String) -> String {
        store.committee.nameWithParty(id)
    }

    func names(_ ids: [String]) -> String { labels.list(ids.map(name)) }

    /// Members by name and party groups by abbreviation, together: "Leila Haddad (S), V och MP".
    func names(_ ids: [String], parties: [String]?) -> String { labels.list(ids.map(name) + (parties ?? [])) }

    /// The committee as a sentence names it: "socialnämnden".
    var committeeName: String { labels.bodyInSentence(store.committee.name) }

    func title(of item: AgendaItem) -> String {
        item.title ?? item.matter.flatMap { store.matters[$0]?.title } ?? item.id
    }

    /// How the minutes refer to a proposal: "förslaget från Socialförvaltningen", "avslagsyrkandet från …".
    func proposalName(_ id: String, in itemRecord: ItemRecord, item: AgendaItem) -> String {
        guard let proposal = itemRecord.proposals.first(where: { $0.id == id }) else { return id }
        if let agendaID = proposal.agendaProposal {
            let proposer = item.matter.flatMap { store.matters[$0]?.proposal(id: agendaID)?.proposer }
            return labels.agendaProposal(proposer.map(inSentence) ?? committeeName)
        }
        return labels.memberProposal(proposal.kind, names(proposal.proposers, parties: proposal.parties))
    }

    /// A proposer after a preposition: an administration or the presidium by a one-word name as running text
    /// writes it ("förslaget från socialförvaltningen"); a member or a longer proper name as written.
    func inSentence(_ proposer: Proposer) -> String {
        let isBody = [.administration, .presidium].contains(proposer.kind) && !proposer.name.contains(" ")
        return isBody ? labels.bodyInSentence(proposer.name) : proposer.name
    }

    /// Who presides: the one who opened the meeting, else the committee's chair on its day.
    var presiding: String? { store.committee.presiding(meeting, live: live) }

    /// A moved proposal as the minutes write it: the agenda's proposal moved by the chair who presides is
    /// "Ordföranden yrkar bifall till …", by members "… yrkar bifall till …"; a member's own yrkande in its words.
    func yrkande(_ proposal: PutProposal, in itemRecord: ItemRecord, item: AgendaItem) -> String {
        guard proposal.agendaProposal != nil else { return labels.moves(names(proposal.proposers, parties: proposal.parties), proposal.text) }
        let name = proposalName(proposal.id, in: itemRecord, item: item)
        if proposal.proposers == [presiding].compactMap({ $0 }) && (proposal.parties ?? []).isEmpty { return labels.chairMoves(name) }
        return labels.movesSupport(names(proposal.proposers, parties: proposal.parties), name)
    }

    /// "§ 105" for an item, or its agenda number when it has no §.
    func reference(_ itemID: String) -> String {
        if let number = record.paragraphNumbers[itemID] { return "§ \(number)" }
        return meeting.agenda.first { $0.id == itemID }?.printedNumber ?? itemID
    }

    // MARK: Header

    func header(paragraphs: [Int]) -> [MinutesDocument.Field] {
        typealias Field = MinutesDocument.Field
        var fields = [Field(label: labels.date, lines: [labels.longDate(meeting.date)])]
        // The live file's times, else those the clerk recorded (a meeting entered after the fact), else the time planned.
        let start = labels.clock(live?.opened?.clockTime ?? record.held?.start ?? meeting.time)
        let end = (live?.closed?.clockTime ?? record.held?.end).map { "–" + labels.clock($0) } ?? ""
        fields.append(Field(label: labels.placeAndTime, lines: ["\(meeting.place), \(labels.atClock(start + end))"]))
        let pauses = live?.pauses.map { labels.clock($0.from.clockTime) + "–" + ($0.to.map { labels.clock($0.clockTime) } ?? "") } ?? []
        if !pauses.isEmpty { fields.append(Field(label: labels.adjourned, lines: pauses)) }
        fields.append(Field(label: labels.deciding, lines: deciding()))
        let seats = store.committee.members.filter { isSeat($0.id) }
        let absent = seats.filter { seat in !record.attendance.contains { $0.member == seat.id && $0.present } }
        if !absent.isEmpty { fields.append(Field(label: labels.absent, lines: absent.map { name($0.id) })) }
        let waiting = record.attendance.filter { $0.present && !$0.servesAsSubstitute && !isSeat($0.member) && role($0.member) == .substitute }
        if !waiting.isEmpty { fields.append(Field(label: labels.substitutesNotServing, lines: waiting.map { name($0.member) })) }
        // Substitutes recorded as absent had förhinder: real protokoll list them too.
        let absentSubstitutes = record.attendance.filter { !$0.present && role($0.member) == .substitute }
        if !absentSubstitutes.isEmpty { fields.append(Field(label: labels.absentSubstitutes, lines: absentSubstitutes.map { name($0.member) })) }
        let clerk = store.committee.members.first { role($0.id) == .clerk }
        let others = record.officials.map { official in official.title.map { "\(official.name), \($0)" } ?? official.name }
            + (clerk.map { ["\($0.name), \(labels.clerkTitle)"] } ?? [])
        if !others.isEmpty { fields.append(Field(label: labels.othersPresent, lines: others)) }
        fields.append(Field(label: labels.checkers, lines: [record.checkers.isEmpty ? labels.notYet : names(record.checkers)]))
        fields.append(Field(label: labels.checkingPlaceAndTime,
                            lines: [record.checking.map { checking in
                                // As much as the protokoll gives: the day alone, or with its time and place.
                                ([checking.place].compactMap { $0 } + [labels.longDate(checking.date) + (checking.time.map { " " + labels.atClock(labels.clock($0)) } ?? "")])
                                    .joined(separator: ", ")
                            } ?? labels.notYet]))
        fields.append(Field(label: labels.paragraphs, lines: [paragraphRange(paragraphs)]))
        // What the clerk recorded, nothing more: an agenda approved as sent is its own §.
        if !record.agendaChanges.isEmpty {
            fields.append(Field(label: store.committee.minutesTerms?.agenda ?? labels.agenda, lines: agendaChanges()))
        }
        return fields
    }

    func role(_ member: String) -> MemberRole? { store.committee.member(id: member)?.role(on: meeting.date) }
    func isSeat(_ member: String) -> Bool { [.chair, .viceChair, .member].contains(role(member)) }


    /// Members in their seats, each substitute serving after the seat they took, then substitutes serving
    /// for a seat not recorded; arrivals and departures, or the §§ of several periods.
    func deciding() -> [String] {
        var lines: [String] = []
        func describe(_ attendance: Attendance) -> String {
            var parts = [name(attendance.member)]
            if let seat = attendance.servingFor {
                parts.append(labels.servingFor(name(seat)))
            } else if attendance.serving == true {
                parts.append(labels.servingSubstitute)
            } else if let role = role(attendance.member), role != .member {
                parts.append(labels.roles[role] ?? role.rawValue)
            }
            if attendance.periods != nil {
                parts.append(paragraphRange(paragraphs(covered: attendance)))
            } else {
                if let arrived = attendance.arrivedAt { parts.append(labels.from(reference(arrived))) }
                if let left = attendance.leftAt, let last = lastParagraph(before: left) { parts.append(labels.until(last)) }
            }
            return parts.joined(separator: ", ")
        }
        for seat in store.committee.members where isSeat(seat.id) {
            if let own = record.attendance.first(where: { $0.member == seat.id && $0.present }) { lines.append(describe(own)) }
            for substitute in record.attendance where substitute.present && substitute.servingFor == seat.id {
                lines.append(describe(substitute))
            }
        }
        for substitute in record.attendance where substitute.present && substitute.servingFor == nil && substitute.serving == true {
            lines.append(describe(substitute))
        }
        return lines
    }

    /// The § numbers of the items an attendance's periods cover.
    func paragraphs(covered attendance: Attendance) -> [Int] {
        let participation = RecordParticipation(record: record, meeting: meeting, committee: store.committee)
        return record.items.indices.compactMap { position in
            participation.covers(attendance, position: position) ? record.paragraphNumbers[record.items[position].item] : nil
        }
    }

    /// The last § before an item: where someone who left before it stopped taking part.
    func lastParagraph(before item: String) -> String? {
        let order = record.items.map(\.item)
        guard let end = order.firstIndex(of: item) else { return nil }
        return order[..<end].last { record.paragraphNumbers[$0] != nil }.map(reference)
    }

    /// "§ 105", "§§ 101–109", or runs as protokoll write them: "§§ 170, 172–184".
    func paragraphRange(_ numbers: [Int]) -> String {
        let sorted = Set(numbers).sorted()
        guard let first = sorted.first else { return labels.notYet }
        if sorted.count == 1 { return "§ \(first)" }
        var runs: [(Int, Int)] = []
        for number in sorted {
            if let last = runs.last, last.1 + 1 == number { runs[runs.count - 1].1 = number } else { runs.append((number, number)) }
        }
        return "§§ " + runs.map { $0 == $1 ? "\($0)" : "\($0)–\($1)" }.joined(separator: ", ")
    }

    func agendaChanges() -> [String] {
        func item(_ id: String) -> String {
            meeting.agenda.first { $0.id == id }.map { "\($0.printedNumber) \(title(of: $0))" } ?? id
        }
        return record.agendaChanges.map { change in
            switch change.kind {
            case .struck: return labels.struck(item(change.item))
            case .added: return labels.added(item(change.item))
            case .moved: return labels.moved(item(change.item), change.before.flatMap { id in meeting.agenda.first { $0.id == id }?.printedNumber })
            }
        }
    }

    // MARK: Paragraphs

    func paragraph(_ item: AgendaItem, _ itemRecord: ItemRecord, number: Int?, request: MinutesRequest) -> MinutesDocument.Paragraph {
        var blocks: [MinutesDocument.Block] = []
        let heading = title(of: item)
        if request.isPublic && item.isConfidential {
            return MinutesDocument.Paragraph(number: number, title: heading, blocks: [.text(labels.confidentialWithheld)])
        }
        let matter = item.matter.flatMap { store.matters[$0] }
        if let matter, !matter.diaryNumber.isEmpty { blocks.append(.text("\(labels.diaryNumber) \(matter.diaryNumber)")) }
        // Who presented it at the meeting, as the clerk recorded; else as the agenda named them.
        if let presenter = itemRecord.presenter ?? item.presenter { blocks.append(.text(labels.presenter(presenter))) }
        if let decision = itemRecord.decision {
            // A procedural § reads as real minutes write it: the text, without a "Beslut" heading;
            // an extra item known by its title alone is decided like any matter.
            let procedural = item.procedure != nil || (item.isProcedural && decision.category == .noted)
            if !procedural { blocks.append(.heading(labels.decision)) }
            var clauses = decision.clauses
            if clauses.first?.lowercased().hasPrefix("att ") == true {
                blocks.append(.text(labels.decides(store.committee.name)))
                if store.committee.locale == .swedish { clauses = clauses.map { DecisionClause.underHeading($0, committee: store.committee.name) } }
            }
            if decision.clauses.isEmpty, let body = decision.referredTo { blocks.append(.text(labels.referredTo(body))) }
            blocks.append(.clauses(clauses))
        }
        if let result = itemRecord.result {
            if itemRecord.decision == nil { blocks.append(.heading(labels.decision)) }
            blocks.append(.text(result))
        }
        let basis = (matter.map(basis) ?? []) + TextList.basis.lines(in: itemRecord)
        if !basis.isEmpty && !item.isProcedural { blocks += [.heading(labels.basis), .lines(basis)] }
        for list in MemberList.allCases where !list.members(in: itemRecord).isEmpty {
            let words = labels.memberList(list)
            blocks += [.heading(words.heading), .text(words.sentence(names(list.members(in: itemRecord))))]
        }
        // Only what was moved is an yrkande: the agenda's proposal that nobody moved stands, and the proposition says so.
        let moved = itemRecord.proposals.filter { !$0.isWithdrawn && $0.isMoved }
        let contested = !moved.isEmpty || itemRecord.propositionOrder.count > 1 || !itemRecord.votes.isEmpty
        if contested {
            if !moved.isEmpty { blocks.append(.heading(labels.proposals)) }
            for proposal in moved {
                blocks.append(.text(yrkande(proposal, in: itemRecord, item: item)))
            }
            blocks.append(.heading(labels.propositionOrder))
            for step in itemRecord.propositionOrder {
                let sides = step.proposals.map { proposalName($0, in: itemRecord, item: item) }
                let preferred = proposalName(step.preferred, in: itemRecord, item: item)
                if step.choosesCounterProposal {
                    blocks.append(.text(labels.counterProposalStep(labels.list(sides), preferred, step.vote != nil)))
                } else {
                    blocks.append(.text(sides.count > 1
                        ? labels.propositionAgainst(sides.joined(separator: " \(labels.against) "), preferred, step.vote != nil, committeeName)
                        : labels.propositionOn(preferred, step.vote != nil, committeeName)))
                }
            }
        }
        for vote in itemRecord.votes {
            let tally = vote.tally
            blocks.append(.heading(labels.vote))
            blocks.append(.text(labels.voteSides(proposalName(vote.yes, in: itemRecord, item: item), proposalName(vote.no, in: itemRecord, item: item))))
            if vote.isSecret { blocks.append(.text(labels.secretBallot)) }
            // A vote recorded by name gets its table; one recorded as counts, only its result.
            if !vote.isCounted {
                let rows = vote.ballots.map { ballot in
                    [name(ballot.member)] + [Vote.Choice.yes, .no, .abstain].map { ballot.choice == $0 ? labels.mark : "" }
                }
                blocks.append(.table(labels.voteColumns, rows))
            }
            // A vote that chose the counter-proposal decides only that.
            let choosesCounterProposal = itemRecord.propositionOrder.contains { $0.vote == vote.id && $0.choosesCounterProposal }
            if let result = vote.result {
                let tallied = labels.tally(tally.yes, tally.no, tally.abstain, vote.counts?.absent ?? 0)
                let winner = proposalName(result, in: itemRecord, item: item)
                blocks.append(.text(choosesCounterProposal ? labels.counterProposalResult(tallied, winner) : labels.voteResult(tallied, winner, committeeName)))
            } else {
                blocks.append(.text(labels.voteUnfinished))
            }
            if vote.castingVote == true { blocks.append(.text(labels.castingVote)) }
        }
        if !itemRecord.reservations.isEmpty {
            blocks.append(.heading(labels.reservations))
            for reservation in itemRecord.reservations {
                let favoured = reservation.inFavourOf.flatMap { id in itemRecord.proposals.first { $0.id == id } }
                let favour = favoured.map { Set($0.proposers) == Set(reservation.members) ? labels.ownProposal : proposalName($0.id, in: itemRecord, item: item) }
                blocks.append(.text(labels.reservation(names(reservation.members), favour ?? reservation.inFavourOf, reservation.written ?? false)))
            }
        }
        for kind in StatementKind.allCases {
            for statement in kind.statements(in: itemRecord) {
                // The committee's own word where it has one ("Särskilt uttalande").
                let heading = kind == .special ? store.committee.minutesTerms?.specialStatement ?? labels.statement(kind) : labels.statement(kind)
                blocks += [.heading(heading), .text("\(names(statement.members, parties: statement.parties)): \(statement.text)")]
            }
        }
        if itemRecord.checkedAtOnce == true { blocks.append(.text(labels.checkedAtOnce)) }
        // Whom the decision goes to: as recorded, else as the report proposed.
        let recorded = TextList.sentTo.lines(in: itemRecord)
        let sentTo = recorded.isEmpty ? (matter.flatMap { citedReport(of: $0)?.sentTo } ?? []) : recorded
        if !sentTo.isEmpty { blocks += [.heading(labels.sentTo), .lines(sentTo)] }
        return MinutesDocument.Paragraph(number: number, title: heading, blocks: blocks)
    }

    /// What the decision was based on, from the matter's documents and attachments: "Socialförvaltningens tjänsteutlåtande 2026-09-29".
    func basis(_ matter: Matter) -> [String] {
        // The report's own Beslutsunderlag, when it lists one, is the basis as the administration gave it.
        if let listed = citedReport(of: matter)?.basis, !listed.isEmpty { return listed }
        let administration = matter.administration.flatMap { id in store.committee.administrations.first { $0.id == id }?.name }
        // A document written after the meeting (a later version of the report) is no basis of its decision.
        // An undated document (an import that found no date) is taken as written before.
        return matter.documents.filter { ($0.date ?? "") <= meeting.date }.map { document in
            document.kind == .report ? labels.report(administration, document.date) : document.date.map { "\(document.title), \($0)" } ?? document.title
        } + matter.attachments.map(\.title)
    }

    /// The newest report written by the meeting: a later version is no part of this decision.
    func citedReport(of matter: Matter) -> MatterDocument? {
        matter.documents.first { $0.kind == .report && ($0.date ?? "") <= meeting.date }
    }

    // MARK: Signatures and notice

    func signatures() -> [MinutesDocument.Signature] {
        let clerk = store.committee.members.first { role($0.id) == .clerk }
        return (clerk.map { [MinutesDocument.Signature(role: labels.secretary, name: $0.name)] } ?? [])
            + (presiding.map { [MinutesDocument.Signature(role: labels.chair, name: name($0))] } ?? [])
            // The chair who is also a justerare signs once.
            + record.checkers.filter { $0 != presiding }.map { MinutesDocument.Signature(role: labels.checker, name: name($0)) }
    }

    func notice() -> MinutesDocument.Notice {
        let lastDay = record.posted.flatMap(CalendarDate.lastDayOfAppeal(posted:))
        // Only what is true: approved and posted, approved only, or not approved yet.
        let statement = record.approved == nil ? labels.noticeNotApproved : record.posted == nil ? labels.noticeNotPosted : labels.noticeText
        var fields: [MinutesDocument.Field] = [
            .init(label: labels.body, lines: [store.committee.name]),
            .init(label: labels.meetingDate, lines: [meeting.date]),
            .init(label: labels.approvedOn, lines: [record.approved ?? labels.notYet]),
            .init(label: labels.postedOn, lines: [record.posted ?? labels.notYet]),
            .init(label: labels.lastDayOfAppeal, lines: [lastDay ?? labels.notYet]),
            // The notice comes down the day after the last day for appeal.
            .init(label: labels.noticeComesDown, lines: [lastDay.flatMap { CalendarDate.adding(days: 1, to: $0) } ?? labels.notYet]),
        ]
        if let place = store.committee.minutesKeptAt { fields.append(.init(label: labels.keptAt, lines: [place])) }
        return MinutesDocument.Notice(title: labels.notice, statement: statement, fields: fields)
    }
}
