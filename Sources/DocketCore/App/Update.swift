/// The one function that changes the interface: a message in, the new state
/// and the effects for the runtime out. Pure; tests call it directly.
public enum App {
    /// A state handed over with `consume` is changed in place: a long typing line is not copied for each key.
    public static func update(_ state: consuming AppState, _ message: Message) -> (AppState, [Effect]) {
        var next = consume state
        var effects = next.handle(message)
        effects += next.mattersToRead() + next.recordsToRead()
        return (next, effects)
    }
}

extension AppState {
    mutating func handle(_ message: Message) -> [Effect] {
        switch message {
        case .key(let key):
            return handle(key)
        case .typed(let text):
            return handleTyped(text)
        case .resize(let newWidth, let newHeight):
            resize(width: newWidth, height: newHeight)
            return []
        case .mouse(let event):
            handle(event)
            return []
        case .attachmentLoaded(let title, .text(let text)):
            openPager(title: title, text: text)
            return []
        case .attachmentLoaded(let title, .failure(let reason)):
            status = strings.readFailed(title, reason)
            return []
        case .openedExternally(let target, nil):
            status = strings.opened(target)
            return []
        case .openedExternally(let target, let reason?):
            status = strings.openFailed(target, reason)
            return []
        case .notesSaved(let saved, let failed, let error):
            return notesSaved(saved, failed: failed, error: error)
        case .notesChanged(let fresh):
            replaceNotes(fresh)
            return []
        case .positionsSaved(let saved, let marks, let failed, let error):
            return positionsSaved(saved, marks: marks, failed: failed, error: error)
        case .positionsChanged(let fresh, let marks):
            replacePositions(fresh, marks: marks)
            return []
        case .liveChanged(let fresh, let failed, let error):
            return liveChanged(fresh, failed: failed, error: error)
        case .recordsChanged(let fresh, let failed, let error):
            return recordsChanged(fresh, failed: failed, error: error)
        case .externalEditFinished(let edit, let original, let text, let failure):
            return finishExternalEdit(edit, original: original, text: text, failure: failure)
        case .mattersRead(let matters, let unusable, let problem):
            mattersRead(matters, unusable: unusable, problem: problem)
            return takeUpPendingExtraItem()
        case .recordsRead(let records, let live, let unusable, let problem):
            recordsRead(records, live: live, unusable: unusable, problem: problem)
            return []
        case .exported(let path, nil):
            status = strings.exportedTo(path)
            return []
        case .exported(let path, let failure?):
            status = strings.exportFailed(path, failure)
            return []
        case .agendaPrepared(let meeting, let failure):
            return agendaPrepared(meeting, failure: failure)
        case .meetingAdded(let meeting):
            meetingAdded(meeting)
            return []
        case .matterCorrected(let matter, let failure):
            matterCorrected(matter, failure: failure)
            return []
        }
    }

    /// Contexts for the top of the stack, most specific first.
    public var activeContexts: [KeyContext] {
        switch modal {
        case .confirmation?: return [.confirm]
        case .picker?: return [.picker]
        case .voting?: return [.vote]
        case .recordMenu(let menu)?:
            switch menu.step {
            case .main: return [.recordMenu]
            case .proposalKind: return [.putKindMenu]
            case .decision: return [.decisionMenu]
            }
        case .positionMenu(let menu)?: return menu.step == .stance ? [.positionMenu] : [.kindMenu]
        case .liveMenu?: return [.liveMenu]
        case .prompt?: return [.prompt]
        case .help?: return [.help, .navigation]
        case nil: break
        }
        return screen.unit.contexts(in: self)
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        let command = keymap.command(for: key, in: activeContexts)
        switch modal {
        case .picker?:
            if let command { return perform(command, key: key) }
            if case .character(let character) = key { return typeInPicker(character) }
            return []
        case .prompt?:
            if command == nil, case .character(let character) = key { prompt?.editor.insert(character) }
            let effects = command.map { perform($0, key: key) } ?? []
            if prompt?.purpose == .archiveSearch { searchAgain() }
            return effects
        case .confirmation?, .positionMenu?, .liveMenu?, .voting?, .recordMenu?:
            return command.map { perform($0, key: key) } ?? []
        case .help?, nil:
            break
        }
        status = nil
        guard let command else {
            // A key that means something on another screen says why not here.
            let here: [KeyContext] = openMeetingRecord == nil ? [] : [.meetingRecord]
            let elsewhere = keymap.command(for: key, in: here + [.item, .list, .pager, .navigation, .global])
            if helpOffset == nil, let reason = elsewhere?.unavailableReason(in: self) { status = reason }
            return []
        }
        return perform(command, key: key)
    }

    /// Characters for the typing line go in at once; any other (one that closes the line, or
    /// a key with no line open) is handled as its key, in order.
    private mutating func handleTyped(_ text: String) -> [Effect] {
        var effects: [Effect] = []
        var run: [Character] = []
        func flush() {
            guard !run.isEmpty else { return }
            prompt?.editor.insert(contentsOf: run)
            run.removeAll(keepingCapacity: true)
            if prompt?.purpose == .archiveSearch { searchAgain() }
        }
        for character in text {
            if case .prompt? = modal, keymap.command(for: .character(character), in: activeContexts) == nil {
                run.append(character)
            } else {
                flush()
                effects += handle(.key(.character(character)))
            }
        }
        flush()
        return effects
    }

    private mutating func perform(_ command: Command, key: Key) -> [Effect] {
        if let reason = command.unavailableReason(in: self) {
            status = reason
            return []
        }
        pauseFollowing(for: command)
        switch command {
        case .moveDown: move(.lines(1)); return readByScrolling()
        case .moveUp: move(.lines(-1))
        case .pageDown: move(.pages(1)); return readByScrolling()
        case .pageUp: move(.pages(-1))
        case .top: move(.top)
        case .bottom: move(.bottom); return readByScrolling()
        case .open: return open()
        case .show(let kind): show(kind)
        case .back: back()
        case .quit:
            if stack.count == 1 { return quit() }
            back()
        case .quitAll:
            return quit()
        case .redraw: return [.redraw]
        case .help: helpOffset = 0
        case .closeHelp: helpOffset = nil
        case .find: prompt = Prompt(purpose: helpOffset == nil ? .find : .findInHelp)
        case .archiveSearch: openSearch()
        case .findNext: findAgain(forward: true)
        case .findPrevious: findAgain(forward: false)
        case .nextPart: switchPart(by: 1)
        case .previousPart: switchPart(by: -1)
        case .jumpToPart:
            if case .character(let digit) = key, let number = digit.wholeNumberValue { jumpToPart(number) }
        case .nextItem: switchItem(by: 1)
        case .previousItem: switchItem(by: -1)
        case .confirmPrompt: return confirmPrompt()
        case .cancelPrompt: cancelPrompt()
        case .edit(let edit): prompt?.editor.apply(edit)
        case .confirmYes: return answer(true)
        case .confirmNo: return answer(false)
        case .addNote: startNote()
        case .addNoteInEditor: return startNoteInEditor()
        case .editNote: return editSelectedNote()
        case .deleteNote: askToDeleteSelectedNote()
        case .undoDelete: return undoDelete()
        case .toggleShare: return toggleShare()
        case .positionMenu: openPositionMenu()
        case .position(let command): return performPosition(command)
        case .toggleRead: return toggleRead()
        case .exportPreparation: return exportPreparation()
        case .nextUnread: nextUnread()
        case .closeMenu: modal = nil
        case .preside: return preside()
        case .nextLiveItem: return moveLive(by: 1)
        case .previousLiveItem: return moveLive(by: -1)
        case .jumpLiveItem:
            if let index = presidedMeeting { prompt = Prompt(purpose: .jumpLive(meeting: store.meetings[index].id)) }
        case .toggleFollow: toggleFollow()
        case .live(let command): return answerLiveMenu(command)
        case .recordMenu: openRecordMenu()
        case .record(let command): return performRecording(command)
        case .rollCall(let command): return handleVote(command)
        case .picker(let command): return handlePicker(command)
        case .meetingRecord(let command): return performMeetingRecord(command)
        case .agendaChange(let kind): return performAgendaChange(kind)
        case .agendaPreparation(let command): return performAgendaPreparation(command)
        case .correctMatter: return startCorrectingMatter()
        }
        return []
    }

    /// Enter in the bottom line: find, or save the typed note.
    private mutating func confirmPrompt() -> [Effect] {
        guard let typed = prompt else { return [] }
        prompt = nil
        switch typed.purpose {
        case .find:
            confirmFind(typed.editor.text)
            return []
        case .findInHelp:
            findInHelp(typed.editor.text)
            return []
        case .newNote:
            return saveTypedNote(typed)
        case .ownProposal(let meeting, let matter, let kind):
            return saveOwnProposal(meeting: meeting, matter: matter, kind: kind, text: typed.editor.text)
        case .motivation(let meeting, let matter):
            return saveMotivation(meeting: meeting, matter: matter, text: typed.editor.text)
        case .jumpLive:
            return jumpLive(typed.editor.text)
        case .archiveSearch:
            // The results stay; the cursor is on the first.
            return []
        case .item(let purpose):
            return confirmItemPrompt(purpose, text: typed.editor.text)
        case .meeting(let purpose):
            return confirmMeetingPrompt(purpose, text: typed.editor.text)
        case .matterField(let matter, let field):
            return confirmMatterField(matter: matter, field, text: typed.editor.text)
        }
    }

    /// Esc in the bottom line: asks first only if a typed note would be lost.
    private mutating func cancelPrompt() {
        guard let typed = prompt else { return }
        prompt = nil
        if case .findInHelp = typed.purpose { helpOffset = 0 }
        if case .archiveSearch = typed.purpose { leaveSearch() }
        if case .newNote = typed.purpose, !typed.editor.text.trimmingWhitespace.isEmpty {
            confirmation = .discardNote(typed)
        }
    }

    private mutating func resize(width newWidth: Int, height newHeight: Int) {
        width = max(1, newWidth)
        height = max(1, newHeight)
        refreshScreens(for: .resized)
        // Keep every position valid and the selection on screen at the new size.
        move(.lines(0))
    }
}
