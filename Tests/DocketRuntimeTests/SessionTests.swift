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
    private(set) var frames: [Grid] = []
    private(set) var invalidations = 0

    init(_ input: [Message]) {
        self.input = input
    }

    var isDrained: Bool { input.isEmpty }

    func draw(_ grid: Grid) { frames.append(grid) }
    func invalidate() { invalidations += 1 }

    func nextMessage(timeoutMilliseconds milliseconds: Int32) -> Message? {
        guard !input.isEmpty else { return nil }
        let message = input.removeFirst()
        if case .resize(let newWidth, let newHeight) = message { width = newWidth; height = newHeight }
        return message
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

    private func run(_ input: [Message], opener: RecordingOpener = RecordingOpener()) throws -> (AppState, FakeTerminal) {
        let root = try #require(DemoStore.path)
        let contents = try #require(try StoreLoader(root: root).load().contents)
        let terminal = FakeTerminal(input)
        let state = AppState(store: contents, today: "2026-11-29", width: terminal.width, height: terminal.height)
        let final = Session(root: root, opener: opener).run(state, on: terminal, stopRequested: { terminal.isDrained })
        return (final, terminal)
    }

    @Test("draws a first frame, one per message, and stops on quit")
    func framesAndQuit() throws {
        let (state, terminal) = try run(SessionTests.keys([.character("j"), .character("q"), .character("j")]))
        #expect(!state.isRunning)
        #expect(terminal.frames.count == 3)
        #expect(terminal.frames[0].textLines()[0] == " Docket › Socialnämnden")
    }

    @Test("a text attachment is read from the store and shown in the pager")
    func textAttachment() throws {
        let (state, terminal) = try run(SessionTests.toAttachments + SessionTests.keys([.enter]))
        guard case .pager(let pager) = state.screen else { Issue.record("no pager: \(state.screen)"); return }
        #expect(pager.title == "Bilaga 1. Fördelning av ramen 2027 (tabell)")
        #expect(terminal.frames.last?.textLines().contains { $0.contains("Summa") } == true)
    }

    @Test("a web address goes to the opener; a failure is shown")
    func webAddress() throws {
        let opener = RecordingOpener(failure: "no xdg-open on this system")
        let (state, _) = try run(SessionTests.toAttachments + SessionTests.keys([.character("j"), .enter]), opener: opener)
        #expect(opener.opened == ["https://www.example.org/asbro/kf/mal-och-budget-2027-2029.pdf"])
        #expect(state.status == "Could not open https://www.example.org/asbro/kf/mal-och-budget-2027-2029.pdf: no xdg-open on this system")
    }

    @Test("Ctrl-L invalidates the terminal; a resize reflows")
    func redrawAndResize() throws {
        let (state, terminal) = try run([.key(.control("l")), .resize(width: 120, height: 40)])
        #expect(terminal.invalidations == 1)
        #expect(state.width == 120)
        #expect(terminal.frames.last?.width == 120)
    }

    @Test("the loop stops when asked, as on SIGTERM")
    func stopRequested() throws {
        let (state, terminal) = try run([])
        #expect(state.isRunning)
        #expect(terminal.frames.count == 1)
    }
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
