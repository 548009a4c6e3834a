import DocketModel

/// The clerk's record: who may change it, and how a change travels. A change
/// is applied to the state at once and handed to the runtime as an effect,
/// which applies it again to the file as on disk and journals it; the records
/// as on disk come back in `.recordsChanged`.
extension AppState {
    /// Why I cannot record at all: a read-only session, or not the clerk.
    var clerkRefusal: String? {
        guard identity.canWrite else { return strings.readOnly }
        return identity.role == .clerk ? nil : strings.clerk.onlyClerk
    }

    /// Why I cannot change this meeting's record now, or nil when I can. Posting and correcting
    /// come after approval, so they may change an approved record.
    func recordingRefusal(meeting: String, evenIfApproved: Bool = false) -> String? {
        if let refusal = clerkRefusal { return refusal }
        if !evenIfApproved, let approved = store.records[meeting]?.approved, !correcting.contains(meeting) {
            return strings.clerk.approvedReadOnly(approved)
        }
        return nil
    }

    /// The first § of a meeting without a record: the committee's yearly series goes on from
    /// the latest earlier meeting of the same year that has a record.
    func firstParagraph(for meeting: Meeting) -> Int {
        let year = meeting.date.prefix(4)
        let earlier = store.meetings.filter { $0.date < meeting.date && $0.date.prefix(4) == year }
        let last = earlier.compactMap { store.records[$0.id]?.paragraphNumbers.values.max() }.max()
        return (last ?? 0) + 1
    }

    /// Applies a change to the state and returns the effect that writes it.
    mutating func record(_ edit: RecordEdit, meeting: Meeting) -> [Effect] {
        record([edit], meeting: meeting)
    }

    /// Several changes at once, written together.
    mutating func record(_ edits: [RecordEdit], meeting: Meeting) -> [Effect] {
        let afterApproval = edits.allSatisfy {
            switch $0 {
            case .post, .correct: return true
            case .attendance, .officials, .checkers, .checking, .held, .firstParagraph, .agendaChanges, .item, .approve, .restore: return false
            }
        }
        if let refusal = recordingRefusal(meeting: meeting.id, evenIfApproved: afterApproval) {
            status = refusal
            return []
        }
        let first = firstParagraph(for: meeting)
        let fresh = edits.map { RecordChange(meeting: meeting.id, firstParagraph: first, edit: $0) }
        let before = store.records[meeting.id] ?? MeetingRecord(meeting: meeting.id, firstParagraph: first)
        replaceRecords(fresh.reduce(store.records) { $1.applied(to: $0) })
        // A change can be undone; undoing or redoing one moves it between the two stacks instead.
        let isRestore = edits.contains { if case .restore = $0 { return true } else { return false } }
        if !isRestore, let after = store.records[meeting.id] {
            recordUndo.append(RecordStep(meeting: meeting.id, before: before, after: after))
            recordRedo = []
        }
        // Changes that failed before go first, in their order.
        let changes = unsavedRecords + fresh
        unsavedRecords = []
        return [.record(changes)]
    }

    /// Records as on disk (after my change, or another instance's): agendas follow their changes,
    /// every open screen is laid out again and stays on the same item.
    mutating func replaceRecords(_ fresh: [String: MeetingRecord]) {
        guard fresh != store.records else { return }
        store.records = fresh
        let before = store.meetings
        store.meetings = sentMeetings.map { $0.applying(fresh[$0.id]?.agendaChanges ?? []) }
        refreshScreens(for: .records(before: before))
    }

    /// The answer to my record changes, or another instance's change seen by the watcher. Changes
    /// not written stay on screen and are kept for the next try: nothing the clerk records is lost.
    mutating func recordsChanged(_ fresh: [String: MeetingRecord], failed: [RecordChange], error: String?) -> [Effect] {
        unsavedRecords += failed
        replaceRecords(unsavedRecords.reduce(fresh) { $1.applied(to: $0) })
        if let error, !failed.isEmpty { return notSaved(error) }
        return continueQuitting()
    }

    /// What the record warns about, for one meeting.
    public func recordWarnings(meetingIndex: Int) -> [RecordWarning] {
        let meeting = store.meetings[meetingIndex]
        guard let record = store.records[meeting.id] else { return [] }
        return record.warnings(meeting: meeting, committee: store.committee)
    }

    /// A warning in words, members, proposals and votes by their names.
    public func words(for warning: RecordWarning, meeting: String) -> String {
        strings.words(for: warning.kind, names: recordNames(meeting: meeting, item: warning.item))
    }

    /// A member's name with their party, as the minutes write it.
    public func memberName(_ id: String) -> String {
        store.committee.nameWithParty(id)
    }
}

/// One change to a meeting's record, as the record was before and after it: what undo and redo restore.
public struct RecordStep: Sendable, Equatable {
    public let meeting: String
    public let before: MeetingRecord
    public let after: MeetingRecord
}

extension AppState {
    /// The clerk's undo (`r u`) and redo (`r U`): the record as it was, written and journaled like any change.
    mutating func undoRecord(redo: Bool) -> [Effect] {
        guard let step = redo ? recordRedo.popLast() : recordUndo.popLast(),
              let meeting = store.meetings.first(where: { $0.id == step.meeting }) else {
            status = redo ? strings.clerk.nothingToRedo : strings.nothingToUndo
            return []
        }
        if redo { recordUndo.append(step) } else { recordRedo.append(step) }
        status = redo ? strings.clerk.redone : strings.clerk.undone
        return record([.restore(redo ? step.after : step.before)], meeting: meeting)
    }
}
