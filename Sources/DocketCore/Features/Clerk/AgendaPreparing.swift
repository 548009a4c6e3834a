import DocketModel

/// Before the notice (kallelse) goes out, the clerk arranges an upcoming meeting's
/// agenda in the meeting's own file: `x` takes an item off, `+` adds one (a matter
/// by its diary number, or a title), `M` moves one, `T` takes up the matters still
/// open (tabled or referred back, and on no agenda since), `K` marks the agenda sent.
/// From then on the same keys make agenda changes in the record, as at the meeting.
public enum AgendaPreparationCommand: Sendable, Hashable {
    case send, takeUpOpen
    /// The item last taken off put back where it stood.
    case putBack
    /// The selected item's own title, its presenter, its confidentiality, its section, the proposals it puts forward.
    case title, presenter, confidential, section, proposals
}

extension AppState {
    /// A meeting whose agenda has not gone out and that has no record yet: an upcoming one, or a past one entered
    /// after the fact from its protokoll, whose agenda is arranged as it was before anything is recorded.
    func isPreparingAgenda(_ meeting: Meeting) -> Bool {
        meeting.sent == nil && store.records[meeting.id] == nil && !store.unloadedRecords.contains(meeting.id)
    }

    /// For the clerk, on a coming meeting's agenda: whether the keys arrange the agenda or change it as at the meeting.
    public func noticeState(_ meeting: Meeting) -> String? {
        guard identity.role == .clerk, meeting.date >= today else { return nil }
        if let sent = meeting.sent { return strings.clerk.noticeSent(longDate(sent)) }
        return isPreparingAgenda(meeting) ? strings.clerk.agendaBeingPrepared : nil
    }

    /// The meeting as its file has it, without the agenda changes its record makes.
    private func meetingOnDisk(_ id: String) -> Meeting? {
        sentMeetings.first { $0.id == id }
    }

    func preparing(_ preparation: AgendaPreparation, meeting: Meeting) -> [Effect] {
        [.prepareAgenda(meeting: meeting.id, preparation)]
    }

    mutating func performAgendaPreparation(_ command: AgendaPreparationCommand) -> [Effect] {
        guard case .agenda(let agenda) = screen else { status = strings.clerk.onlyOnAgenda; return [] }
        let meeting = store.meetings[agenda.meetingIndex]
        guard isPreparingAgenda(meeting), let onDisk = meetingOnDisk(meeting.id) else {
            status = meeting.sent.map { strings.clerk.agendaAlreadySent(longDate($0)) } ?? strings.clerk.agendaNotPrepared
            return []
        }
        let selected = agenda.selectedItem.map { meeting.agenda[$0] }
        switch command {
        case .title, .presenter, .confidential, .section, .proposals:
            guard let item = selected else { status = strings.clerk.onlyOnAgenda; return [] }
            switch command {
            case .proposals:
                guard let matter = item.matter.flatMap({ store.matters[$0] }), !matter.proposals.isEmpty else {
                    status = strings.clerk.noProposalsToPut
                    return []
                }
                let current = Set(item.proposals ?? [])
                picker = Picker(.meeting(.itemProposals(item: item.id)), meeting: meeting.id, title: strings.clerk.proposalsTitle(item.printedNumber),
                                rows: matter.proposals.map { Picker.Row(label: "\($0.proposer.name): \($0.clauses.first ?? "")", value: .proposal($0.id)) },
                                allowsSeveral: true, marked: Set(matter.proposals.indices.filter { current.contains(matter.proposals[$0].id) }))
            case .section:
                picker = Picker(.meeting(.itemSection(item: item.id)), meeting: meeting.id, title: strings.clerk.sectionTitle(item.printedNumber),
                                rows: meeting.sections.map { Picker.Row(label: $0.title, value: .section($0.id)) })
            case .title:
                prompt = Prompt(purpose: .meeting(.itemTitle(meeting: meeting.id, item: item.id)), text: item.title ?? "")
            case .presenter:
                prompt = Prompt(purpose: .meeting(.presenter(meeting: meeting.id, item: item.id)), text: item.presenter ?? "")
            default:
                status = item.isConfidential ? strings.clerk.notConfidential(item.printedNumber) : strings.clerk.madeConfidential(item.printedNumber)
                return preparing(.details(item: item.id, title: item.title, presenter: item.presenter, confidential: !item.isConfidential), meeting: meeting)
            }
            return []
        case .send:
            // Sending fixes the agenda: asked first.
            confirmation = .sendNotice(meeting: meeting.id)
            return []
        case .putBack:
            guard let taken = lastTakenOff, taken.meeting == meeting.id, !meeting.agenda.contains(where: { $0.id == taken.item.id }) else {
                status = strings.clerk.nothingTakenOff
                return []
            }
            lastTakenOff = nil
            status = strings.clerk.putBack(taken.item.printedNumber)
            return preparing(.change(AgendaChange(kind: .added, item: taken.item.id, before: taken.before, added: taken.item)), meeting: meeting)
        case .takeUpOpen:
            let open = AgendaSections.stillOpen(before: meeting.date, in: store)
            guard !open.isEmpty else { status = strings.clerk.nothingToTakeUp; return [] }
            var growing = onDisk
            let items = open.map { matter in
                let item = AgendaSections.item(for: matter, on: growing)
                growing.agenda.append(item)
                return item
            }
            status = strings.clerk.tookUp(items.count)
            return preparing(.takeUp(items), meeting: meeting)
        }
    }

    /// Enter on the title or presenter line: empty clears it (the matter's own title shows again).
    mutating func confirmItemDetails(_ purpose: Prompt.MeetingRecordPurpose, text: String) -> [Effect] {
        guard let meeting = store.meetings.first(where: { $0.id == purpose.meeting }), isPreparingAgenda(meeting) else {
            status = strings.clerk.agendaNotPrepared
            return []
        }
        let typed = text.trimmingWhitespace.isEmpty ? nil : text.trimmingWhitespace
        switch purpose {
        case .itemTitle(_, let id):
            guard let item = meeting.agenda.first(where: { $0.id == id }) else { return [] }
            guard typed != nil || item.matter != nil else { status = strings.clerk.emptyNotSaved; return [] }
            return preparing(.details(item: id, title: typed, presenter: item.presenter, confidential: item.isConfidential), meeting: meeting)
        case .presenter(_, let id):
            guard let item = meeting.agenda.first(where: { $0.id == id }) else { return [] }
            return preparing(.details(item: id, title: item.title, presenter: typed, confidential: item.isConfidential), meeting: meeting)
        default:
            return []
        }
    }

    /// The meeting's file as written (or why it was not): the agenda on screen follows it.
    /// A meeting added while the session runs: at the end of the store's list (no index that a screen holds moves),
    /// in its place in the meetings list, and said.
    mutating func meetingAdded(_ meeting: Meeting) {
        guard !sentMeetings.contains(where: { $0.id == meeting.id }) else { return }
        sentMeetings.append(meeting)
        store.meetings.append(meeting.applying(store.records[meeting.id]?.agendaChanges ?? []))
        refreshMeetingRows()
        status = strings.meetingAdded(longDate(meeting.date))
    }

    mutating func agendaPrepared(_ meeting: Meeting?, failure: String?) -> [Effect] {
        if let failure {
            status = strings.clerk.agendaNotSaved(failure)
            return []
        }
        guard let meeting, let index = sentMeetings.firstIndex(where: { $0.id == meeting.id }) else { return [] }
        sentMeetings[index] = meeting
        let before = store.meetings
        store.meetings = sentMeetings.map { $0.applying(store.records[$0.id]?.agendaChanges ?? []) }
        refreshScreens(for: .records(before: before))
        return []
    }
}
