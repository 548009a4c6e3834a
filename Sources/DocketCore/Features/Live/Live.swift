import DocketModel

/// Presiding (the chair leads from item to item) and following (everyone
/// else's screen goes along). Presiding writes are effects; the live files as
/// on disk come back in `.liveChanged`.
extension AppState {
    /// The chair, or a vice chair standing in.
    var canPreside: Bool { identity.role == .chair || identity.role == .viceChair }

    /// The meeting in progress or adjourned, if any.
    public var liveMeetingIndex: Int? {
        store.meetings.firstIndex { [.inProgress, .paused].contains(live[$0.id]?.state) }
    }

    /// The meeting presiding keys act on: the one on screen, else the live one.
    var presidedMeeting: Int? { currentMeeting ?? liveMeetingIndex }

    func liveState(_ meetingIndex: Int) -> LiveMeeting.State {
        live[store.meetings[meetingIndex].id]?.state ?? .planned
    }

    /// The index of the live item of a meeting.
    func liveItemIndex(_ meetingIndex: Int) -> Int? {
        let meeting = store.meetings[meetingIndex]
        return live[meeting.id]?.current.flatMap { id in meeting.agenda.firstIndex { $0.id == id } }
    }

    /// L: opens a planned meeting; otherwise offers pause, resume, close or reopen.
    mutating func preside() -> [Effect] {
        guard let index = presidedMeeting else { return [] }
        let id = store.meetings[index].id
        guard liveState(index) != .planned else {
            // Opened days early by mistake, every follower would be taken along: asked first.
            if store.meetings[index].date > today {
                confirmation = .openEarly(meeting: id)
                return []
            }
            return openMeeting(index)
        }
        liveMenu = id
        return []
    }

    mutating func openMeeting(_ index: Int) -> [Effect] {
        status = strings.meetingOpened
        goAlong(meetingIndex: index, itemIndex: 0)
        return presiding(.open(meeting: store.meetings[index].id))
    }

    /// > and <: the live pointer, with the presiding person's own view going along.
    mutating func moveLive(by delta: Int) -> [Effect] {
        guard let index = presidedMeeting else { return [] }
        let agenda = store.meetings[index].agenda
        let target = (liveItemIndex(index) ?? (delta > 0 ? -1 : agenda.count)) + delta
        guard agenda.indices.contains(target) else {
            status = delta > 0 ? strings.lastAgendaItem : strings.firstAgendaItem
            return []
        }
        return moveLive(meetingIndex: index, to: target)
    }

    mutating func moveLive(meetingIndex: Int, to itemIndex: Int) -> [Effect] {
        let meeting = store.meetings[meetingIndex]
        goAlong(meetingIndex: meetingIndex, itemIndex: itemIndex)
        return presiding(.move(meeting: meeting.id, item: meeting.agenda[itemIndex].id))
    }

    /// J, then a number.
    mutating func jumpLive(_ text: String) -> [Effect] {
        guard let index = presidedMeeting else { return [] }
        guard let target = store.meetings[index].agenda.firstIndex(where: { $0.isNumbered(text) }) else {
            status = strings.noSuchItem(text.trimmingWhitespace)
            return []
        }
        return moveLive(meetingIndex: index, to: target)
    }

    /// The screens for being at an item: meetings, that agenda, the item.
    mutating func goAlong(meetingIndex: Int, itemIndex: Int) {
        stack = [stack[0]]
        openAgenda(meetingIndex: meetingIndex, itemIndex: itemIndex)
        openItem(meetingIndex: meetingIndex, itemIndex: itemIndex, part: .proposal)
    }

    mutating func answerLiveMenu(_ command: LiveMenuCommand) -> [Effect] {
        guard let id = liveMenu else { return [] }
        liveMenu = nil
        switch command {
        case .pause: return presiding(.pause(meeting: id))
        case .resume: return presiding(.resume(meeting: id))
        case .reopen: return presiding(.reopen(meeting: id))
        case .close:
            confirmation = .closeMeeting(id)
            return []
        }
    }

    /// F: follow the live meeting from its current item, or stop following.
    mutating func toggleFollow() {
        if case .on = following {
            following = .off
            status = strings.followingOff
            return
        }
        guard let index = liveMeetingIndex else { return }
        following = .on(meeting: store.meetings[index].id)
        status = strings.followingOn
        if let item = liveItemIndex(index) { goAlong(meetingIndex: index, itemIndex: item) }
    }

    /// Scrolling, changing part, finding and help keep following; opening anything else pauses it.
    mutating func pauseFollowing(for command: Command) {
        guard case .on(let meeting) = following else { return }
        switch command {
        case .open, .back, .quit, .nextItem, .previousItem, .show, .nextUnread, .archiveSearch:
            following = .paused(meeting: meeting)
            status = strings.followingPaused
        case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .quitAll, .redraw, .help, .closeHelp, .find, .findNext,
             .findPrevious, .nextPart, .previousPart, .jumpToPart, .confirmPrompt, .cancelPrompt, .edit, .confirmYes, .confirmNo,
             .addNote, .addNoteInEditor, .editNote, .deleteNote, .undoDelete, .toggleShare, .positionMenu, .position, .toggleRead, .exportPreparation,
             .closeMenu, .preside, .nextLiveItem, .previousLiveItem, .jumpLiveItem, .toggleFollow, .live, .recordMenu, .record,
             .rollCall, .picker, .meetingRecord, .agendaChange, .agendaPreparation, .correctMatter:
            break
        }
    }

    /// A presiding action to write, after any that could not be written before.
    mutating func presiding(_ action: LiveAction) -> [Effect] {
        let actions = unsavedLive + [action]
        unsavedLive = []
        return [.preside(actions)]
    }

    /// New live files (after my presiding, or another instance's): a follower jumps
    /// when the current item changes; my actions not written are kept for the next try.
    mutating func liveChanged(_ fresh: [String: LiveMeeting], failed: [LiveAction], error: String?) -> [Effect] {
        let before = live
        live = fresh
        unsavedLive += failed
        if let error, !failed.isEmpty { return notSaved(error) }
        if case .on(let id) = following, let index = store.meetings.firstIndex(where: { $0.id == id }),
           before[id]?.current != fresh[id]?.current, let item = liveItemIndex(index) {
            goAlong(meetingIndex: index, itemIndex: item)
        }
        // A meeting someone else closed: said, not only the live line gone; following it ends.
        for (id, meeting) in fresh where before[id] != nil && before[id]?.closed == nil && meeting.closed?.by != identity.member?.id {
            guard let closed = meeting.closed else { continue }
            status = strings.meetingClosedBy(closed.clockTime)
            if following != .off, following.meeting == id { following = .off }
        }
        refreshMeetingRows()
        return continueQuitting()
    }

    /// "LIVE § 7 — title" while a meeting is in progress or adjourned.
    public var liveSummary: String? {
        guard let index = liveMeetingIndex, let itemIndex = liveItemIndex(index) else { return nil }
        let item = store.meetings[index].agenda[itemIndex]
        let state = liveState(index) == .paused ? strings.paused.uppercased() : strings.liveMark
        let summary = strings.liveStatus(state, item.printedNumber, title(of: item))
        // Following lasts, so it is shown for as long as it lasts, not in a message that goes away.
        if case .on = following { return strings.followingMark + " · " + summary }
        return summary
    }
}

/// The keys of the presiding menu.
public enum LiveMenuCommand: Sendable, Hashable {
    case pause, resume, close, reopen
}
