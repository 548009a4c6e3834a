import DocketModel

/// The keys of the record menu and its steps.
public enum RecordCommand: Sendable, Hashable {
    case agendaProposal, memberProposal, withdraw, proposition, vote, decision, decisionInEditor
    /// The chair moves the agenda's proposal (ordföranden yrkar bifall): recorded as the chair's yrkande.
    case chairMoves
    /// A vote recorded as counts (a tally, or a secret ballot), not by roll call.
    case countedVote
    /// The decision as the meeting went, in one key (bifall to the agenda's proposal on an uncontested item).
    case adopt
    /// The clerk's last change to the record taken back, or put back.
    case undo, redo
    /// Who is on one of the item's member lists (jäv, not taking part).
    case members(MemberList)
    case reservation, checkedAtOnce, remove
    /// Who presented the item (föredragande), as the minutes name them.
    case presenter
    /// A statement of one kind: protokollsanteckning, särskilt yttrande, ersättaryttrande.
    case statement(StatementKind)
    /// The beslutsunderlag beyond the matter's documents, or who the decision is sent to.
    case lines(TextList)
    /// Marks the last proposition as the one that chose the counter-proposal, or unmarks it.
    case counterProposal
    /// The kind of a typed proposal.
    case kind(PutProposal.Kind)
    /// The decision's category.
    case decide(Decision.Category)
}

/// The record menu (`r` on an item, for the clerk): what the committee did
/// with the item, entry by entry, each saved at once.
public struct RecordMenu: Sendable, Equatable {
    public enum Step: Sendable, Equatable {
        case main
        /// The kind of a member's proposal typed in.
        case proposalKind
        case decision
    }

    public let meeting: String
    public let item: String
    public var step: Step
}

extension AppState {
    /// The open item, for the clerk's keys: its meeting, the agenda item and its record so far.
    var recordingTarget: (meeting: Meeting, item: AgendaItem, record: ItemRecord)? {
        guard let open = openItem else { return nil }
        let meeting = store.meetings[open.meetingIndex]
        let item = meeting.agenda[open.itemIndex]
        return (meeting, item, store.records[meeting.id]?.record(of: item.id) ?? ItemRecord(item: item.id))
    }

    mutating func openRecordMenu() {
        guard let target = recordingTarget else { return }
        if let refusal = recordingRefusal(meeting: target.meeting.id) {
            status = refusal
            return
        }
        // A struck item is not handled: nothing is decided on it until it is back on the agenda.
        if store.records[target.meeting.id]?.struckItems.contains(target.item.id) == true {
            status = strings.clerk.itemIsStruck
            return
        }
        jumpToPart(ItemPart.outcome.rawValue + 1)
        recordMenu = RecordMenu(meeting: target.meeting.id, item: target.item.id, step: .main)
    }

    /// A change to the open item's record.
    mutating func recordItem(_ edit: ItemEdit, item: String? = nil) -> [Effect] {
        guard let target = recordingTarget else { return [] }
        return record(.item(item ?? target.item.id, edit), meeting: target.meeting)
    }

    /// A procedural item's usual decision, in the committee's language, from what the record holds.
    func procedureClause(_ procedure: AgendaItem.Procedure, meeting: Meeting) -> String {
        let record = store.records[meeting.id]
        let checking = record?.checking.map { contentStrings.clerk.checkingWhen($0.date, $0.time, $0.place) }
        let chair = presidingChair(of: meeting)
        let checkers = record?.checkers ?? []
        return contentStrings.clerk.procedureDecision(procedure, checkers.filter { $0 != chair }.map(memberName), chair.map(checkers.contains) ?? false,
                                                      checking, !(record?.agendaChanges ?? []).isEmpty)
    }

    /// The agenda's proposals not recorded yet.
    func missingAgendaProposals(item: AgendaItem, record: ItemRecord) -> [PutProposal] {
        agendaProposals(of: item).filter { proposal in !record.proposals.contains { $0.id == proposal.id } }
    }

    /// `b`: the decision as the meeting went, in one key. On an uncontested item the agenda's
    /// proposal is recorded, put alone and adopted; after a proposition, what was preferred is decided.
    mutating func adopt(record current: ItemRecord, meeting: Meeting, item: AgendaItem) -> [Effect] {
        if let procedure = item.procedure {
            let decision = Decision(category: [.opening, .information].contains(procedure) ? .noted : .accordingToProposal,
                                    clauses: [procedureClause(procedure, meeting: meeting)])
            status = strings.clerk.decisionRecorded(strings.decisionCategories[decision.category] ?? "")
            return recordItem(.decision(decision), item: item.id)
        }
        let missing = missingAgendaProposals(item: item, record: current)
        var updated = current
        var edits: [ItemEdit] = missing.map { .addProposal($0) }
        updated.proposals += missing
        if updated.propositionOrder.isEmpty {
            let open = updated.proposals.filter { !$0.isWithdrawn }
            guard open.count == 1, let only = open.first else {
                status = open.isEmpty ? strings.clerk.noAgendaProposal : strings.clerk.propositionFirst
                return []
            }
            let step = PropositionStep(proposals: [only.id], preferred: only.id)
            edits.append(.addStep(step))
            updated.propositionOrder.append(step)
        }
        guard let preferred = updated.propositionOrder.last.flatMap({ step in updated.proposals.first { $0.id == updated.adopted(step) } }) else { return [] }
        let category: Decision.Category = switch preferred.kind {
        case _ where preferred.agendaProposal != nil: .accordingToProposal
        case .support: .accordingToProposal
        case .reject: .rejected
        case .referralBack: .referredBack
        case .tabling: .tabled
        case .amendment, .addition: .amended
        }
        let clauses = contentStrings.clerk.decisionClause(category).map { [$0] } ?? winningClauses(record: updated, item: item)
        edits.append(.decision(Decision(category: category, clauses: clauses)))
        status = strings.clerk.decisionRecorded(strings.decisionCategories[category] ?? "")
        return record(edits.map { .item(item.id, $0) }, meeting: meeting)
    }

    /// Who presides: the one who opened the meeting, else the committee's chair on its day.
    func presidingChair(of meeting: Meeting) -> String? {
        store.committee.presiding(meeting, live: live[meeting.id])
    }

    /// The proposals the agenda puts forward, each as a proposal put in its support.
    func agendaProposals(of item: AgendaItem) -> [PutProposal] {
        guard let matter = item.matter.flatMap({ store.matters[$0] }) else { return [] }
        let ids = item.proposals ?? matter.proposals.map(\.id)
        return ids.compactMap { matter.proposal(id: $0) }.map { proposal in
            PutProposal(id: proposal.id, kind: .support, agendaProposal: proposal.id, text: contentStrings.clerk.agendaProposalText(proposal.proposer.name))
        }
    }

    /// A new proposal id on the item: the kind and a number, "amendment-2".
    func newProposalID(_ kind: PutProposal.Kind, in record: ItemRecord) -> String {
        let taken = Set(record.proposals.map(\.id))
        return FreeIdentifier.first(kind.rawValue, notIn: taken)
    }

    /// The commands of the record menu and its steps.
    mutating func performRecording(_ command: RecordCommand) -> [Effect] {
        guard let menu = recordMenu, let target = recordingTarget, target.item.id == menu.item else {
            recordMenu = nil
            return []
        }
        recordMenu = nil
        let record = target.record
        let meeting = target.meeting.id
        let item = target.item.id
        let open = record.proposals.filter { !$0.isWithdrawn }
        func proposalRows(_ proposals: [PutProposal]) -> [Picker.Row] {
            proposals.map { Picker.Row(label: proposalLabel($0), value: .proposal($0.id)) }
        }
        switch command {
        case .agendaProposal:
            let fresh = agendaProposals(of: target.item).filter { proposal in !record.proposals.contains { $0.id == proposal.id } }
            guard !fresh.isEmpty else {
                status = target.item.matter == nil ? strings.clerk.noAgendaProposal : strings.clerk.agendaProposalAlreadyPut
                return []
            }
            status = strings.clerk.proposalPut(fresh.map(\.text).joined(separator: ", "))
            return fresh.flatMap { recordItem(.addProposal($0)) }
        case .chairMoves:
            guard let chair = presidingChair(of: target.meeting) else { status = strings.clerk.noChair; return [] }
            let unmoved = agendaProposals(of: target.item).filter { proposal in
                record.proposals.first { $0.id == proposal.id }?.isMoved != true
            }
            guard !unmoved.isEmpty else {
                status = target.item.matter == nil ? strings.clerk.noAgendaProposal : strings.clerk.agendaProposalAlreadyMoved
                return []
            }
            let moved = unmoved.map { proposal in
                var moved = record.proposals.first { $0.id == proposal.id } ?? proposal
                moved.proposers = [chair]
                return moved
            }
            status = strings.clerk.chairMoved(moved.map(\.text).joined(separator: ", "))
            return moved.flatMap { recordItem(.addProposal($0)) }
        case .memberProposal:
            // The agenda's proposal is always on the table: it is recorded first, so a yrkande has something to stand against.
            let effects = missingAgendaProposals(item: target.item, record: record).flatMap { recordItem(.addProposal($0)) }
            var rows = sharedProposals(meeting: meeting, item: target.item, record: record).map { proposal in
                Picker.Row(label: proposalLabel(proposal), value: .put(proposal))
            }
            rows.append(Picker.Row(label: strings.clerk.typedProposal, value: .other))
            picker = Picker(.item(.memberProposal(item: item)), meeting: meeting, title: strings.clerk.memberProposalTitle, rows: rows)
            return effects
        case .withdraw:
            guard !record.proposals.isEmpty else { status = strings.clerk.noProposalsYet; return [] }
            picker = Picker(.item(.withdraw(item: item)), meeting: meeting, title: strings.clerk.withdrawTitle, rows: proposalRows(record.proposals))
        case .proposition:
            guard !open.isEmpty else { status = strings.clerk.noProposalsYet; return [] }
            // Usually every open proposal is put: all are marked, Enter puts them.
            picker = Picker(.item(.propositionSides(item: item)), meeting: meeting, title: strings.clerk.propositionTitle,
                            rows: proposalRows(open), allowsSeveral: true, marked: Set(open.indices))
        case .vote:
            return startVote(record: record, meeting: target.meeting, item: target.item)
        case .countedVote:
            return startVote(record: record, meeting: target.meeting, item: target.item, counted: true)
        case .adopt:
            return adopt(record: record, meeting: target.meeting, item: target.item)
        case .undo:
            return undoRecord(redo: false)
        case .redo:
            return undoRecord(redo: true)
        case .decision:
            recordMenu = RecordMenu(meeting: meeting, item: item, step: .decision)
        case .decisionInEditor:
            let clauses = record.decision?.clauses ?? winningClauses(record: record, item: target.item)
            return [.editExternally(.decision(meeting: meeting, item: item, category: record.decision?.category ?? .accordingToProposal),
                                    text: clauses.joined(separator: "\n\n"))]
        case .members(let list):
            let rows = presentMembers(meeting: meeting).map { Picker.Row(label: memberName($0), value: .member($0)) }
            let listed = list.members(in: record)
            picker = Picker(.item(.members(list, item: item)), meeting: meeting, title: strings.clerk.memberList(list).pickerTitle, rows: rows,
                            allowsSeveral: true, marked: Set(rows.indices.filter { index in
                                if case .member(let id) = rows[index].value { return listed.contains(id) } else { return false } }))
        case .reservation:
            picker = memberPicker(.reservation(item: item), title: strings.clerk.reservationTitle, item: item, meeting: meeting)
        case .statement(.substitute):
            // An ersättaryttrande is made by a substitute who is present but does not decide this item.
            let taking = Set(takingPart(meeting: meeting, item: item))
            let waiting = presentMembers(meeting: meeting).filter { member in
                !taking.contains(member) && store.committee.member(id: member)?.role(on: target.meeting.date) == .substitute
            }
            guard !waiting.isEmpty else { status = strings.clerk.noSubstituteWaiting; return [] }
            picker = Picker(.item(.statement(item: item, kind: .substitute)), meeting: meeting, title: strings.clerk.statement(.substitute).pickerTitle,
                            rows: waiting.map { Picker.Row(label: memberName($0), value: .member($0)) }, allowsSeveral: true)
        case .statement(let kind):
            picker = memberPicker(.statement(item: item, kind: kind), title: strings.clerk.statement(kind).pickerTitle, item: item, meeting: meeting,
                                  withParties: true)
        case .lines(let list):
            prompt = Prompt(purpose: .item(.lines(meeting: meeting, item: item, list: list)),
                            text: list.lines(in: record).joined(separator: Prompt.clauseSeparator))
        case .counterProposal:
            guard let last = record.propositionOrder.indices.last else { status = strings.clerk.noStepYet; return [] }
            let chooses = !record.propositionOrder[last].choosesCounterProposal
            status = chooses ? strings.clerk.counterProposalMarked(names.proposal(record.adopted(record.propositionOrder[last])))
                             : strings.clerk.counterProposalUnmarked
            return recordItem(.counterProposal(step: last, chooses))
        case .presenter:
            prompt = Prompt(purpose: .item(.presenter(meeting: meeting, item: item)), text: record.presenter ?? target.item.presenter ?? "")
        case .checkedAtOnce:
            let checked = !(record.checkedAtOnce ?? false)
            status = checked ? strings.clerk.checkedAtOnceOn : strings.clerk.checkedAtOnceOff
            return recordItem(.checkedAtOnce(checked))
        case .remove:
            let rows = removableEntries(record)
            guard !rows.isEmpty else { status = strings.clerk.nothingRecorded; return [] }
            picker = Picker(.item(.remove(item: item)), meeting: meeting, title: strings.clerk.removeTitle, rows: rows)
        case .kind(let kind):
            picker = memberPicker(.proposers(item: item, kind: kind), title: strings.clerk.proposersTitle, item: item, meeting: meeting,
                                  withParties: true)
        case .decide(.referred):
            prompt = Prompt(purpose: .item(.referralBody(meeting: meeting, item: item)), text: record.decision?.referredTo ?? "")
        case .decide(let category):
            // The clauses recorded for this category, else what this kind of decision says: the winning
            // proposal's clauses for a bifall, the usual wording (in the committee's language) for the rest.
            let clauses = record.decision.flatMap { $0.category == category ? $0.clauses : nil }
                ?? contentStrings.clerk.decisionClause(category).map { [$0] }
                ?? winningClauses(record: record, item: target.item)
            prompt = Prompt(purpose: .item(.decision(meeting: meeting, item: item, category: category)),
                            text: clauses.joined(separator: Prompt.clauseSeparator))
        }
        return []
    }

    /// The step after the picker: the next question, or the change.
    mutating func take(_ picked: Picker) -> [Effect] {
        switch picked.purpose {
        case .item(let purpose): return takeForItem(purpose, picked)
        case .meeting(let purpose): return takeForMeeting(purpose, picked)
        case .matter(let purpose): return takeForMatter(purpose, picked)
        }
    }

    /// Pickers for the item on screen.
    private mutating func takeForItem(_ purpose: Picker.ItemPurpose, _ picked: Picker) -> [Effect] {
        guard let target = recordingTarget, target.meeting.id == picked.meeting else { return [] }
        let record = target.record
        switch purpose {
        case .memberProposal:
            switch picked.chosen.first {
            case .put(let proposal)?:
                status = strings.clerk.proposalPut(names.name(of: proposal))
                return recordItem(.addProposal(proposal))
            case .other?:
                recordMenu = RecordMenu(meeting: target.meeting.id, item: target.item.id, step: .proposalKind)
            case .member?, .proposal?, .entry?, .party?, .seatNotRecorded?, .section?, .field?, .kind?, nil:
                break
            }
        case .proposers(_, let kind):
            let (members, parties) = (picked.chosenMembers, picked.chosenParties)
            guard !members.isEmpty || !parties.isEmpty else { return [] }
            prompt = Prompt(purpose: .item(.proposalText(meeting: picked.meeting, item: target.item.id, kind: kind, proposers: members, parties: parties)))
        case .withdraw:
            guard let id = picked.chosenProposals.first, let proposal = record.proposals.first(where: { $0.id == id }) else { return [] }
            status = proposal.isWithdrawn ? strings.clerk.proposalRestored(names.name(of: proposal)) : strings.clerk.proposalWithdrawn(names.name(of: proposal))
            return recordItem(.withdraw(proposal: id, !proposal.isWithdrawn))
        case .propositionSides:
            let sides = picked.chosenProposals
            picker = Picker(.item(.preferred(item: target.item.id, sides: sides)), meeting: picked.meeting, title: strings.clerk.preferredTitle,
                            rows: sides.compactMap { id in record.proposals.first { $0.id == id } }.map {
                                Picker.Row(label: proposalLabel($0), value: .proposal($0.id))
                            })
        case .preferred(_, let sides):
            guard let preferred = picked.chosenProposals.first else { return [] }
            status = strings.clerk.preferredRecorded(names.proposal(preferred))
            return recordItem(.addStep(PropositionStep(proposals: sides, preferred: preferred)))
        case .voteYes(_, let counted):
            guard let yes = picked.chosenProposals.first else { return [] }
            let others = record.proposals.filter { !$0.isWithdrawn && $0.id != yes }
            picker = Picker(.item(.voteNo(item: target.item.id, yes: yes, counted: counted)), meeting: picked.meeting, title: strings.clerk.voteNoTitle,
                            rows: others.map { Picker.Row(label: proposalLabel($0), value: .proposal($0.id)) })
        case .voteNo(_, let yes, let counted):
            guard let no = picked.chosenProposals.first else { return [] }
            if counted {
                prompt = Prompt(purpose: .item(.voteCounts(meeting: picked.meeting, item: target.item.id, yes: yes, no: no)))
                return []
            }
            return beginRollCall(yes: yes, no: no, meeting: target.meeting, item: target.item, record: record)
        case .members(let list, _):
            let members = picked.markedMembers
            status = strings.clerk.memberList(list).recorded(members.count)
            return recordItem(.members(list, members))
        case .reservation:
            let members = picked.chosenMembers
            guard !members.isEmpty else { return [] }
            var rows = record.proposals.map { Picker.Row(label: proposalLabel($0), value: .proposal($0.id)) }
            rows.append(Picker.Row(label: strings.clerk.noFavour, value: .other))
            picker = Picker(.item(.reservationFavour(item: target.item.id, members: members)), meeting: picked.meeting,
                            title: strings.clerk.favourTitle, rows: rows)
        case .reservationFavour(_, let members):
            let favour = picked.chosenProposals.first
            confirmation = .writtenReservation(Reservation(members: members, inFavourOf: favour))
        case .statement(_, let kind):
            let (members, parties) = (picked.chosenMembers, picked.chosenParties)
            guard !members.isEmpty || !parties.isEmpty else { return [] }
            prompt = Prompt(purpose: .item(.statement(meeting: picked.meeting, item: target.item.id, kind: kind, members: members, parties: parties)))
        case .remove:
            guard case .entry(let entry)? = picked.chosen.first else { return [] }
            status = strings.clerk.entryRemoved
            return recordItem(.remove(entry))
        }
        return []
    }

    /// y or n to "a written reservation follows?".
    mutating func recordReservation(_ reservation: Reservation, written: Bool) -> [Effect] {
        var reservation = reservation
        reservation.written = written ? true : nil
        status = strings.clerk.reservationRecorded
        return recordItem(.addReservation(reservation))
    }

    /// Enter on the clerk's typing line for an item (still the one on screen).
    mutating func confirmItemPrompt(_ purpose: Prompt.ItemRecordPurpose, text: String) -> [Effect] {
        let typed = text.trimmingWhitespace
        guard let target = recordingTarget else { return [] }
        switch purpose {
        case .proposalText(_, _, let kind, let proposers, let parties):
            guard !typed.isEmpty else { status = strings.clerk.emptyNotSaved; return [] }
            let proposal = PutProposal(id: newProposalID(kind, in: target.record), kind: kind, proposers: proposers, text: typed,
                                       parties: parties.isEmpty ? nil : parties)
            status = strings.clerk.proposalPut(names.name(of: proposal))
            return recordItem(.addProposal(proposal))
        case .decision(_, _, let category):
            let clauses = typed.split(separator: "|").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
            status = strings.clerk.decisionRecorded(strings.decisionCategories[category] ?? category.rawValue)
            // Editing a referral's clauses keeps the body it was referred to.
            let body = target.record.decision.flatMap { $0.category == category ? $0.referredTo : nil }
            return recordItem(.decision(Decision(category: category, clauses: clauses, referredTo: body)))
        case .referralBody:
            guard !typed.isEmpty else { status = strings.clerk.emptyNotSaved; return [] }
            // The body first, then the clauses to check: the usual wording, in the committee's language.
            let clauses = [contentStrings.clerk.referralClause(typed)]
            status = strings.clerk.decisionRecorded(strings.decisionCategories[.referred] ?? "")
            let effects = recordItem(.decision(Decision(category: .referred, clauses: clauses, referredTo: typed)))
            prompt = Prompt(purpose: .item(.decision(meeting: target.meeting.id, item: target.item.id, category: .referred)),
                            text: clauses.joined(separator: Prompt.clauseSeparator))
            return effects
        case .lines(_, _, let list):
            let lines = typed.split(separator: "|").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
            status = strings.clerk.textList(list).recorded(lines.count)
            return recordItem(.lines(list, lines))
        case .presenter:
            status = typed.isEmpty ? strings.clerk.presenterCleared : strings.clerk.presenterRecorded(typed)
            return recordItem(.presenter(typed.isEmpty ? nil : typed))
        case .voteCounts(_, _, let yes, let no):
            return recordCountedVote(typed, yes: yes, no: no, meeting: target.meeting, item: target.item, record: target.record)
        case .statement(_, _, let kind, let members, let parties):
            guard !typed.isEmpty else { status = strings.clerk.emptyNotSaved; return [] }
            status = strings.clerk.statement(kind).recorded
            return recordItem(.addStatement(kind, Statement(members: members, text: typed, parties: parties.isEmpty ? nil : parties)))
        }
    }

    /// The clauses of what the committee preferred last, to start the decision from.
    func winningClauses(record: ItemRecord, item: AgendaItem) -> [String] {
        let matter = item.matter.flatMap { store.matters[$0] }
        let preferred = record.propositionOrder.last.flatMap { step in record.proposals.first { $0.id == record.adopted(step) } }
        if let preferred {
            if let id = preferred.agendaProposal, let proposal = matter?.proposal(id: id) { return proposal.clauses }
            return [preferred.text]
        }
        return agendaProposals(of: item).compactMap { matter?.proposal(id: $0.agendaProposal ?? "") }.flatMap(\.clauses)
    }

    /// Members' shared positions on the item's matter that can be put as proposals: own proposals and rejections.
    func sharedProposals(meeting: String, item: AgendaItem, record: ItemRecord) -> [PutProposal] {
        guard let matter = item.matter else { return [] }
        let members = store.committee.members.map(\.id)
        return positions.filter { $0.shared && $0.position.meeting == meeting && $0.position.matter == matter }
            .sorted { (members.firstIndex(of: $0.position.author) ?? 0) < (members.firstIndex(of: $1.position.author) ?? 0) }
            .compactMap { visible -> PutProposal? in
                let position = visible.position
                let kind: PutProposal.Kind
                let text: String
                switch (position.stance, position.ownProposal) {
                case (.own, let own?):
                    kind = PutProposal.Kind(rawValue: own.kind.rawValue) ?? .amendment
                    text = own.text
                case (.oppose, _):
                    kind = .reject
                    text = position.motivation ?? contentStrings.clerk.rejectText
                case (.own, nil), (.support, _), (.abstain, _):
                    return nil
                }
                let id = "\(position.author)-\(kind.rawValue)"
                guard !record.proposals.contains(where: { $0.id == id }) else { return nil }
                return PutProposal(id: id, kind: kind, proposers: [position.author], text: text)
            }
    }

    /// A proposal as the pickers and the roll call show it: its name and text, never its id.
    public func proposalLabel(_ proposal: PutProposal) -> String {
        RecordNames(strings: strings, committee: store.committee, item: nil).label(of: proposal)
    }

    /// People present at the meeting, in the store's order.
    func presentMembers(meeting: String) -> [String] {
        let present = Set(store.records[meeting]?.attendance.filter(\.present).map(\.member) ?? [])
        let all = store.committee.members.map(\.id)
        return present.isEmpty ? all : all.filter { present.contains($0) }
    }

    /// A picker of the members taking part in the item (everyone present if attendance is not recorded),
    /// and, where a party group may act together, their parties after them.
    func memberPicker(_ purpose: Picker.ItemPurpose, title: String, item: String, meeting: String, withParties: Bool = false) -> Picker {
        let taking = takingPart(meeting: meeting, item: item)
        let members = taking.isEmpty ? presentMembers(meeting: meeting) : taking
        var parties: [String] = []
        for party in members.compactMap({ store.committee.member(id: $0)?.party }) where !parties.contains(party) { parties.append(party) }
        return Picker(.item(purpose), meeting: meeting, title: title,
                      rows: members.map { Picker.Row(label: memberName($0), value: .member($0)) }
                        + (withParties ? parties.map { Picker.Row(label: strings.clerk.partyGroup($0), value: .party($0)) } : []),
                      allowsSeveral: true)
    }

    /// Members taking part in an item, in the store's order.
    func takingPart(meeting: String, item: String) -> [String] {
        guard let index = store.meetings.firstIndex(where: { $0.id == meeting }), let record = store.records[meeting] else { return [] }
        let taking = RecordParticipation(record: record, meeting: store.meetings[index], committee: store.committee).participants(in: item)
        return store.committee.members.map(\.id).filter { taking.contains($0) }
    }

    /// The open item's proposals and votes by name.
    var names: RecordNames { RecordNames(strings: strings, committee: store.committee, item: recordingTarget?.record) }

    func removableEntries(_ record: ItemRecord) -> [Picker.Row] {
        let names = RecordNames(strings: strings, committee: store.committee, item: record)
        var rows: [Picker.Row] = []
        if let decision = record.decision {
            rows.append(Picker.Row(label: strings.clerk.decisionEntry(strings.decisionCategories[decision.category] ?? ""), value: .entry(.decision)))
        }
        rows += record.proposals.map { Picker.Row(label: strings.clerk.proposalEntry(proposalLabel($0)), value: .entry(.proposal($0.id))) }
        rows += record.propositionOrder.enumerated().map { index, step in
            Picker.Row(label: strings.clerk.stepEntry(step.proposals.map(names.proposal).joined(separator: " / "), names.proposal(step.preferred)),
                       value: .entry(.step(index)))
        }
        rows += record.votes.map { vote in
            Picker.Row(label: strings.clerk.voteEntry(names.vote(vote.id), names.proposal(vote.yes), names.proposal(vote.no)), value: .entry(.vote(vote.id)))
        }
        rows += record.reservations.enumerated().map { index, reservation in
            Picker.Row(label: strings.clerk.reservationEntry(reservation.members.map(memberName).joined(separator: ", ")), value: .entry(.reservation(index)))
        }
        for kind in StatementKind.allCases {
            rows += kind.statements(in: record).enumerated().map { index, statement in
                Picker.Row(label: strings.clerk.statement(kind).entry(statement.text), value: .entry(.statement(kind, index)))
            }
        }
        if record.checkedAtOnce == true { rows.append(Picker.Row(label: strings.clerk.checkedAtOnceOn, value: .entry(.checkedAtOnce))) }
        return rows
    }
}
