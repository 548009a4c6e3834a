import ArgumentParser
import CTerminalSupport
import DocketCore
import DocketRuntime
import DocketStore
import DocketTerminal
import DocketText
import Foundation

/// Starts the interface on the real terminal: checks it can be used, runs the
/// session, and always gives the terminal back.
struct TerminalSession {
    let member: MemberSession
    let environment: [String: String]

    func run() throws {
        let capabilities: TerminalCapabilities
        do {
            capabilities = try TerminalCapabilities.detect(environment: environment)
        } catch {
            Console.error("docket: " + error.description(in: member.language))
            throw ExitStatus.unavailable
        }
        if !capabilities.utf8 {
            Console.error("docket: " + CLIWords.current.notUTF8)
        }
        let contents = member.contents
        let session = Session(root: member.root, reader: member.loader.reader, notes: member.noteStore,
                              positions: member.positionStore, meetings: contents.meetings.map(\.id),
                              members: contents.committee.members.map(\.id), accounts: MemberAccounts(contents), timeZone: member.timeZone,
                              opener: DesktopOpener(environment: environment), editor: ShellEditor(environment: environment),
                              exportDirectory: environment["XDG_DOCUMENTS_DIR"].flatMap { $0.hasPrefix("/") ? $0 : nil }
                                  ?? environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path)
        let (notes, noteProblems) = session.loadNotes()
        let (positions, marks, positionProblems) = session.loadPositions()
        // The live files of the meetings whose records are read now; the others come with their records.
        let (live, liveProblems) = session.loadLive(skipping: contents.unloadedRecords, records: contents.records)
        let damage = StoreDamage.files(member.problems + noteProblems + positionProblems + liveProblems, root: member.root)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(capabilities: capabilities, environment: environment)
        } catch {
            Console.error("docket: " + error.description(in: member.language))
            throw ExitStatus.unavailable
        }
        var state = AppState(store: contents, today: member.today, width: terminal.width, height: terminal.height,
                             metrics: TextMetrics(asciiOnly: !capabilities.utf8), identity: member.identity, notes: notes,
                             positions: positions, readMarks: marks, live: live, damage: damage, language: member.language)
        state = session.recoverDraft(into: state)
        if !damage.isEmpty { state = state.showing(state.strings.damageAtStart(damage.count)) }
        if member.identity.member != nil, let original = member.privateLocation.copyOf {
            state = state.showing(state.strings.storeCopy(original))
        }
        // For the benchmark: end once the first frame is drawn, so a whole start can be timed.
        let firstFrameOnly = environment["DOCKET_FIRST_FRAME_ONLY"] == "1"
        session.run(state, on: terminal, stopRequested: { firstFrameOnly || docket_pending_shutdown_signal() != 0 })
        terminal.shutdown()
        // Measured to the first frame: freeing a large archive's values on the way out is not part of it.
        if firstFrameOnly { exit(0) }
        // SIGTERM, SIGHUP and SIGINT end the session through this normal path.
        let signal = docket_pending_shutdown_signal()
        if signal != 0 { throw ExitCode(128 + signal) }
    }
}
