extension Command {
    /// Why the command cannot run right now, or nil when it can. `update`
    /// shows the reason in the status line instead of doing nothing silently.
    public func unavailableReason(in state: AppState) -> String? {
        let strings = state.strings
        switch self {
        case .nextPart, .previousPart, .jumpToPart:
            return state.openItem == nil ? strings.onlyInItem : nil
        case .nextItem:
            guard let item = state.openItem else { return strings.onlyInItem }
            return item.itemIndex + 1 < state.store.meetings[item.meetingIndex].agenda.count ? nil : strings.lastItem
        case .previousItem:
            guard let item = state.openItem else { return strings.onlyInItem }
            return item.itemIndex > 0 ? nil : strings.firstItem
        case .findNext, .findPrevious:
            return state.query == nil ? strings.noSearch : nil
        case .back:
            return state.stack.count == 1 && state.helpOffset == nil ? strings.alreadyTop : nil
        case .open:
            return state.screen.unit.openRefusal(in: state)
        case .show(let kind):
            if case .failure(let refusal) = kind.opened(in: state) { return refusal.reason }
            return nil
        case .addNote, .addNoteInEditor:
            guard state.openItem != nil else { return strings.onlyInItem }
            guard state.identity.canWrite else { return strings.readOnly }
            return state.openMatter == nil ? strings.proceduralNoNotes : nil
        case .editNote, .deleteNote, .toggleShare:
            guard state.identity.canWrite else { return strings.readOnly }
            guard let note = state.selectedNote else { return strings.onlyOnNote }
            return note.note.author == state.identity.member?.id ? nil : strings.onlyOwnNotes
        case .positionMenu, .toggleRead:
            guard state.openItem != nil else { return strings.onlyInItem }
            guard state.identity.canWrite else { return strings.readOnly }
            return state.openMatter == nil ? strings.proceduralNoNotes : nil
        case .nextUnread:
            return state.currentMeeting == nil ? strings.nothingToOpen : nil
        case .exportPreparation:
            guard state.identity.canWrite else { return strings.readOnly }
            return state.currentMeeting == nil ? strings.noMeetingHere : nil
        case .position(.motivation), .position(.share):
            guard let menu = state.positionMenu else { return nil }
            return state.myPosition(meeting: menu.meeting, matter: menu.matter) == nil ? strings.chooseStanceFirst : nil
        case .preside, .nextLiveItem, .previousLiveItem, .jumpLiveItem:
            guard state.canPreside else { return strings.onlyPresiding }
            guard let index = state.presidedMeeting else { return strings.noMeetingHere }
            if self == .preside { return nil }
            return [.inProgress, .paused].contains(state.liveState(index)) ? nil : strings.notLive
        case .toggleFollow:
            if case .on = state.following { return nil }
            // Only the chair opens a meeting: a member is told to wait for it, not which key opens it.
            return state.liveMeetingIndex == nil ? (state.canPreside ? strings.notLive : strings.notOpenYet) : nil
        case .live(let command):
            return command.unavailableReason(in: state)
        case .recordMenu, .correctMatter:
            return state.clerkRefusal ?? (state.openItem == nil ? strings.onlyInItem : nil)
        case .meetingRecord:
            return state.clerkRefusal
        case .agendaChange, .agendaPreparation:
            if let refusal = state.clerkRefusal { return refusal }
            if case .agenda = state.screen { return nil }
            return strings.clerk.onlyOnAgenda
        case .undoDelete:
            return state.lastDeleted == nil ? strings.nothingToUndo : nil
        // Always available where their keys apply; what they act on is checked when they run.
        case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .quit, .quitAll, .redraw, .help, .closeHelp, .find, .archiveSearch,
             .confirmPrompt, .cancelPrompt, .edit, .confirmYes, .confirmNo, .position, .closeMenu, .record, .rollCall, .picker:
            return nil
        }
    }
}

extension LiveMenuCommand {
    /// The presiding menu offers only what the meeting's state allows.
    func unavailableReason(in state: AppState) -> String? {
        let strings = state.strings
        guard let id = state.liveMenu, let index = state.store.meetings.firstIndex(where: { $0.id == id }) else { return nil }
        let current = state.liveState(index)
        switch self {
        case .pause: return current == .inProgress ? nil : strings.notLive
        case .resume: return current == .paused ? nil : strings.notLive
        case .close: return [.inProgress, .paused].contains(current) ? nil : strings.notLive
        case .reopen:
            guard current == .closed else { return strings.notLive }
            if let approved = state.store.records[id]?.approved { return strings.clerk.approvedNoReopen(approved) }
            return state.live[id]?.presiding == state.identity.member?.id ? nil : strings.onlyWhoPresided
        }
    }
}

extension AppState {
    /// The item on top of the stack, if an item is open there.
    var openItem: ItemScreen? {
        if case .item(let item) = screen { return item }
        return nil
    }
}

extension AppState {
    /// Whether the command is one of this person's: the clerk's keys are the clerk's, the chair's the chair's.
    public func mayUse(_ command: Command) -> Bool {
        switch command {
        case .recordMenu, .record, .rollCall, .picker, .meetingRecord, .agendaChange, .agendaPreparation, .correctMatter:
            return identity.role == .clerk
        case .preside, .nextLiveItem, .previousLiveItem, .jumpLiveItem, .live:
            return canPreside
        case .show, .edit, .position, .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .open, .back, .quit, .quitAll, .redraw,
             .help, .find, .archiveSearch, .findNext, .findPrevious, .nextPart, .previousPart, .jumpToPart, .nextItem, .previousItem, .closeHelp,
             .confirmPrompt, .cancelPrompt, .confirmYes, .confirmNo, .addNote, .addNoteInEditor, .editNote, .deleteNote, .undoDelete,
             .toggleShare, .positionMenu, .toggleRead, .nextUnread, .closeMenu, .toggleFollow, .exportPreparation:
            return true
        }
    }
}
