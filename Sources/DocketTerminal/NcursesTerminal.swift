import CNcursesw
import CTerminalSupport
import DocketCore
import DocketRuntime
import DocketUI
import Glibc

/// The thin ncursesw backend: turns grids into screen updates and terminal
/// input into messages. The only code that talks to the terminal.
public final class NcursesTerminal: TerminalDevice {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let styles: RoleStyles
    private var previous: Grid?
    private var repaintAll = true

    public private(set) var width: Int
    public private(set) var height: Int

    /// Starts curses on standard input and output. `newterm`, unlike `initscr`,
    /// returns on an unknown terminal type instead of exiting the process.
    public init(capabilities: TerminalCapabilities, environment: [String: String]) throws(TerminalError) {
        docket_terminal_guard_install(1)
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r"),
              let screen = newterm(capabilities.terminalType, output, input) else {
            docket_terminal_guard_remove()
            throw .unknownTerminalType(capabilities.terminalType)
        }
        self.screen = screen
        set_term(screen)
        window = docket_stdscr()
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        curs_set(0)
        mousemask(docket_mouse_mask(), nil)
        mouseinterval(0)
        let useColor = capabilities.colorAllowed && has_colors()
        if useColor {
            start_color()
            use_default_colors()
        }
        styles = RoleStyles(useColor: useColor)
        width = Int(docket_cols())
        height = Int(docket_lines())
        docket_terminal_guard_set_reset(Self.resetSequence, Self.resetSequence.utf8.count)
    }

    /// Undoes curses: leaves the alternate screen, shows the cursor, restores modes.
    public func shutdown() {
        mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screen)
        docket_terminal_guard_remove()
    }

    /// Copies a grid to the screen, sending only cells that changed since the last frame.
    public func draw(_ grid: Grid) {
        let full = repaintAll || previous?.width != grid.width || previous?.height != grid.height
        if full { clearok(window, true) }
        var text = [wchar_t](repeating: 0, count: 6)
        for y in 0..<min(grid.height, height) {
            for x in 0..<min(grid.width, width) {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if !full, let previous, grid.sameCell(x: x, y: y, as: previous) { continue }
                var count = 0
                for scalar in grid.character(x: x, y: y).unicodeScalars.prefix(5) {
                    text[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                text[count] = 0
                let style = styles.style(for: cell.role)
                _ = docket_put_cell(window, Int32(y), Int32(x), text, style.attributes, style.pair)
            }
        }
        wnoutrefresh(window)
        doupdate()
        previous = grid
        repaintAll = false
    }

    /// Saves curses' terminal modes and hands the terminal back to the shell's.
    public func suspend() {
        def_prog_mode()
        endwin()
    }

    /// Restores curses' modes and repaints everything.
    public func resume() {
        reset_prog_mode()
        width = Int(docket_cols())
        height = Int(docket_lines())
        repaintAll = true
        draw(previous ?? Grid(width: width, height: height))
    }

    public func waitingMessage() -> Message? {
        wtimeout(window, 0)
        return readKey()
    }

    /// The next repaint sends every cell (Ctrl-L, or after another program used the terminal).
    public func invalidate() {
        repaintAll = true
    }

    /// Waits up to `milliseconds` for input. Nil on time-out, when a signal interrupted
    /// the wait, or when `descriptor` (a file watcher) became readable.
    public func nextMessage(timeoutMilliseconds milliseconds: Int32, orWhenReadable descriptor: Int32?) -> Message? {
        var wait = milliseconds
        if let descriptor {
            // Keys ncurses has already read come first; then wait on the keyboard and the watcher together.
            wtimeout(window, 0)
            if let message = readKey() { return message }
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 2, milliseconds) > 0, fds[0].revents != 0 else { return nil }
            wait = 0
        }
        wtimeout(window, wait)
        return readKey()
    }

    private func readKey() -> Message? {
        var character: wint_t = 0
        let status = wget_wch(window, &character)
        if status == OK { return KeyDecoding.message(forCharacter: UInt32(character)) }
        guard status == docket_key_code_yes() else { return nil }
        let code = Int32(character)
        if code == KEY_RESIZE {
            width = Int(docket_cols())
            height = Int(docket_lines())
            repaintAll = true
            return .resize(width: width, height: height)
        }
        if code == KEY_MOUSE {
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            return KeyDecoding.message(forMouse: event.bstate, x: Int(event.x), y: Int(event.y))
        }
        return KeyDecoding.message(forKeyCode: code)
    }

    /// What the fatal-signal handler writes: alternate screen off, cursor on,
    /// attributes reset, mouse reporting off. Plain ECMA-48/xterm sequences, so
    /// it needs no terminfo lookup inside a signal handler.
    static let resetSequence = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
}
