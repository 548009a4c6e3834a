import DocketModel

/// The clerk's keys for the meeting as a whole: on its record screen
/// (attendance, checkers, approval) and on its agenda (struck, extra and moved items).
extension AppState {
    public var isOnMeetingRecord: Bool { openMeetingRecord != nil }

    var openMeetingRecord: MeetingRecordScreen? {
        if case .meetingRecord(let screen) = screen { return screen }
        return nil
    }

    private var recordScreenMeeting: Meeting? { openMeetingRecord.map { store.meetings[$0.meetingIndex] } }

    /// The commands of the meeting's record screen.
    mutating func performMeetingRecord(_ command: MeetingRecordCommand) -> [Effect] {
        guard let screen = openMeetingRecord, let meeting = recordScreenMeeting else { return [] }
        let record = store.records[meeting.id]
        let target = screen.selectedTarget
        if let refusal = recordingRefusal(meeting: meeting.id, evenIfApproved: [.postMinutes, .correctRecord].contains(command)) {
            status = refusal
            return []
        }
        switch command {
        case .togglePresent:
            guard case .attendance(let member)? = target else { status = strings.clerk.onAttendanceRow; return [] }
            var attendance = record?.attendance.first { $0.member == member } ?? Attendance(member: member, present: false)
            attendance.present.toggle()
            if !attendance.present { (attendance.servingFor, attendance.serving) = (nil, nil) }
            return self.record(.attendance(attendance), meeting: meeting)
        case .everyonePresent:
            let seats = store.committee.members.filter { [.chair, .viceChair, .member].contains($0.role(on: meeting.date)) }
            let unrecorded = seats.filter { member in !(record?.attendance.contains { $0.member == member.id } ?? false) }
            status = strings.clerk.markedPresent(unrecorded.count)
            return self.record(unrecorded.map { .attendance(Attendance(member: $0.id, present: true)) }, meeting: meeting)
        case .servingFor:
            guard case .attendance(let member)? = target else { status = strings.clerk.onAttendanceRow; return [] }
            guard store.committee.member(id: member)?.role(on: meeting.date) == .substitute else { status = strings.clerk.onlySubstitutes; return [] }
            let absent = store.committee.members.filter { seat in
                [.chair, .viceChair, .member].contains(seat.role(on: meeting.date))
                    && !(record?.attendance.contains { $0.member == seat.id && $0.present } ?? false)
            }
            picker = Picker(.meeting(.servingFor(member: member)), meeting: meeting.id, title: strings.clerk.servingForTitle(memberName(member)),
                            rows: absent.map { Picker.Row(label: memberName($0.id), value: .member($0.id)) }
                                + [Picker.Row(label: strings.clerk.seatNotRecorded, value: .seatNotRecorded),
                                   Picker.Row(label: strings.clerk.notServing, value: .other)])
        case .arrivedAt, .leftAt:
            guard case .attendance(let member)? = target, record?.attendance.first(where: { $0.member == member })?.present == true else {
                status = strings.clerk.onPresentRow
                return []
            }
            prompt = Prompt(purpose: .meeting(command == .arrivedAt ? .arrivedAt(meeting: meeting.id, member: member) : .leftAt(meeting: meeting.id, member: member)))
        case .chooseCheckers:
            // Justerare are chosen among those present and serving (deciding) at the meeting.
            let participation = record.map { RecordParticipation(record: $0, meeting: meeting, committee: store.committee) }
            let serving = Set(record?.attendance.filter { participation?.isServing($0) ?? false }.map(\.member) ?? [])
            let taking = presentMembers(meeting: meeting.id).filter { serving.isEmpty || serving.contains($0) }
            let current = record?.checkers ?? []
            picker = Picker(.meeting(.checkers), meeting: meeting.id, title: strings.clerk.checkersTitle,
                            rows: taking.map { Picker.Row(label: memberName($0), value: .member($0)) }, allowsSeveral: true,
                            marked: Set(taking.indices.filter { current.contains(taking[$0]) }))
        case .setChecking:
            let checking = record?.checking
            prompt = Prompt(purpose: .meeting(.checking(meeting: meeting.id)),
                            text: checking.map { [$0.date, $0.time, $0.place].compactMap { $0 }.joined(separator: " ") } ?? "")
        case .setHeld:
            prompt = Prompt(purpose: .meeting(.held(meeting: meeting.id)),
                            text: record?.held.map { [$0.start, $0.end].compactMap { $0 }.joined(separator: " ") } ?? meeting.time)
        case .addOfficial:
            prompt = Prompt(purpose: .meeting(.official(meeting: meeting.id)))
        case .removeEntry:
            switch target {
            case .official(let index)?:
                var officials = record?.officials ?? []
                officials.remove(at: index)
                return self.record(.officials(officials), meeting: meeting)
            case .agendaChange(let index)?:
                var changes = record?.agendaChanges ?? []
                changes.remove(at: index)
                return self.record(.agendaChanges(changes), meeting: meeting)
            case .attendance?, .firstParagraph?, .held?, .checkers?, .checking?, .approval?, .warning?, nil:
                status = strings.clerk.onRemovableRow
            }
        case .setFirstParagraph:
            prompt = Prompt(purpose: .meeting(.firstParagraph(meeting: meeting.id)), text: "\(record?.firstParagraph ?? firstParagraph(for: meeting))")
        case .approveMinutes:
            // A day that can be right: the day of justering recorded, else today once the meeting is held, never a day before it.
            prompt = Prompt(purpose: .meeting(.approvedOn(meeting: meeting.id)),
                            text: record?.approved ?? record?.checking?.date ?? max(today, meeting.date))
        case .postMinutes:
            prompt = Prompt(purpose: .meeting(.postedOn(meeting: meeting.id)), text: record?.posted ?? max(today, record?.approved ?? today))
        case .correctRecord:
            guard record?.approved != nil else { status = strings.clerk.notApprovedYet; return [] }
            prompt = Prompt(purpose: .meeting(.correctionReason(meeting: meeting.id)))
        }
        return []
    }

    /// The clerk's keys on an agenda: strike an item, add an extra one, move one.
    mutating func performAgendaChange(_ kind: AgendaChange.Kind) -> [Effect] {
        guard case .agenda(let agenda) = screen, let itemIndex = agenda.selectedItem else { status = strings.clerk.onlyOnAgenda; return [] }
        let meeting = store.meetings[agenda.meetingIndex]
        if let refusal = recordingRefusal(meeting: meeting.id) {
            status = refusal
            return []
        }
        let item = meeting.agenda[itemIndex]
        var changes = store.records[meeting.id]?.agendaChanges ?? []
        if kind == .struck, isPreparingAgenda(meeting) {
            // Kept, so that u puts it back where it stood.
            lastTakenOff = TakenOffItem(meeting: meeting.id, item: item, before: meeting.agenda[safe: itemIndex + 1]?.id)
            status = strings.clerk.takenOff(item.printedNumber)
            return preparing(.change(.struck(item.id)), meeting: meeting)
        }
        switch kind {
        case .struck:
            if let index = changes.firstIndex(where: { $0.kind == .struck && $0.item == item.id }) {
                changes.remove(at: index)
                status = strings.clerk.unstruck(item.printedNumber)
            } else {
                changes.append(.struck(item.id))
                status = strings.clerk.struckItem(item.printedNumber)
            }
            return record(.agendaChanges(changes), meeting: meeting)
        case .added:
            prompt = Prompt(purpose: .meeting(.extraItem(meeting: meeting.id, after: item.id)))
        case .moved:
            prompt = Prompt(purpose: .meeting(.moveItem(meeting: meeting.id, item: item.id)))
        }
        return []
    }

    /// Pickers for the meeting as a whole.
    mutating func takeForMeeting(_ purpose: Picker.MeetingPurpose, _ picked: Picker) -> [Effect] {
        guard let meeting = store.meetings.first(where: { $0.id == picked.meeting }) else { return [] }
        let record = store.records[meeting.id]
        switch purpose {
        case .checkers:
            let chosen = picked.markedMembers
            status = chosen.count == 2 ? nil : strings.clerk.twoCheckers(chosen.count)
            return self.record(.checkers(chosen), meeting: meeting)
        case .itemProposals(let item):
            guard isPreparingAgenda(meeting) else { return [] }
            let chosen = picked.marked.sorted().compactMap { index -> String? in
                if case .proposal(let id) = picked.rows[index].value { return id } else { return nil }
            }
            status = strings.clerk.proposalsPut(chosen.count)
            return preparing(.proposals(item: item, chosen), meeting: meeting)
        case .itemSection(let item):
            guard case .section(let section)? = picked.chosen.first, isPreparingAgenda(meeting) else { return [] }
            status = strings.clerk.sectionChanged(meeting.sections.first { $0.id == section }?.title ?? section)
            return preparing(.section(item: item, section: section), meeting: meeting)
        case .servingFor(let member):
            var attendance = record?.attendance.first { $0.member == member } ?? Attendance(member: member, present: true)
            attendance.present = true
            attendance.servingFor = picked.chosenMembers.first
            attendance.serving = picked.chosen.first == .seatNotRecorded ? true : nil
            return self.record(.attendance(attendance), meeting: meeting)
        }
    }

    /// Enter on the typing line, for the meeting as a whole.
    mutating func confirmMeetingPrompt(_ purpose: Prompt.MeetingRecordPurpose, text: String) -> [Effect] {
        let text = text.trimmingWhitespace
        guard let meeting = store.meetings.first(where: { $0.id == purpose.meeting }) else { return [] }
        let record = store.records[meeting.id]
        func item(numbered typed: String) -> AgendaItem?? {
            if typed.isEmpty { return .some(nil) }
            guard let found = meeting.agenda.first(where: { $0.isNumbered(typed) }) else {
                status = strings.noSuchItem(typed)
                return nil
            }
            return found
        }
        switch purpose {
        case .arrivedAt(_, let member), .leftAt(_, let member):
            guard let found = item(numbered: text) else { return [] }
            let attendance = record?.attendance.first { $0.member == member } ?? Attendance(member: member, present: true)
            let arriving: Bool = if case .arrivedAt = purpose { true } else { false }
            return self.record(.attendance(attendance.moving(arriving ? .arrival : .departure, to: found?.id, agenda: meeting.agenda.map(\.id))),
                               meeting: meeting)
        case .held:
            // "13:00 16:05", "13.00–16.05", or the start alone.
            let times = text.split { $0 == " " || $0 == "–" || $0 == "-" }.map { $0.replacingOccurrences(of: ".", with: ":") }
            guard (1...2).contains(times.count), times.allSatisfy({ $0.wholeMatch(of: /[0-2][0-9]:[0-5][0-9]/) != nil }) else {
                status = strings.clerk.heldFormat
                return []
            }
            return self.record(.held(MeetingRecord.Held(start: times[0], end: times.count == 2 ? times[1] : nil)), meeting: meeting)
        case .checking:
            // The day, then the time and the place when the protokoll gives them: "2026-12-15", "2026-12-15 10:00 Stadshuset".
            var parts = text.split(separator: " ", maxSplits: 1).map(String.init)
            guard let date = parts.first, CalendarDate.isValid(date) else {
                status = strings.clerk.checkingFormat
                return []
            }
            parts = parts.count > 1 ? parts[1].split(separator: " ", maxSplits: 1).map(String.init) : []
            let time = parts.first.flatMap { $0.wholeMatch(of: /[0-2][0-9][:.][0-5][0-9]/) != nil ? $0.replacingOccurrences(of: ".", with: ":") : nil }
            let place = (time == nil ? parts.joined(separator: " ") : parts.dropFirst().joined(separator: " ")).trimmingWhitespace
            return self.record(.checking(MeetingRecord.Checking(date: date, time: time, place: place.isEmpty ? nil : place)), meeting: meeting)
        case .official:
            // The title is written when the protokoll gives one.
            let parts = text.split(separator: ",", maxSplits: 1).map { String($0).trimmingWhitespace }
            guard let name = parts.first, !name.isEmpty else { status = strings.clerk.officialFormat; return [] }
            let title = parts.count == 2 && !parts[1].isEmpty ? parts[1] : nil
            return self.record(.officials((record?.officials ?? []) + [Official(name: name, title: title)]), meeting: meeting)
        case .firstParagraph:
            guard let number = Int(text), number > 0 else { status = strings.clerk.numberNeeded; return [] }
            return self.record(.firstParagraph(number), meeting: meeting)
        case .approvedOn, .postedOn:
            guard CalendarDate.isValid(text) else { status = strings.clerk.dateNeeded(text); return [] }
            if let refusal = datingRefusal(purpose, date: text, meeting: meeting, record: record) {
                status = refusal
                return []
            }
            if case .approvedOn = purpose {
                status = strings.clerk.approvedNow(text)
                let effects = self.record(.approve(date: text), meeting: meeting)
                correcting.remove(meeting.id)
                return effects
            }
            status = strings.clerk.postedNow(text)
            return self.record(.post(date: text), meeting: meeting)
        case .correctionReason:
            guard !text.isEmpty else { status = strings.clerk.reasonNeeded; return [] }
            guard let member = identity.member?.id else { return [] }
            correcting.insert(meeting.id)
            status = strings.clerk.correcting
            return self.record(.correct(MeetingRecord.Correction(at: today, by: member, reason: text)), meeting: meeting)
        case .extraItem(_, let after):
            guard !text.isEmpty else { status = strings.clerk.emptyNotSaved; return [] }
            return addExtraItem(typed: text, after: after, meeting: meeting)
        case .itemTitle, .presenter:
            return confirmItemDetails(purpose, text: text)
        case .moveItem(_, let moved):
            guard let found = item(numbered: text) else { return [] }
            let change = AgendaChange(kind: .moved, item: moved, before: found?.id)
            if isPreparingAgenda(meeting) { return preparing(.change(change), meeting: meeting) }
            return self.record(.agendaChanges((record?.agendaChanges ?? []) + [change]), meeting: meeting)
        }
    }

    /// `+`: a diary number of any matter in the archive puts that matter on the agenda, with its proposals (the archive's
    /// other matters are read first when they are not yet); a diary number no matter has is asked about; anything else is a title.
    mutating func addExtraItem(typed text: String, after: String, meeting: Meeting, mayRead: Bool = true) -> [Effect] {
        if let matter = store.matters.values.first(where: { $0.diaryNumber.caseInsensitiveCompare(text) == .orderedSame }) {
            return addExtraItem(text, matter: matter, after: after, meeting: meeting)
        }
        guard Self.looksLikeDiaryNumber(text) else { return addExtraItem(text, matter: nil, after: after, meeting: meeting) }
        if mayRead && !store.unloadedMatters.isEmpty {
            pendingExtraItem = PendingExtraItem(meeting: meeting.id, after: after, text: text)
            status = strings.clerk.lookingUpDiaryNumber(text)
            let wanted = store.unloadedMatters.subtracting(requestedMatters).sorted()
            requestedMatters.formUnion(wanted)
            return wanted.isEmpty ? [] : [.readMatters(wanted)]
        }
        confirmation = .titleOnlyItem(meeting: meeting.id, after: after, text: text)
        return []
    }

    /// Letters and digits with a dash or slash and no two words ("SN-2026-0097", "KS 2024/123"): what diary numbers look like.
    static func looksLikeDiaryNumber(_ text: String) -> Bool {
        text.contains(where: \.isNumber) && (text.contains("-") || text.contains("/")) && text.split(separator: " ").count <= 2
    }

    /// After matters were read: a diary number typed for an extra item, waiting for them, is looked up again once none is still coming.
    mutating func takeUpPendingExtraItem() -> [Effect] {
        guard let pending = pendingExtraItem, store.unloadedMatters.intersection(requestedMatters).isEmpty,
              let meeting = store.meetings.first(where: { $0.id == pending.meeting }) else { return [] }
        pendingExtraItem = nil
        return addExtraItem(typed: pending.text, after: pending.after, meeting: meeting, mayRead: false)
    }

    mutating func addExtraItem(_ text: String, matter: Matter?, after: String, meeting: Meeting) -> [Effect] {
        let position = meeting.agenda.firstIndex { $0.id == after }.map { $0 + 1 } ?? meeting.agenda.count
        let section = meeting.agenda.first { $0.id == after }?.section ?? meeting.sections.last?.id ?? ""
        let id = FreeIdentifier.first("extra", notIn: Set(meeting.agenda.map(\.id)))
        // Numbered as agendas number an item put in between: "11 a" after item 11.
        let label = meeting.agenda.first { $0.id == after }.map(meeting.extraLabel(after:))
        let added = matter.map { AgendaItem(id: id, number: meeting.nextItemNumber, section: section, matter: $0.id, proposals: $0.proposals.map(\.id),
                                            label: label) }
            ?? AgendaItem(id: id, number: meeting.nextItemNumber, section: section, title: text, label: label)
        let change = AgendaChange(kind: .added, item: id, before: meeting.agenda[safe: position]?.id, added: added)
        let effects: [Effect]
        if isPreparingAgenda(meeting) {
            status = strings.clerk.putOnAgenda(String(position + 1))
            effects = preparing(.change(change), meeting: meeting)
        } else {
            status = strings.clerk.extraAdded(added.printedNumber)
            effects = self.record(.agendaChanges((store.records[meeting.id]?.agendaChanges ?? []) + [change]), meeting: meeting)
        }
        // The cursor goes to the new item: the next key is most likely about it.
        if case .agenda(let agenda) = screen, let index = store.meetings[agenda.meetingIndex].agenda.firstIndex(where: { $0.id == id }) {
            replaceTop(.agenda(agenda.selecting(item: index, in: self)))
        }
        return effects
    }

    /// Why the minutes cannot be approved or posted on `date`: never before the
    /// meeting, never a meeting nobody attended, never posted before approval.
    private func datingRefusal(_ purpose: Prompt.MeetingRecordPurpose, date: String, meeting: Meeting, record: MeetingRecord?) -> String? {
        if case .approvedOn = purpose {
            if date < meeting.date { return strings.clerk.approvalBeforeMeeting(date, meeting.date) }
            if !(record?.attendance.contains { $0.present } ?? false) { return strings.clerk.notHeld }
            return nil
        }
        guard let approved = record?.approved else { return strings.clerk.postingNeedsApproval }
        return date < approved ? strings.clerk.postingBeforeApproval(date, approved) : nil
    }
}

/// The clerk's keys on the meeting's record screen.
public enum MeetingRecordCommand: Sendable, Hashable {
    case togglePresent, everyonePresent, servingFor, arrivedAt, leftAt, chooseCheckers, setChecking
    case addOfficial, removeEntry, setFirstParagraph, approveMinutes, postMinutes, correctRecord
    /// When the meeting began and ended, for a meeting entered after the fact.
    case setHeld
}
