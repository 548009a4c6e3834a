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
    public let root: String
    public let opener: any ExternalOpener
    public let editor: any EditorLauncher
    public let files: AttachmentFiles
    /// The member's notes; nil in a read-only session.
    public let notes: NoteStore?
    /// Whose shared notes to read.
    public let members: [String]
    let reader: StoreReader
    let timeZone: TimeZone

    public init(root: String, reader: StoreReader, notes: NoteStore?, members: [String], timeZone: TimeZone,
                opener: any ExternalOpener, editor: any EditorLauncher) {
        self.root = root
        self.reader = reader
        self.notes = notes
        self.members = members
        self.timeZone = timeZone
        self.opener = opener
        self.editor = editor
        self.files = AttachmentFiles(root: root, fileSystem: reader.fileSystem)
    }

    /// The notes this person can see, as on disk now, and any problems reading them.
    public func loadNotes() -> (notes: [VisibleNote], problems: [StoreProblem]) {
        notes?.load(members: members) ?? NoteStore.sharedOnly(members: members, reader: reader)
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
        var stamp = notes?.changeStamp(members: members) ?? []
        terminal.draw(Renderer.render(state))
        while state.isRunning, !stopRequested() {
            var pending: [Message] = []
            if let message = terminal.nextMessage(timeoutMilliseconds: 250) {
                pending.append(message)
            }
            // Notes written by another terminal of mine, or shared by others.
            let fresh = notes?.changeStamp(members: members) ?? []
            if fresh != stamp {
                stamp = fresh
                pending.append(.notesChanged(loadNotes().notes))
            }
            guard !pending.isEmpty else { continue }
            while !pending.isEmpty {
                let (next, effects) = App.update(state, pending.removeFirst())
                state = next
                for effect in effects {
                    if let result = perform(effect, state: state, terminal: terminal) { pending.append(result) }
                }
            }
            stamp = notes?.changeStamp(members: members) ?? []
            terminal.draw(Renderer.render(state))
        }
        if state.isRunning, let draft = state.unfinishedNote {
            try? notes?.saveDraft(draft)
        }
        return state
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
                return .notesSaved(notes: state.notes, failed: changes, error: WriteError.readOnly.description)
            }
            let (failed, error) = NoteWriter(store: notes, timeZone: timeZone).apply(changes)
            return .notesSaved(notes: loadNotes().notes, failed: failed, error: error?.description)
        case .editExternally(let edit, let text):
            return editExternally(edit, text: text, terminal: terminal)
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
