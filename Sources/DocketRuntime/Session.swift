import DocketCore
import DocketModel
import DocketStore
import DocketText
import DocketUI
import Foundation

/// The interactive loop: terminal input to `update`, effects carried out,
/// the state drawn. The one place where the pure core meets the terminal and
/// the disk; it runs the same on ncursesw and on a test's fake terminal.
public struct Session {
    /// Reading more matters than this draws the screen (and its "reading" status) first.
    static let readingShownFrom = 100
    public let root: String
    public let opener: any ExternalOpener
    public let editor: any EditorLauncher
    public let files: AttachmentFiles
    /// The member's notes; nil in a read-only session.
    public let notes: NoteStore?
    /// The member's positions and read marks; nil in a read-only session.
    public let positions: PositionStore?
    /// The store's meetings, whose positions are shown: those there at the start, and any added since.
    public var meetings: [String] { known.ids }
    let known: KnownMeetings
    /// Where meetings are presided over.
    public let live: LiveStore
    /// Where the clerk records what meetings did.
    public let records: RecordStore
    /// Whose shared notes to read.
    public let members: [String]
    /// In a shared store, whose account must have made each member's files for them to be read.
    public let accounts: MemberAccounts?
    let reader: StoreReader
    let timeZone: TimeZone
    /// Live files and records as on disk, so that a change reloads only its meeting.
    let disk = DiskState()
    /// Where what a person exports (their preparation) is written: their own folder, never the store.
    public let exportDirectory: String

    public init(root: String, reader: StoreReader, notes: NoteStore?, positions: PositionStore?, meetings: [String],
                members: [String], accounts: MemberAccounts? = nil, timeZone: TimeZone, opener: any ExternalOpener, editor: any EditorLauncher,
                exportDirectory: String = FileManager.default.homeDirectoryForCurrentUser.path) {
        self.root = root
        self.exportDirectory = exportDirectory
        self.reader = reader
        self.notes = notes
        self.positions = positions
        self.known = KnownMeetings(meetings, reader: reader)
        self.members = members
        self.accounts = accounts
        self.timeZone = timeZone
        self.opener = opener
        self.editor = editor
        self.files = AttachmentFiles(root: root, fileSystem: reader.fileSystem)
        self.live = LiveStore(reader: reader)
        self.records = RecordStore(reader: reader)
    }

    /// The clerk's records of the store's meetings, as on disk now.
    public func loadRecords() -> [String: MeetingRecord] {
        records.load(meetings: meetings).files
    }

    /// The live files of the store's meetings.
    /// - Parameter skipping: meetings whose records are not read yet (an archive's earlier years): their live
    ///   files are read with their records, since a live file is judged against its record.
    /// - Parameter records: the records as the start read them, which the live files are judged against.
    public func loadLive(skipping: Set<String> = [], records: [String: MeetingRecord] = [:]) -> (live: [String: LiveMeeting], problems: [StoreProblem]) {
        let (files, problems) = live.load(meetings: meetings.filter { !skipping.contains($0) }, records: records)
        reader.validated?.save()
        return (files, problems)
    }

    /// Everything whose change another instance must see: notes, positions, live files.
    func watchedFiles() -> [String] {
        (notes?.watchedFiles(members: members) ?? [])
            + (positions?.watchedFiles(meetings: meetings, members: members) ?? [])
            + live.watchedFiles(meetings: meetings)
            + records.watchedFiles(meetings: meetings)
            + meetings.map { reader.path(StoreLayout.meeting($0)) }
    }

    /// The folders those files live in, for inotify.
    func watchedDirectories() -> [String] {
        let store = meetings.map { reader.path(StoreLayout.meetingDirectory($0)) }
            + members.map { reader.path("\(StoreLayout.membersDirectory)/\($0)") }
            + members.map { reader.path("\(StoreLayout.membersDirectory)/\($0)/positions") }
            + [reader.path(StoreLayout.membersDirectory)]
        let mine = [notes.map { $0.privateDirectory }, notes.map { $0.privateDirectory + "/positions" }].compactMap { $0 }
        return store + mine
    }

    /// The notes this person can see, as on disk now, and any problems reading them.
    public func loadNotes() -> (notes: [VisibleNote], problems: [StoreProblem]) {
        notes?.load(members: members, accounts: accounts) ?? NoteStore.loadShared(members: members, reader: reader, accounts: accounts)
    }

    /// Positions on the store's meetings this person can see, my read marks, and any problems reading them.
    public func loadPositions() -> (positions: [VisiblePosition], marks: [ReadMark], problems: [StoreProblem]) {
        let (found, problems) = positions?.load(meetings: meetings, members: members, accounts: accounts)
            ?? PositionStore.loadShared(meetings: meetings, members: members, reader: reader, accounts: accounts)
        let (marks, markProblems) = positions?.readMarks() ?? ([], [])
        return (found, marks, problems + markProblems)
    }

    /// Opens the typing line on a note that was kept when Docket last stopped.
    public func recoverDraft(into state: AppState) -> AppState {
        guard let draft = notes?.takeDraft() else { return state }
        return state.recovering(draft)
    }

    /// Runs until the user quits or `stopRequested` says so (a shutdown signal);
    /// a note being typed then is kept as a draft. Returns the final state.
    @discardableResult
    public func run(_ initial: AppState, on terminal: some TerminalDevice, stopRequested: () -> Bool) -> AppState {
        var state = initial
        disk.start(records: initial.store.records, live: initial.live)
        // The screen first: stamping every watched file of a long archive takes longer than a frame,
        // and so does reading the clerks' journals to reconcile them with the records.
        terminal.draw(Renderer.render(state))
        reconcileJournal(initial)
        // Asked to stop already (a signal, or a start being timed): nothing to watch.
        var watcher = stopRequested() ? nil : StoreWatcher(directories: watchedDirectories(), files: watchedFiles, fileSystem: reader.fileSystem)
        while let current = watcher, state.isRunning, !stopRequested() {
            var pending: [Message] = []
            // With inotify the wait ends on a change; without it, stamps are compared twice a second.
            if let message = terminal.nextMessage(timeoutMilliseconds: current.descriptor == nil ? 500 : 1000,
                                                  orWhenReadable: current.descriptor) {
                pending.append(message)
                // A paste: every key already typed is handled before one frame is drawn.
                while pending.count < Session.keysPerFrame, let waiting = terminal.waitingMessage() {
                    pending.append(waiting)
                }
            }
            // What another instance wrote: only what changed is read again, and my own writes not at all.
            pending += reload(current.changedFiles().filter { !disk.isOwnWrite($0, stamp: reader.fileSystem.modificationStamp(at: $0)) })
            // A meeting added meanwhile: shown, and its files watched from now on.
            let added = known.added(reader: reader)
            if !added.isEmpty {
                watcher = StoreWatcher(directories: watchedDirectories(), files: watchedFiles, fileSystem: reader.fileSystem)
                pending += added.map { .meetingAdded($0) }
            }
            guard !pending.isEmpty else { continue }
            pending.reverse()
            while let message = Session.nextMessage(from: &pending, typingInto: state.prompt != nil) {
                let (next, effects) = App.update(consume state, message)
                state = next
                // Reading the whole archive takes a moment: the screen says so first.
                if effects.contains(where: { effect in
                    switch effect {
                    case .readMatters(let ids), .readRecords(let ids): ids.count > Session.readingShownFrom
                    default: false
                    }
                }) {
                    terminal.draw(Renderer.render(state))
                }
                // What a key's effects answer is handled before the next key, as when keys came one by one.
                let results = effects.compactMap { perform($0, state: state, terminal: terminal) }
                pending.append(contentsOf: results.reversed())
            }
            terminal.draw(Renderer.render(state))
        }
        if state.isRunning, let draft = state.unfinishedNote {
            try? notes?.saveDraft(draft)
        }
        return state
    }

    /// Messages for the files that changed: notes and positions as a whole (small, per
    /// member), live files and records only for their meetings, and nothing when what
    /// was read is what was known.
    func reload(_ changed: Set<String>) -> [Message] {
        guard !changed.isEmpty else { return [] }
        var messages: [Message] = []
        if (notes?.watchedFiles(members: members) ?? []).contains(where: changed.contains) {
            messages.append(.notesChanged(loadNotes().notes))
        }
        if (positions?.watchedFiles(meetings: meetings, members: members) ?? []).contains(where: changed.contains) {
            let (found, marks, _) = loadPositions()
            messages.append(.positionsChanged(positions: found, marks: marks))
        }
        let liveMeetings = meetings.filter { changed.contains(reader.path(StoreLayout.live($0))) }
        if !liveMeetings.isEmpty, disk.update(live: reloaded(live, liveMeetings), loadAll: { loadLive().live }) {
            messages.append(.liveChanged(disk.live { loadLive().live }, failed: [], error: nil))
        }
        // An agenda another process changed (an import, `meeting put`): the screen shows it, and the clerk's
        // next change starts from it. A file that does not read cleanly is left to the next start to report.
        for meeting in meetings where changed.contains(reader.path(StoreLayout.meeting(meeting))) {
            if let read = AgendaFiles(reader: reader).meeting(meeting) { messages.append(.agendaPrepared(read, failure: nil)) }
        }
        let recordMeetings = meetings.filter { changed.contains(reader.path(StoreLayout.record($0))) }
        if !recordMeetings.isEmpty, disk.update(records: reloaded(records, recordMeetings), loadAll: loadRecords) {
            messages.append(.recordsChanged(disk.records(loadRecords), failed: [], error: nil))
        }
        return messages
    }

    /// The meetings' files as on disk now, nil where one has none or an unusable one.
    private func reloaded<Contents>(_ files: MeetingFiles<Contents>, _ meetings: [String]) -> [String: Contents?] {
        let found = files.load(meetings: meetings).files
        return Dictionary(uniqueKeysWithValues: meetings.map { ($0, found[$0]) })
    }

    /// Carries out an effect; some answer with a message for `update`.
    func perform(_ effect: Effect, state: AppState, terminal: some TerminalDevice) -> Message? {
        switch effect {
        case .quit:
            return nil
        case .redraw:
            terminal.invalidate()
            return nil
        case .readAttachment(let path, let title):
            do {
                return .attachmentLoaded(title: title, result: .text(try files.readText(path)))
            } catch {
                return .attachmentLoaded(title: title, result: .failure(error.description))
            }
        case .openExternally(.webAddress(let address)):
            return .openedExternally(target: address, failure: opener.open(address))
        case .openExternally(.storeFile(let path)):
            do {
                let resolved = try files.resolve(path)
                return .openedExternally(target: resolved, failure: opener.open(resolved))
            } catch {
                return .openedExternally(target: path, failure: error.description)
            }
        case .changeNotes(let changes):
            guard let notes else {
                return .notesSaved(notes: state.notes, failed: changes, error: WriteError.readOnly.description(in: state.language))
            }
            let (failed, error) = NoteWriter(store: notes, timeZone: timeZone).apply(changes)
            return .notesSaved(notes: loadNotes().notes, failed: failed, error: error.map { explained($0, state: state) })
        case .changePositions(let changes):
            let (failed, error) = inOrder(changes) { apply($0) }
            let (found, marks, _) = loadPositions()
            return .positionsSaved(positions: found, marks: marks, failed: failed, error: error.map { explained($0, state: state) })
        case .preside(let actions):
            var written: [String: LiveMeeting?] = [:]
            let (failed, error) = inOrder(actions) { action in
                let (file, error) = preside(action, state: state)
                if let file { written[action.meeting] = file }
                return error
            }
            let unknown = Set(actions.map(\.meeting)).subtracting(written.keys)
            disk.update(live: written.merging(reloaded(live, Array(unknown))) { $1 }, loadAll: { loadLive().live })
            return .liveChanged(disk.live { loadLive().live }, failed: failed, error: error.map { explained($0, state: state) })
        case .record(let changes):
            // Each change gets its id at its first try and keeps it: a retry is then applied once.
            let identified = changes.map { change in
                var change = change
                change.id = change.id ?? UUID().uuidString.lowercased()
                return change
            }
            let retried = Set(changes.compactMap(\.id))
            var written: [String: MeetingRecord?] = [:]
            let (failed, error) = inOrder(identified) { change in
                let (record, error) = record(change, retried: change.id.map(retried.contains) ?? false, state: state)
                if let record { written[change.meeting] = record }
                return error
            }
            // What was written is known as written; a meeting whose write failed is read again.
            let unknown = Set(changes.map(\.meeting)).subtracting(written.keys)
            disk.update(records: written.merging(reloaded(records, Array(unknown))) { $1 }, loadAll: loadRecords)
            return .recordsChanged(disk.records(loadRecords), failed: failed, error: error.map { explained($0, state: state) })
        case .editExternally(let edit, let text):
            return editExternally(edit, text: text, terminal: terminal)
        case .readRecords(let ids):
            let (found, problems) = records.load(meetings: ids)
            let (lives, _) = live.load(meetings: ids, records: found)
            reader.validated?.save()
            // Known to the session as on disk now, so that a later change to any record keeps them.
            disk.update(records: found.mapValues { Optional($0) }, loadAll: loadRecords)
            _ = disk.update(live: lives.mapValues { Optional($0) }, loadAll: { loadLive().live })
            return .recordsRead(found, live: lives, unusable: ids.filter { found[$0] == nil },
                                problem: problems.first.map { InertText.make($0.description) })
        case .readMatters(let ids):
            let (matters, problems) = StoreLoader(reader: reader).readMatters(ids)
            let read = Set(matters.map(\.id))
            return .mattersRead(matters, unusable: ids.filter { !read.contains($0) }, problem: problems.first.map { InertText.make($0.description) })
        case .prepareAgenda(let meeting, let preparation):
            do {
                return .agendaPrepared(try AgendaFiles(reader: reader).prepare(meeting, preparation), failure: nil)
            } catch {
                return .agendaPrepared(nil, failure: explained(error, state: state))
            }
        case .correctMatter(let matter, let correction):
            do {
                return .matterCorrected(try AgendaFiles(reader: reader).correct(matter, correction), failure: nil)
            } catch {
                return .matterCorrected(nil, failure: explained(error, state: state))
            }
        case .export(let name, let text):
            let path = exportDirectory + "/" + name
            do {
                try reader.fileSystem.writeFileAtomically(Array(text.utf8), to: path, permissions: 0o600)
                return .exported(path: path, failure: nil)
            } catch {
                return .exported(path: path, failure: error.description(in: state.language))
            }
        }
    }

    /// What went wrong, naming whose file it is when the operating system refused the write.
    private func explained(_ error: WriteError, state: AppState) -> String {
        error.explained(storeRoot: root, committee: state.store.committee, date: state.today, language: state.language)
    }

    /// Writes each change in order; those that fail are kept, in order, with the last error.
    /// One that can never be written (refused as invalid) holds up none of the others.
    private func inOrder<Change>(_ changes: [Change], _ write: (Change) -> WriteError?) -> (failed: [Change], error: WriteError?) {
        var failed: [Change] = []
        var lastError: WriteError?
        for change in changes {
            if let error = write(change) {
                failed.append(change)
                lastError = error
            }
        }
        return (failed, lastError)
    }

    /// The record and the journal agree after any crash: a change the record took whose journal line
    /// was never written (the process killed between the two) gets its line now, from the clerk who opens it.
    private func reconcileJournal(_ state: AppState) {
        guard let clerk = state.identity.member?.id, state.identity.role == .clerk else { return }
        let writers = state.store.committee.members.filter { $0.terms.contains { $0.role == .clerk } }.map(\.id)
        let journal = Journal(reader: reader)
        let time = Timestamp.rfc3339(Date(), in: timeZone)
        for (meeting, change) in journal.unjournaled(in: state.store.records, writers: writers) {
            let entry = JournalEntry(time: time, person: clerk, action: "reconciled", meeting: meeting, item: nil,
                                     summary: "reconciled \(meeting): a change the record holds, journaled at the next start after a crash", change: change)
            try? journal.append(entry)
        }
    }

    /// Applies the clerk's change to the record as on disk, under its lock, and journals it;
    /// the record as written, when it was.
    private func record(_ change: RecordChange, retried: Bool, state: AppState) -> (MeetingRecord?, WriteError?) {
        guard let member = state.identity.member?.id, state.identity.role == .clerk else { return (nil, .readOnly) }
        let time = Timestamp.rfc3339(Date(), in: timeZone)
        let (edit, meeting) = (change.edit.stamped(time), change.meeting)
        let summary = [edit.action, meeting, edit.item.flatMap { id in
            state.store.meetings.first { $0.id == meeting }?.agenda.first { $0.id == id }.map { "\($0.printedNumber). \(state.title(of: $0))" }
        }].compactMap { $0 }.joined(separator: " ")
        let id = change.id ?? UUID().uuidString.lowercased()
        let entry = JournalEntry(time: time, person: member, action: edit.action, meeting: meeting, item: edit.item, summary: summary, change: id)
        let stamped = RecordChange(meeting: meeting, firstParagraph: change.firstParagraph, edit: edit, id: id)
        do {
            let written = try records.write(stamped, id: id, retried: retried, journal: entry)
            disk.wrote(reader.path(StoreLayout.record(meeting)), stamp: written.stamp)
            return (written.contents, nil)
        } catch {
            return (nil, error)
        }
    }

    /// Writes a presiding action to the live file and the presiding person's journal; the file as written, when it was.
    private func preside(_ action: LiveAction, state: AppState) -> (LiveMeeting?, WriteError?) {
        guard let member = state.identity.member?.id,
              let meeting = state.store.meetings.first(where: { $0.id == action.meeting }) else { return (nil, .readOnly) }
        let stamp = LiveMeeting.Stamp(at: Timestamp.rfc3339(Date(), in: timeZone), by: member)
        let firstItem = meeting.agenda.first?.id
        let entryItem = action.item(firstItem: firstItem) ?? state.live[meeting.id]?.current
        let title = entryItem.flatMap { id in meeting.agenda.first { $0.id == id } }.map { "\($0.printedNumber). \(state.title(of: $0))" } ?? ""
        let entry = JournalEntry(time: stamp.at, person: member, action: action.name, meeting: meeting.id, item: entryItem,
                                 summary: "\(action.name) \(meeting.id) \(title)".trimmingCharacters(in: .whitespaces))
        do {
            let written = try live.update(meeting.id, journal: entry) { action.applied(to: $0, stamp: stamp, firstItem: firstItem) }
            disk.wrote(reader.path(StoreLayout.live(meeting.id)), stamp: written.stamp)
            return (written.contents, nil)
        } catch {
            return (nil, error)
        }
    }

    private func apply(_ change: PositionChange) -> WriteError? {
        guard let positions else { return .readOnly }
        let member = positions.member
        let now = Timestamp.rfc3339(Date(), in: timeZone)
        do {
            switch change {
            case .set(let meeting, let matter, let stance, let own, let motivation, let shared):
                let position = Position(meeting: meeting, matter: matter, author: member, stance: stance, ownProposal: own,
                                        motivation: motivation, modified: now)
                try positions.move(position, toShared: shared)
            case .clear(let meeting, let matter):
                try positions.clear(meeting: meeting, matter: matter, shared: false)
                try positions.clear(meeting: meeting, matter: matter, shared: true)
            case .share(var position, let shared):
                position.modified = now
                try positions.move(position, toShared: shared)
            case .markRead(let meeting, let matter, let revision):
                try positions.setRead(meeting: meeting, matter: matter,
                                      mark: revision.map { ReadMark(meeting: meeting, matter: matter, revision: $0, read: now) })
            }
            return nil
        } catch {
            return error
        }
    }

    private func editExternally(_ edit: ExternalEdit, text: String, terminal: some TerminalDevice) -> Message {
        guard let notes else { return .externalEditFinished(edit, original: text, text: text, failure: WriteError.readOnly.description) }
        let file: String
        do {
            file = try notes.createEditFile(text)
        } catch {
            return .externalEditFinished(edit, original: text, text: text, failure: error.description)
        }
        terminal.suspend()
        let status = editor.edit(file)
        terminal.resume()
        let edited = notes.finishEditFile(file) ?? text
        return .externalEditFinished(edit, original: text, text: edited, failure: status == 0 ? nil : "exit status \(status)")
    }
}
