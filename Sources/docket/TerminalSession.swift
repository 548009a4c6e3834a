import ArgumentParser
import CTerminalSupport
import DocketModel
import DocketRuntime
import DocketTerminal
import DocketText
import DocketCore
import Foundation

/// Starts the interface on the real terminal: checks it can be used, runs the
/// session, and always gives the terminal back.
struct TerminalSession {
    let root: String
    let contents: StoreContents
    let environment: [String: String]

    func run() throws {
        let capabilities: TerminalCapabilities
        do {
            capabilities = try TerminalCapabilities.detect(environment: environment)
        } catch {
            Console.error("docket: \(error)")
            throw ExitStatus.unavailable
        }
        if !capabilities.utf8 {
            Console.error("docket: the locale is not UTF-8 (set LANG, for example LANG=sv_SE.UTF-8): showing ASCII only")
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(capabilities: capabilities, environment: environment)
        } catch {
            Console.error("docket: \(error)")
            throw ExitStatus.unavailable
        }
        let state = AppState(store: contents, today: Calendar.today(in: contents.committee.timeZone),
                             width: terminal.width, height: terminal.height,
                             metrics: TextMetrics(asciiOnly: !capabilities.utf8))
        Session(root: root, opener: DesktopOpener(environment: environment))
            .run(state, on: terminal, stopRequested: { docket_pending_shutdown_signal() != 0 })
        terminal.shutdown()
        // SIGTERM, SIGHUP and SIGINT end the session through this normal path.
        let signal = docket_pending_shutdown_signal()
        if signal != 0 { throw ExitCode(128 + signal) }
    }
}
