import DocketCore
import DocketModel
import DocketStore
import DocketTerminal
import DocketText
import DocketUI
import Foundation
import ArgumentParser
import CTerminalSupport

/// The interactive session: the loop that feeds terminal input to `update`,
/// carries out its effects, and draws the state. The only place where the
/// pure core meets the terminal and the disk.
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
        var state = AppState(store: contents, today: Self.today(in: contents.committee.timeZone),
                             width: terminal.width, height: terminal.height,
                             metrics: TextMetrics(asciiOnly: !capabilities.utf8))
        terminal.draw(Renderer.render(state))
        while state.isRunning, docket_pending_shutdown_signal() == 0 {
            guard let message = terminal.nextMessage(timeoutMilliseconds: 500) else { continue }
            var pending = [message]
            while !pending.isEmpty {
                let (next, effects) = App.update(state, pending.removeFirst())
                state = next
                for effect in effects {
                    if let result = perform(effect, terminal: terminal) { pending.append(result) }
                }
            }
            terminal.draw(Renderer.render(state))
        }
        terminal.shutdown()
        // SIGTERM, SIGHUP and SIGINT end the session through this normal path.
        let signal = docket_pending_shutdown_signal()
        if signal != 0 { throw ExitCode(128 + signal) }
    }

    /// Carries out an effect; some answer with a message for `update`.
    private func perform(_ effect: Effect, terminal: NcursesTerminal) -> Message? {
        switch effect {
        case .quit:
            return nil
        case .redraw:
            terminal.invalidate()
            return nil
        case .readAttachment(let path, let title):
            do {
                return .attachmentLoaded(title: title, result: .text(try AttachmentFiles(root: root).readText(path)))
            } catch {
                return .attachmentLoaded(title: title, result: .failure(error.description))
            }
        case .openExternally(let target):
            return openExternally(target)
        }
    }

    /// Hands a file or address to xdg-open, detached; without one, says where the file is.
    private func openExternally(_ target: AttachmentTarget) -> Message {
        let argument: String
        switch target {
        case .webAddress(let address):
            argument = address
        case .storeFile(let path):
            do {
                argument = try AttachmentFiles(root: root).resolve(path)
            } catch {
                return .openedExternally(target: path, failure: error.description)
            }
        }
        guard let opener = Self.executable(named: "xdg-open", environment: environment) else {
            return .openedExternally(target: argument, failure: "no xdg-open on this system; it is at \(argument)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [argument]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            return .openedExternally(target: argument, failure: nil)
        } catch {
            return .openedExternally(target: argument, failure: "\(error)")
        }
    }

    static func executable(named name: String, environment: [String: String]) -> String? {
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Today's date in the committee's time zone, as YYYY-MM-DD.
    static func today(in zone: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
