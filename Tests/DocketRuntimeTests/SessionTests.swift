import DocketCore
import DocketDemo
import DocketModel
import DocketRuntime
import DocketStore
import DocketUI
import Foundation
import Testing

/// A terminal that plays back scripted input and keeps every frame.
final class FakeTerminal: TerminalDevice {
    var width = 80
    var height = 24
    private var input: [Message]
    /// Work to do while the session waits for input (another process writing, say).
    var idle: [() -> Void] = []
    private(set) var frames: [Grid] = []
    private(set) var invalidations = 0

    init(_ input: [Message]) {
        self.input = input
    }

    var isDrained: Bool { input.isEmpty && idle.isEmpty }

    func draw(_ grid: Grid) { frames.append(grid) }
    func invalidate() { invalidations += 1 }
    private(set) var suspensions = 0
    func suspend() { suspensions += 1 }
    func resume() { invalidations += 1 }

    func nextMessage(timeoutMilliseconds milliseconds: Int32, orWhenReadable descriptor: Int32?) -> Message? {
        guard !input.isEmpty else {
            if !idle.isEmpty { idle.removeFirst()() }
            return nil
        }
        let message = input.removeFirst()
        if case .resize(let newWidth, let newHeight) = message { width = newWidth; height = newHeight }
        return message
    }
}

/// An editor that replaces the file's text, and exits with a chosen status.
struct ScriptedEditor: EditorLauncher {
    let text: String?
    var status: Int32 = 0

    func edit(_ file: String) -> Int32 {
        if let text { try? Data(text.utf8).write(to: URL(fileURLWithPath: file)) }
        return status
    }
}

/// Records what would have been handed to the desktop.
final class RecordingOpener: ExternalOpener {
    var opened: [String] = []
    let failure: String?

    init(failure: String? = nil) { self.failure = failure }

    func open(_ argument: String) -> String? {
        opened.append(argument)
        return failure
    }
}

@Suite("The session loop")
struct SessionTests {
    static func keys(_ keys: [Key]) -> [Message] { keys.map { .key($0) } }

    /// Agenda → item 4 of the upcoming meeting → attachments.
    static let toAttachments = keys([.enter, .character("j"), .character("j"), .character("j"), .enter, .character("4")])

    private func run(_ input: [Message], opener: RecordingOpener = RecordingOpener()) throws -> (AppState, FakeTerminal, Session) {
        try runSession(input, opener: opener)
    }

    @Test("draws a first frame, one per message, and stops on quit")
    func framesAndQuit() throws {
        let (state, terminal, _) = try run(SessionTests.keys([.character("j"), .character("q"), .character("j")]))
        #expect(!state.isRunning)
        #expect(terminal.frames.count == 3)
        #expect(terminal.frames[0].textLines()[0].hasPrefix(" Docket › Socialnämnden"))
        #expect(terminal.frames[0].textLines()[0].hasSuffix("Leila Haddad (S)"))
    }

    @Test("a text attachment is read from the store and shown in the pager")
    func textAttachment() throws {
        let (state, terminal, _) = try run(SessionTests.toAttachments + SessionTests.keys([.enter]))
        guard case .pager(let pager) = state.screen else { Issue.record("no pager: \(state.screen)"); return }
        #expect(pager.title == "Bilaga 1. Fördelning av ramen 2027 (tabell)")
        #expect(terminal.frames.last?.textLines().contains { $0.contains("Summa") } == true)
    }

    @Test("a web address goes to the opener; a failure is shown")
    func webAddress() throws {
        let opener = RecordingOpener(failure: "no xdg-open on this system")
        let (state, _, _) = try run(SessionTests.toAttachments + SessionTests.keys([.character("j"), .enter]), opener: opener)
        #expect(opener.opened == ["https://www.example.org/asbro/kf/mal-och-budget-2027-2029.pdf"])
        #expect(state.status == "Could not open https://www.example.org/asbro/kf/mal-och-budget-2027-2029.pdf: no xdg-open on this system")
    }

    @Test("Ctrl-L invalidates the terminal; a resize reflows")
    func redrawAndResize() throws {
        let (state, terminal, _) = try run([.key(.control("l")), .resize(width: 120, height: 40)])
        #expect(terminal.invalidations == 1)
        #expect(state.width == 120)
        #expect(terminal.frames.last?.width == 120)
    }

    @Test("the loop stops when asked, as on SIGTERM")
    func stopRequested() throws {
        let (state, terminal, _) = try run([])
        #expect(state.isRunning)
        #expect(terminal.frames.count == 1)
    }
}

@Suite("Notes through the session")
struct SessionNoteTests {
    static let toReport = SessionTests.keys([.enter, .character("j"), .character("j"), .character("j"), .enter, .character("2")])

    private func run(_ input: [Message], editor: ScriptedEditor = ScriptedEditor(text: nil), idle: [() -> Void] = [],
                     prepare: @escaping (AppState, Session) -> AppState = { state, _ in state }) throws -> (AppState, FakeTerminal, Session) {
        try runSession(input, editor: editor, idle: idle, prepare: prepare)
    }

    @Test("a note typed in the bottom line is written at once, privately, and shown")
    func typedNote() throws {
        let typing = SessionTests.keys([.character("a")] + "Ställ en fråga om ramen".map { .character($0) } + [.enter])
        let (state, terminal, session) = try run(SessionNoteTests.toReport + typing)
        #expect(state.notes.map(\.note.text) == ["Ställ en fråga om ramen"])
        #expect(session.loadNotes().notes.map(\.shared) == [false])
        #expect(terminal.frames.last?.textLines().contains { $0.hasPrefix("•") } == true)
        #expect(state.status == "Note saved (private: only you see it)")
    }

    @Test("A hands the terminal to the editor and saves what it wrote")
    func externalEditor() throws {
        let (state, terminal, _) = try run(SessionNoteTests.toReport + SessionTests.keys([.character("A")]),
                                           editor: ScriptedEditor(text: "Skriven i editorn\nmed två rader\n"))
        #expect(terminal.suspensions == 1)
        #expect(state.notes.map(\.note.text) == ["Skriven i editorn\nmed två rader"])
    }

    @Test("a note being typed when Docket is stopped is kept, and offered on the next start")
    func draft() throws {
        let typing = SessionTests.keys([.character("a")] + "Halvfärdig tanke".map { .character($0) })
        let (_, _, session) = try run(SessionNoteTests.toReport + typing)
        let recovered = session.recoverDraft(into: AppState(store: Fixtures.contents, today: "2026-11-29", width: 80, height: 24, language: .english))
        #expect(recovered.prompt?.editor.text == "Halvfärdig tanke")
        #expect(session.recoverDraft(into: recovered) == recovered)
    }

    @Test("a note shared by someone else while the session runs appears without a key")
    func othersChanges() throws {
        var other: NoteStore?
        let (state, _, _) = try run(SessionNoteTests.toReport, idle: [
            { try? other?.save(Note(id: "n-1", matter: "verksamhetsplan-2027", author: "karin-holmberg", anchor: nil, text: "Från ordföranden",
                                    created: "2026-11-29T10:00:00+01:00", modified: "2026-11-29T10:00:00+01:00"), shared: true) },
            {},
        ], prepare: { state, session in
            other = NoteStore(member: "karin-holmberg", privateDirectory: session.root + "-private/karin-holmberg",
                              reader: StoreReader(root: session.root, schemas: try! SchemaSet.bundled()))
            return state
        })
        #expect(state.notes.map(\.note.text) == ["Från ordföranden"])
    }

    @Test("an item another process puts on the agenda (an import) appears on the clerk's open agenda without a key")
    func agendaChangedElsewhere() throws {
        var writer: AgendaFiles?
        let (state, _, _) = try runSession([], as: "eva-lundgren", idle: [
            { _ = try? writer?.add(AgendaItem(id: "inlast-under-tiden", number: 99, section: "anmalan", title: "Inläst under tiden"), to: "2026-12-10") },
            {},
        ], prepare: { state, session in
            writer = AgendaFiles(reader: StoreReader(root: session.root, schemas: try! SchemaSet.bundled()))
            return state
        })
        let agenda = try #require(state.store.meetings.first { $0.id == "2026-12-10" }).agenda
        #expect(agenda.contains { $0.id == "inlast-under-tiden" })
        #expect(Set(agenda.map(\.printedNumber)).count == agenda.count, "each number once")
    }

    @Test("a change the record took whose journal line a crash lost is journaled when the clerk next opens the store")
    func journalReconciledAtStart() throws {
        var root = ""
        _ = try runSession([.key(.character("q"))], as: "eva-lundgren", beforeLoading: { folder in
            // The record as a kill between its write and the journal's left it.
            root = folder
            let path = folder + "/meetings/2026-10-22/record.json"
            var record = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
            record["appliedChanges"] = ["ballot-written-before-the-kill"]
            try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        })
        let journal = try String(contentsOfFile: root + "/journal/eva-lundgren.jsonl", encoding: .utf8)
        let lines = journal.split(separator: "\n").filter { $0.contains("ballot-written-before-the-kill") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("\"action\":\"reconciled\"") == true)
        #expect(lines.first?.contains("\"meeting\":\"2026-10-22\"") == true)
    }
}

/// Runs a session on a fresh copy of the demo, as Leila Haddad, until the scripted input and idle work run out.
func runSession(_ input: [Message], as member: String = "leila-haddad", opener: RecordingOpener = RecordingOpener(),
                editor: ScriptedEditor = ScriptedEditor(text: nil),
                idle: [() -> Void] = [], beforeLoading: (String) throws -> Void = { _ in },
                prepare: (AppState, Session) -> AppState = { state, _ in state }) throws -> (AppState, FakeTerminal, Session) {
    let bundled = try #require(DemoStore.path)
    let root = FileManager.default.temporaryDirectory.path + "/docket-session-\(UUID().uuidString)"
    try StoreCopier().copyStore(from: bundled, to: root)
    try beforeLoading(root)
    let loader = try StoreLoader(root: root)
    let contents = try #require(try loader.load().contents)
    let identity = try Identity.resolve(store: contents, asMember: member, environment: [:], account: nil, today: "2026-11-29")
    let session = Session(root: root, reader: loader.reader,
                          notes: NoteStore(member: member, privateDirectory: root + "-private/" + member, reader: loader.reader),
                          positions: PositionStore(member: member, privateDirectory: root + "-private/" + member, reader: loader.reader),
                          meetings: contents.meetings.map(\.id), members: contents.committee.members.map(\.id),
                          timeZone: TimeZone(identifier: "Europe/Stockholm")!, opener: opener, editor: editor)
    let terminal = FakeTerminal(input)
    terminal.idle = idle
    let (positions, marks, _) = session.loadPositions()
    let state = prepare(AppState(store: contents, today: "2026-11-29", width: terminal.width, height: terminal.height,
                                 identity: identity, notes: session.loadNotes().notes, positions: positions, readMarks: marks,
                                 language: .english), session)
    return (session.run(state, on: terminal, stopRequested: { terminal.isDrained }), terminal, session)
}

enum Fixtures {
    static let contents: StoreContents = try! StoreLoader(root: DemoStore.path!).load().contents!
}

@Suite("Attachment files")
struct AttachmentFilesTests {
    @Test("only files inside the store are reached, also through symbolic links")
    func confinement() throws {
        let root = FileManager.default.temporaryDirectory.path + "/docket-attach-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/attachments", withIntermediateDirectories: true)
        try Data("Bilaga åäö".utf8).write(to: URL(fileURLWithPath: root + "/attachments/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: root + "/attachments/escape.txt", withDestinationPath: "/etc/hostname")
        let files = AttachmentFiles(root: root)
        #expect(try files.readText("attachments/a.txt") == "Bilaga åäö")
        #expect(throws: AttachmentFiles.Refusal.outsideStore("attachments/escape.txt")) { try files.readText("attachments/escape.txt") }
        #expect(throws: AttachmentFiles.Refusal.outsideStore("../x")) { try files.readText("../x") }
        #expect(throws: AttachmentFiles.Refusal.outsideStore("/etc/hostname")) { try files.resolve("/etc/hostname") }
    }
}
