import DocketCore
import DocketUI

/// What the runtime needs of a terminal: its size, a way to show a grid, and
/// the next input as a message. The ncursesw backend is one; tests use a fake.
public protocol TerminalDevice: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Shows the grid; a device may send only what changed since the last one.
    func draw(_ grid: Grid)
    /// The next draw repaints everything.
    func invalidate()
    /// The next input, or nil when `milliseconds` passed, a signal interrupted the wait,
    /// or `descriptor` (a file watcher) became readable.
    func nextMessage(timeoutMilliseconds milliseconds: Int32, orWhenReadable descriptor: Int32?) -> Message?
    /// Input already typed and not yet read, without waiting: a paste arrives as
    /// thousands of keys, and they are handled before the next frame is drawn.
    func waitingMessage() -> Message?
    /// Gives the terminal to another program (an editor): leaves the alternate screen, restores modes.
    func suspend()
    /// Takes the terminal back and repaints everything.
    func resume()
}

extension TerminalDevice {
    /// A device that cannot tell what is waiting hands over input one message at a time.
    public func waitingMessage() -> Message? { nil }
}
