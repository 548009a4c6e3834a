import DocketModel

/// Adding, editing, deleting and sharing notes. Writes are effects; the
/// runtime answers with what is on disk, which replaces `notes`.
extension AppState {
    /// The note selected in the Notes part of the open item.
    var selectedNote: VisibleNote? {
        guard let item = openItem, item.part == .notes,
              case .note(let note)? = item.layout.part(.notes).targets[safe: item.selection] else { return nil }
        return note
    }

    /// The matter of the open item, if it has one.
    var openMatter: Matter? {
        openItem.flatMap { store.meetings[$0.meetingIndex].agenda[$0.itemIndex].matter }.flatMap { store.matters[$0] }
    }

    /// What `a` attaches to: the first paragraph at or below the top of the
    /// Report or Proposal part, else the whole item.
    var anchorAtTop: NoteAnchor? {
        guard let item = openItem, item.part == .report || item.part == .proposal else { return nil }
        let lines = item.lines
        let visible = itemBodyHeight(item)
        return lines[min(item.offset, lines.count)..<min(lines.count, item.offset + visible)].lazy.compactMap(\.anchor).first
    }

    mutating func startNote() {
        guard let matter = openMatter else { return }
        prompt = Prompt(purpose: .newNote(matter: matter.id, anchor: anchorAtTop))
    }

    func startNoteInEditor() -> [Effect] {
        guard let matter = openMatter else { return [] }
        return [.editExternally(.newNote(matter: matter.id, anchor: anchorAtTop), text: "")]
    }

    func editSelectedNote() -> [Effect] {
        guard let note = selectedNote else { return [] }
        return [.editExternally(.existingNote(note), text: note.note.text)]
    }

    mutating func askToDeleteSelectedNote() {
        guard let note = selectedNote else { return }
        confirmation = .deleteNote(note)
    }

    mutating func undoDelete() -> [Effect] {
        guard let note = lastDeleted else { return [] }
        lastDeleted = nil
        status = strings.noteRestored
        return write(.put(note.note, shared: note.shared))
    }

    mutating func toggleShare() -> [Effect] {
        guard let note = selectedNote else { return [] }
        status = strings.noteShared(!note.shared)
        return write(.move(note.note, toShared: !note.shared))
    }

    /// Every write carries the changes that failed before, so they are retried first.
    mutating func write(_ change: NoteChange) -> [Effect] {
        let changes = unsaved + [change]
        unsaved = []
        return [.changeNotes(changes)]
    }

    mutating func saveTypedNote(_ prompt: Prompt) -> [Effect] {
        guard case .newNote(let matter, let anchor) = prompt.purpose else { return [] }
        let text = prompt.editor.text.trimmingWhitespace
        guard !text.isEmpty else { return [] }
        status = strings.noteSaved(false)
        return write(.add(matter: matter, anchor: anchor, text: text, shared: false))
    }

    mutating func finishExternalEdit(_ edit: ExternalEdit, original: String, text: String, failure: String?) -> [Effect] {
        let edited = text.trimmingWhitespace
        guard edited != original.trimmingWhitespace, !edited.isEmpty else {
            status = strings.editorUnchanged
            return []
        }
        if let failure {
            confirmation = .useFailedEdit(edit, text: edited, failure: failure)
            return []
        }
        return saveEdited(edit, text: edited)
    }

    mutating func saveEdited(_ edit: ExternalEdit, text: String) -> [Effect] {
        switch edit {
        case .newNote(let matter, let anchor):
            status = strings.noteSaved(false)
            return write(.add(matter: matter, anchor: anchor, text: text, shared: false))
        case .existingNote(var visible):
            visible.note.text = text
            status = strings.noteSaved(visible.shared)
            return write(.put(visible.note, shared: visible.shared))
        case .ownProposal(let meeting, let matter, let kind):
            return saveOwnProposal(meeting: meeting, matter: matter, kind: kind, text: text)
        case .decision(_, let item, let category):
            // One clause per paragraph; lines within a paragraph are joined.
            let clauses = text.split(separator: "\n\n").map { $0.split(separator: "\n").joined(separator: " ").trimmingWhitespace }
                .filter { !$0.isEmpty }
            status = strings.clerk.decisionRecorded(strings.decisionCategories[category] ?? category.rawValue)
            return recordItem(.decision(Decision(category: category, clauses: clauses)), item: item)
        }
    }

    /// The runtime's answer to a write: the notes on disk, and what failed.
    mutating func notesSaved(_ saved: [VisibleNote], failed: [NoteChange], error: String?) -> [Effect] {
        replaceNotes(saved)
        unsaved += failed
        if let error, !failed.isEmpty { return notSaved(error) }
        return continueQuitting()
    }

    /// A write failed: say so, and if quitting, ask whether to quit anyway.
    mutating func notSaved(_ error: String) -> [Effect] {
        status = strings.notSaved(error)
        if quitPending {
            quitPending = false
            confirmation = .quitWithUnsaved(count: unsavedCount, reason: error)
        }
        return []
    }

    /// After a write went through: if quitting, on to the next kind of unsaved change, or quit.
    mutating func continueQuitting() -> [Effect] {
        guard quitPending else { return [] }
        quitPending = false
        return quit()
    }

    /// Every change not written yet, of every kind.
    var unsavedCount: Int { unsavedRecords.count + unsavedLive.count + unsavedPositions.count + unsaved.count }

    /// New notes from disk: every open item is laid out again so markers and the Notes part follow.
    mutating func replaceNotes(_ fresh: [VisibleNote]) {
        guard fresh != notes else { return }
        notes = fresh
        refreshScreens(for: .notes)
    }

    func itemLayout(meetingIndex: Int, itemIndex: Int) -> ItemLayout {
        let meeting = store.meetings[meetingIndex].id
        let item = store.meetings[meetingIndex].agenda[itemIndex].id
        let warnings = identity.role == .clerk
            ? recordWarnings(meetingIndex: meetingIndex).filter { $0.item == item }.map { words(for: $0, meeting: meeting) } : []
        return ItemLayout(store: store, meetingIndex: meetingIndex, itemIndex: itemIndex, width: layoutWidth,
                          strings: strings, metrics: metrics, notes: notes, identity: identity, positions: positions, warnings: warnings)
    }

    /// y or n to the question in the status line.
    mutating func answer(_ yes: Bool) -> [Effect] {
        guard let question = confirmation else { return [] }
        confirmation = nil
        switch question {
        case .deleteNote(let note):
            guard yes else { return [] }
            lastDeleted = note
            status = strings.noteDeleted
            return write(.remove(note.note, shared: note.shared))
        case .discardNote(let typed):
            if !yes { prompt = typed }
            return []
        case .useFailedEdit(let edit, let text, _):
            return yes ? saveEdited(edit, text: text) : []
        case .quitWithUnsaved:
            guard yes else { return [] }
            isRunning = false
            return [.quit]
        case .closeMeeting(let id):
            return yes ? presiding(.close(meeting: id)) : []
        case .writtenReservation(let reservation):
            return recordReservation(reservation, written: yes)
        case .sendNotice(let meeting):
            guard yes, let found = store.meetings.first(where: { $0.id == meeting }) else { return [] }
            status = strings.clerk.agendaSent(longDate(today))
            return preparing(.send(on: today), meeting: found)
        case .openEarly(let meeting):
            guard yes, let index = store.meetings.firstIndex(where: { $0.id == meeting }) else { return [] }
            return openMeeting(index)
        case .titleOnlyItem(let meeting, let after, let text):
            guard yes, let found = store.meetings.first(where: { $0.id == meeting }) else { return [] }
            return addExtraItem(text, matter: nil, after: after, meeting: found)
        }
    }

    /// q or Q: unsaved changes of every kind get one more try first, one kind at a time;
    /// each answer comes back through `continueQuitting` or, failing, asks.
    mutating func quit() -> [Effect] {
        let retry: [Effect]
        if !unsavedRecords.isEmpty {
            retry = [.record(unsavedRecords)]
            unsavedRecords = []
        } else if !unsavedLive.isEmpty {
            retry = [.preside(unsavedLive)]
            unsavedLive = []
        } else if !unsavedPositions.isEmpty {
            retry = [.changePositions(unsavedPositions)]
            unsavedPositions = []
        } else if !unsaved.isEmpty {
            retry = [.changeNotes(unsaved)]
            unsaved = []
        } else {
            isRunning = false
            return [.quit]
        }
        quitPending = true
        return retry
    }
}

extension String {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}

extension AppState {
    /// The note being typed, if any, as a draft to keep.
    public var unfinishedNote: NoteDraft? {
        guard let prompt, case .newNote(let matter, let anchor) = prompt.purpose,
              !prompt.editor.text.trimmingWhitespace.isEmpty else { return nil }
        return NoteDraft(matter: matter, anchor: anchor, text: prompt.editor.text)
    }

    /// The state with a kept draft back in the typing line.
    public func recovering(_ draft: NoteDraft) -> AppState {
        var state = self
        state.prompt = Prompt(purpose: .newNote(matter: draft.matter, anchor: draft.anchor), text: draft.text)
        state.status = strings.draftRecovered
        return state
    }

    /// E: my preparation for the meeting on screen (positions, own proposals, motivations, notes), as a Markdown file.
    mutating func exportPreparation() -> [Effect] {
        guard let meetingIndex = currentMeeting, let member = identity.member else { return [] }
        let meeting = store.meetings[meetingIndex]
        let text = PreparationSummary.render(store: store, meeting: meeting, member: member, positions: positions, notes: notes,
                                             withShared: false, format: .markdown, strings: strings)
        return [.export(fileName: strings.preparationFileName(meeting.date), text: text)]
    }
}
