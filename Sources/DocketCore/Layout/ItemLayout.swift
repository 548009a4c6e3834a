import DocketModel
import DocketText

/// An agenda item laid out for one width: the header and every part. Built
/// when the item opens or the width changes, never per keystroke.
public struct ItemLayout: Sendable, Equatable {
    public let width: Int
    public let header: [StyledLine]
    public let parts: [ItemPart: PartLayout]

    public func part(_ part: ItemPart) -> PartLayout { parts[part] ?? PartLayout() }

    /// Running text wider than this is hard to read; wider terminals get a margin.
    public static let readingWidth = 100
    static let maximumTitleLines = 2
    static let maximumMetaLines = 2
    static let dateColumn = 12

    public init(store: StoreContents, meetingIndex: Int, itemIndex: Int, width: Int,
                strings: Strings, metrics: TextMetrics, notes: [VisibleNote] = [], identity: Identity? = nil,
                positions: [VisiblePosition] = [], warnings: [String] = []) {
        let wrapper = TextWrapper(metrics: metrics)
        let meeting = store.meetings[meetingIndex]
        let item = meeting.agenda[itemIndex]
        let matter = item.matter.flatMap { store.matters[$0] }
        let title = item.title ?? matter?.title ?? ""
        // Two columns on the left (the notes gutter and a space), one on the right.
        let text = min(max(10, width - 3), ItemLayout.readingWidth)
        self.width = width

        var header = wrapper.wrap("\(item.printedNumber). \(title)", width: text, atMost: ItemLayout.maximumTitleLines).map { StyledLine($0, .heading) }
        var meta: [String] = []
        if let matter, !matter.diaryNumber.isEmpty { meta.append(matter.diaryNumber) }
        if let report = matter?.report {
            meta.append([report.title, report.date].compactMap { $0 }.joined(separator: " "))
            if let officer = report.officer { meta.append([officer.name, officer.title].compactMap { $0 }.joined(separator: ", ")) }
            if let department = report.department { meta.append(department) }
        }
        if item.isConfidential { meta.append(strings.confidential) }
        if store.records[meeting.id]?.agendaChanges.contains(where: { $0.kind == .added && $0.item == item.id }) == true {
            meta.append(strings.extraItem)
        } else if item.procedure != nil {
            meta.append(strings.procedural)
        }
        header += wrapper.wrap(meta.joined(separator: " · "), width: text).prefix(ItemLayout.maximumMetaLines).map { StyledLine($0, .muted) }
        self.header = header

        let matterNotes = notes.filter { $0.note.matter == matter?.id }
        let marked = matter.map { ItemLayout.paragraphsWithNotes(matterNotes, in: $0) } ?? []
        var parts: [ItemPart: PartLayout] = [:]
        let itemPositions = positions.filter { $0.position.meeting == meeting.id && $0.position.matter == matter?.id }
        let mine = itemPositions.first { $0.position.author == identity?.member?.id }
        let importWarnings = identity?.role == .clerk ? matter?.imported.map { ItemLayout.importWarnings($0, width: text, strings: strings, wrapper: wrapper) } : nil
        let others = itemPositions.filter { $0.position.author != identity?.member?.id && $0.shared }
        parts[.proposal] = ItemLayout.proposal(item: item, matter: matter, mine: mine, others: others, committee: store.committee, width: text,
                                               strings: strings, wrapper: wrapper, marked: marked, opening: importWarnings ?? PartLayout())
        parts[.report] = ItemLayout.report(matter: matter, committee: store.committee, width: text, strings: strings, wrapper: wrapper, marked: marked)
        parts[.history] = ItemLayout.history(matter: matter, store: store, width: text, strings: strings, wrapper: wrapper)
        parts[.attachments] = ItemLayout.attachments(matter: matter, width: text, strings: strings, wrapper: wrapper)
        parts[.notes] = ItemLayout.notes(matterNotes, positions: itemPositions, matter: matter, committee: store.committee,
                                         identity: identity, width: text, strings: strings, wrapper: wrapper)
        parts[.outcome] = ItemLayout.outcome(item: item, record: store.records[meeting.id], committee: store.committee,
                                             warnings: warnings, width: text, strings: strings, wrapper: wrapper)
        self.parts = parts
    }

    /// What the clerk recorded for the item, read-only for everyone: § number, proposals put,
    /// proposition order, votes with named votes, the decision, reservations and statements.
    private static func outcome(item: AgendaItem, record: MeetingRecord?, committee: Committee, warnings: [String], width: Int,
                                strings: Strings, wrapper: TextWrapper) -> PartLayout {
        var part = PartLayout()
        func add(_ text: String, _ style: StyledLine.Style = .body, indent: Int = 0) {
            part.append(contentsOf: paragraph(text, style, width: width, indent: indent, wrapper: wrapper))
        }
        // The clerk sees first what the minutes still need.
        if !warnings.isEmpty {
            add(strings.clerk.warningsHeading(warnings.count), .notice)
            for warning in warnings { add("⚠ " + warning, .notice, indent: 2) }
            part.append(.blank)
        }
        func names(_ ids: [String]) -> String {
            ids.map { id in committee.nameWithParty(id) }
                .joined(separator: ", ")
        }
        guard let record else {
            add(strings.noOutcome, .notice)
            return part
        }
        if record.struckItems.contains(item.id) {
            add(strings.outcomeStruck, .notice)
            return part
        }
        guard let outcome = record.record(of: item.id) else {
            add(strings.noOutcome, .notice)
            return part
        }
        let named = RecordNames(strings: strings, committee: committee, item: outcome)
        if let number = record.paragraphNumbers[item.id] { add(strings.outcomeParagraph(number), .heading) }
        if let presenter = outcome.presenter { add(strings.clerk.presenterRecorded(presenter), indent: 2) }
        if let decision = outcome.decision {
            part.append(.blank)
            add(strings.outcomeDecision(strings.decisionCategories[decision.category] ?? decision.category.rawValue), .subheading)
            if let body = decision.referredTo { add(strings.clerk.referredToOutcome(body), indent: 2) }
            for clause in decision.clauses { add(clause, .clause, indent: 2) }
        }
        if let result = outcome.result {
            if !part.lines.isEmpty { part.append(.blank) }
            add(strings.outcomeResult(result), .subheading)
        }
        for list in MemberList.allCases where !list.members(in: outcome).isEmpty {
            part.append(.blank)
            add(strings.clerk.memberList(list).outcome(names(list.members(in: outcome))))
        }
        if !outcome.proposals.isEmpty {
            part.append(.blank)
            add(strings.outcomeProposals, .subheading)
            for proposal in outcome.proposals { add(named.label(of: proposal), indent: 2) }
        }
        if !outcome.propositionOrder.isEmpty {
            part.append(.blank)
            add(strings.outcomeOrder, .subheading)
            for (index, step) in outcome.propositionOrder.enumerated() {
                let sides = step.proposals.map(named.proposal).joined(separator: " / ")
                let adopted = named.proposal(outcome.adopted(step))
                let preferred = step.choosesCounterProposal ? strings.clerk.chosenAsCounter(adopted, step.vote.map(named.vote))
                                                            : strings.preferredWord(adopted, step.vote.map(named.vote))
                add("\(index + 1). \(sides): \(preferred)", indent: 2)
            }
        }
        for vote in outcome.votes {
            let tally = vote.tally
            part.append(.blank)
            add(strings.outcomeVote(named.vote(vote.id), named.proposal(vote.yes), named.proposal(vote.no), tally.yes, tally.no, tally.abstain), .subheading)
            for choice in [Vote.Choice.yes, .no, .abstain] {
                let voters = vote.ballots.filter { $0.choice == choice }.map(\.member)
                if !voters.isEmpty { add(strings.outcomeBallots(strings.choiceNames[choice] ?? choice.rawValue, names(voters)), indent: 2) }
            }
            if vote.isSecret { add(strings.outcomeSecret, .muted, indent: 2) }
            if vote.castingVote == true { add(strings.outcomeCastingVote, .muted, indent: 2) }
        }
        if !outcome.reservations.isEmpty { part.append(.blank) }
        for reservation in outcome.reservations {
            add(strings.outcomeReservation(names(reservation.members), reservation.inFavourOf.map(named.proposal) ?? "", reservation.written ?? false))
        }
        for kind in StatementKind.allCases {
            for statement in kind.statements(in: outcome) {
                part.append(.blank)
                add(strings.clerk.statement(kind).outcome(names(statement.members + (statement.parties ?? []))), .subheading)
                add(statement.text, indent: 2)
            }
        }
        for list in TextList.allCases where !list.lines(in: outcome).isEmpty {
            part.append(.blank)
            add(strings.clerk.textList(list).outcome, .subheading)
            for line in list.lines(in: outcome) { add(line, indent: 2) }
        }
        if outcome.checkedAtOnce == true {
            part.append(.blank)
            add(strings.outcomeCheckedAtOnce, .muted)
        }
        return part
    }

    /// A paragraph, as notes find it: kind, document or proposal id, index.
    struct ParagraphKey: Hashable {
        let kind: NoteAnchor.Kind
        let id: String
        let index: Int
    }

    static func paragraphsWithNotes(_ notes: [VisibleNote], in matter: Matter) -> Set<ParagraphKey> {
        var keys = Set<ParagraphKey>()
        for visible in notes {
            guard let anchor = visible.note.anchor, case .paragraph(let index) = NotePlacement.of(anchor, in: matter) else { continue }
            keys.insert(ParagraphKey(kind: anchor.kind, id: anchor.id, index: index))
        }
        return keys
    }

    /// A paragraph wrapped into lines that all carry its anchor.
    private static func anchored(_ text: String, _ style: StyledLine.Style, key: ParagraphKey, marked: Set<ParagraphKey>,
                                 width: Int, indent: Int = 0, continuationIndent: Int? = nil, wrapper: TextWrapper) -> [StyledLine] {
        let anchor = NoteAnchor(kind: key.kind, id: key.id, paragraph: key.index, opening: NoteAnchor.opening(of: text))
        let hanging = continuationIndent ?? indent
        let lines = wrapper.wrap(text, width: width - indent, firstIndent: 0, indent: hanging - indent)
        return lines.enumerated().map { number, line in
            StyledLine(line, style, indent: number == 0 ? indent : hanging, anchor: anchor, marked: marked.contains(key))
        }
    }

    private static func paragraph(_ text: String, _ style: StyledLine.Style, width: Int, indent: Int = 0,
                                  wrapper: TextWrapper) -> [StyledLine] {
        wrapper.wrap(text, width: width - indent).map { StyledLine($0, style, indent: indent) }
    }

    /// For the clerk, above the proposal: what the import of the report could not find, until it is checked.
    private static func importWarnings(_ imported: ImportedReport, width: Int, strings: Strings, wrapper: TextWrapper) -> PartLayout {
        let words = strings.clerk.correction
        var part = PartLayout()
        guard !imported.openWarnings.isEmpty else { return part }
        part.append(contentsOf: paragraph(words.importedHeading(imported.file, imported.on, imported.openWarnings.count), .notice, width: width, wrapper: wrapper))
        for warning in imported.openWarnings {
            part.append(contentsOf: paragraph("⚠ " + words.importWarning(warning), .notice, width: width, indent: 2, wrapper: wrapper))
        }
        part.append(contentsOf: paragraph(words.importedHint, .muted, width: width, indent: 2, wrapper: wrapper))
        part.append(.blank)
        return part
    }

    private static func proposal(item: AgendaItem, matter: Matter?, mine: VisiblePosition?, others: [VisiblePosition], committee: Committee,
                                 width: Int, strings: Strings, wrapper: TextWrapper, marked: Set<ParagraphKey>, opening: PartLayout) -> PartLayout {
        var part = opening
        if let presenter = item.presenter {
            part.append(contentsOf: paragraph(strings.presentedBy(presenter), .muted, width: width, wrapper: wrapper))
            part.append(.blank)
        }
        guard let matter else {
            part.append(contentsOf: paragraph(strings.proceduralItemText, .notice, width: width, wrapper: wrapper))
            return part
        }
        let proposals = (item.proposals ?? []).compactMap { matter.proposal(id: $0) }
        if proposals.isEmpty {
            part.append(contentsOf: paragraph(strings.noProposal, .notice, width: width, wrapper: wrapper))
        }
        for (index, proposal) in proposals.enumerated() {
            if index > 0 { part.append(.blank) }
            part.append(contentsOf: paragraph(strings.proposalBy(proposal.proposer.name), .heading, width: width, wrapper: wrapper))
            for (clauseIndex, clause) in proposal.clauses.enumerated() {
                part.append(.blank)
                part.append(contentsOf: anchored(clause, .clause, key: ParagraphKey(kind: .proposal, id: proposal.id, index: clauseIndex),
                                                 marked: marked, width: width, indent: 2, continuationIndent: 4, wrapper: wrapper))
            }
        }
        // Where I stand, under what I stand on.
        if let mine = mine?.position {
            part.append(.blank)
            part.append(contentsOf: paragraph(strings.myPositionHeading, .subheading, width: width, wrapper: wrapper))
            var stance = strings.stanceNames[mine.stance] ?? mine.stance.rawValue
            if let own = mine.ownProposal { stance += " (\(strings.ownProposalKinds[own.kind] ?? own.kind.rawValue)): \(own.text)" }
            part.append(contentsOf: paragraph(stance, .body, width: width, indent: 2, wrapper: wrapper))
            if let motivation = mine.motivation, !motivation.isEmpty {
                part.append(contentsOf: paragraph("\(strings.motivationLabel): \(motivation)", .muted, width: width, indent: 2, wrapper: wrapper))
            }
        }
        // Where the others who shared theirs stand: what a member weighs before the meeting, and the clerk's yrkanden to come.
        if !others.isEmpty {
            part.append(.blank)
            part.append(contentsOf: paragraph(strings.othersPositionsHeading, .subheading, width: width, wrapper: wrapper))
            for visible in others {
                let position = visible.position
                var line = "\(committee.nameWithParty(position.author)): \(strings.stance(of: position))"
                if let motivation = position.motivation, !motivation.isEmpty { line += " — \(motivation)" }
                part.append(contentsOf: paragraph(line, .body, width: width, indent: 2, wrapper: wrapper))
            }
        }
        return part
    }

    private static func report(matter: Matter?, committee: Committee, width: Int, strings: Strings, wrapper: TextWrapper,
                               marked: Set<ParagraphKey>) -> PartLayout {
        var part = PartLayout()
        let documents = (matter?.documents ?? []).sorted { ($0.kind == .report ? 0 : 1) < ($1.kind == .report ? 0 : 1) }
        guard !documents.isEmpty else {
            part.append(contentsOf: paragraph(strings.noReport, .notice, width: width, wrapper: wrapper))
            return part
        }
        for (index, document) in documents.enumerated() {
            if index > 0 { part.append(.blank); part.append(.blank) }
            part.append(contentsOf: paragraph([document.title, document.date].compactMap { $0 }.joined(separator: " · "), .heading, width: width, wrapper: wrapper))
            if let officer = document.officer {
                let details = [officer.name, officer.title, officer.phone.map { "\(strings.phone) \($0)" }, officer.email]
                    .compactMap { $0 }.joined(separator: ", ")
                part.append(contentsOf: paragraph("\(strings.officer): \(details)", .muted, width: width, wrapper: wrapper))
            }
            if let department = document.department {
                part.append(contentsOf: paragraph(department, .muted, width: width, wrapper: wrapper))
            }
            if let author = document.author {
                let name = committee.nameWithParty(author)
                part.append(contentsOf: paragraph("\(strings.author): \(name)", .muted, width: width, wrapper: wrapper))
            }
            var paragraphIndex = 0
            for section in document.sections {
                part.append(.blank)
                part.append(contentsOf: paragraph(section.heading, .subheading, width: width, wrapper: wrapper))
                for paragraphText in section.paragraphs {
                    part.append(.blank)
                    part.append(contentsOf: anchored(paragraphText, .body, key: ParagraphKey(kind: .document, id: document.id, index: paragraphIndex),
                                                     marked: marked, width: width, wrapper: wrapper))
                    paragraphIndex += 1
                }
            }
            if let signatories = document.signatories, !signatories.isEmpty {
                part.append(.blank)
                part.append(contentsOf: paragraph("\(strings.signed): \(signatories.joined(separator: ", "))", .muted, width: width, wrapper: wrapper))
            }
            for (heading, entries) in [(strings.reportLists.basis, document.basis), (strings.reportLists.sentTo, document.sentTo)] {
                guard let entries, !entries.isEmpty else { continue }
                part.append(.blank)
                part.append(contentsOf: paragraph(heading, .subheading, width: width, wrapper: wrapper))
                for entry in entries { part.append(contentsOf: paragraph("• " + entry, .body, width: width, wrapper: wrapper)) }
            }
        }
        return part
    }

    private static func history(matter: Matter?, store: StoreContents, width: Int, strings: Strings, wrapper: TextWrapper) -> PartLayout {
        var part = PartLayout()
        guard let matter else {
            part.append(contentsOf: paragraph(strings.proceduralItemText, .notice, width: width, wrapper: wrapper))
            return part
        }
        struct Entry { let date: String; let kind: String; let line: String; let note: String?; let target: EntryTarget }
        var entries = matter.history.map { event in
            let route = [event.from, event.to].compactMap { $0 }.joined(separator: " → ")
            return Entry(date: event.date, kind: strings.historyKinds[event.kind] ?? event.kind.rawValue,
                         line: route, note: event.note, target: .none)
        }
        for (meetingIndex, meeting) in store.meetings.enumerated() {
            for (itemIndex, item) in meeting.agenda.enumerated() where item.matter == matter.id {
                // What the meeting did, from its record: derived, never copied into the matter.
                let record = store.records[meeting.id]
                let outcome = record?.record(of: item.id)?.decision.map { strings.decisionCategories[$0.category] ?? $0.category.rawValue }
                let kind = record?.struckItems.contains(item.id) == true ? strings.struck : (outcome ?? strings.onAgenda)
                let paragraph = record?.paragraphNumbers[item.id]
                entries.append(Entry(date: meeting.date, kind: kind, line: store.committee.name + (paragraph.map { ", § \($0)" } ?? ""),
                                     note: strings.onAgendaNote(item.printedNumber), target: .agenda(meetingIndex: meetingIndex, itemIndex: itemIndex)))
            }
        }
        entries = entries.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        guard !entries.isEmpty else {
            part.append(contentsOf: paragraph(strings.noHistory, .notice, width: width, wrapper: wrapper))
            return part
        }
        let kindWidth = entries.map { wrapper.metrics.width(of: $0.kind) }.max() ?? 0
        let detailIndent = min(dateColumn + kindWidth + 2, width / 2)
        for entry in entries {
            part.startEntry(entry.target)
            let kind = entry.kind + String(repeating: " ", count: max(0, kindWidth - wrapper.metrics.width(of: entry.kind)))
            let first = "\(entry.date)  \(kind)  "
            let lines = wrapper.wrap(entry.line, width: width, firstIndent: wrapper.metrics.width(of: first), indent: detailIndent)
            part.append(StyledLine(first + (lines.first ?? ""), .entry))
            part.append(contentsOf: lines.dropFirst().map { StyledLine($0, .entry, indent: detailIndent) })
            if let note = entry.note {
                part.append(contentsOf: paragraph(note, .muted, width: width, indent: detailIndent, wrapper: wrapper))
            }
        }
        return part
    }

    private static func attachments(matter: Matter?, width: Int, strings: Strings, wrapper: TextWrapper) -> PartLayout {
        var part = PartLayout()
        guard let matter, !matter.attachments.isEmpty else {
            part.append(contentsOf: paragraph(strings.noAttachments, .notice, width: width, wrapper: wrapper))
            return part
        }
        for attachment in matter.attachments {
            part.startEntry(.attachment(attachment))
            part.append(contentsOf: paragraph(attachment.title, .entry, width: width, wrapper: wrapper))
            // What kind of file it is and where it is, as a person recognises them: a file name, a web address.
            if attachment.isTitleOnly {
                part.append(contentsOf: paragraph(strings.attachmentTitleOnly, .muted, width: width, indent: 2, wrapper: wrapper))
                continue
            }
            let kind = attachment.isText ? strings.attachmentText
                : attachment.mediaType == "application/pdf" ? "PDF" : strings.attachmentFile
            let location = attachment.url ?? attachment.path.map { String($0.split(separator: "/").last ?? "") } ?? ""
            part.append(contentsOf: paragraph("\(kind) · \(location)", .muted, width: width, indent: 2, wrapper: wrapper))
        }
        return part
    }

    private static func notes(_ notes: [VisibleNote], positions: [VisiblePosition], matter: Matter?, committee: Committee,
                              identity: Identity?, width: Int, strings: Strings, wrapper: TextWrapper) -> PartLayout {
        var part = PartLayout()
        guard let matter else {
            part.append(contentsOf: paragraph(strings.proceduralNoNotes, .notice, width: width, wrapper: wrapper))
            return part
        }
        // Mine first, then others' shared positions: author, stance, own proposal, motivation.
        let ordered = positions.filter { $0.position.author == identity?.member?.id } + positions.filter { $0.position.author != identity?.member?.id }
        if !ordered.isEmpty {
            part.append(contentsOf: paragraph(strings.positionsHeading, .subheading, width: width, wrapper: wrapper))
            for visible in ordered {
                let position = visible.position
                let who = position.author == identity?.member?.id
                    ? "\(strings.yourPosition) (\(visible.shared ? strings.sharedWord : strings.privateWord))"
                    : committee.nameWithParty(position.author)
                var line = "\(who): \(strings.stanceNames[position.stance] ?? position.stance.rawValue)"
                if let own = position.ownProposal { line += " — \(strings.ownProposalKinds[own.kind] ?? own.kind.rawValue): \(own.text)" }
                part.append(contentsOf: paragraph(line, .body, width: width, wrapper: wrapper))
                if let motivation = position.motivation {
                    part.append(contentsOf: paragraph("\(strings.motivationLabel): \(motivation)", .muted, width: width, indent: 2, wrapper: wrapper))
                }
            }
            part.append(.blank)
        }
        guard !notes.isEmpty else {
            part.append(contentsOf: paragraph(strings.noNotes, .notice, width: width, wrapper: wrapper))
            return part
        }
        for (index, visible) in notes.enumerated() {
            let note = visible.note
            part.startEntry(.note(visible))
            if index > 0 { part.append(.blank) }
            let who: String
            if note.author == identity?.member?.id {
                who = visible.shared ? strings.noteSharedLabel : strings.notePrivate
            } else {
                who = committee.nameWithParty(note.author)
            }
            let place: String
            switch NotePlacement.of(note.anchor, in: matter) {
            case .item: place = strings.noteOnItem
            case .paragraph(let paragraphIndex): place = strings.noteOnParagraph(paragraphIndex + 1, (note.anchor?.opening ?? "") + "…")
            case .lost: place = strings.noteLost(note.anchor?.opening ?? "")
            }
            let when = String(note.modified.prefix(16).map { $0 == "T" ? " " : $0 })
            part.append(contentsOf: paragraph("\(who) · \(when) · \(place)", .muted, width: width, wrapper: wrapper))
            part.append(contentsOf: paragraph(note.text, .body, width: width, indent: 2, wrapper: wrapper))
        }
        return part
    }
}
