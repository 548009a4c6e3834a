import DocketCore
import DocketModel
import DocketStore
import DocketText
import DocketUI

/// The interactive loop: terminal input to `update`, effects carried out,
/// the state drawn. The one place where the pure core meets the terminal and
/// the disk; it runs the same on ncursesw and on a test's fake terminal.
public struct Session {
    public let root: String
    public let opener: any ExternalOpener
    public let files: AttachmentFiles

    public init(root: String, opener: any ExternalOpener, fileSystem: any FileSystem = LocalFileSystem()) {
        self.root = root
        self.opener = opener
        self.files = AttachmentFiles(root: root, fileSystem: fileSystem)
    }

    /// Runs until the user quits or `stopRequested` says so (a shutdown signal);
    /// returns the final state.
    @discardableResult
    public func run(_ initial: AppState, on terminal: some TerminalDevice, stopRequested: () -> Bool) -> AppState {
        var state = initial
        terminal.draw(Renderer.render(state))
        while state.isRunning, !stopRequested() {
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
        return state
    }

    /// Carries out an effect; some answer with a message for `update`.
    func perform(_ effect: Effect, terminal: some TerminalDevice) -> Message? {
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
        }
    }
}
