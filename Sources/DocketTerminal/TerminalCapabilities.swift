import Glibc

/// What the environment says before any terminal output: the terminal type,
/// whether colour is wanted, and whether the locale can show Unicode.
public struct TerminalCapabilities: Sendable, Equatable {
    public let terminalType: String
    public let colorAllowed: Bool
    public let utf8: Bool

    /// Checks TERM and the locale; calls setlocale, which wcwidth needs too.
    public static func detect(environment: [String: String]) throws(TerminalError) -> TerminalCapabilities {
        guard let type = environment["TERM"], !type.isEmpty else { throw .noTerminalType }
        guard type != "dumb" else { throw .dumbTerminal }
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        let utf8 = codeset.uppercased().filter { $0 != "-" } == "UTF8"
        // https://no-color.org: any non-empty value turns colour off.
        let colorAllowed = (environment["NO_COLOR"] ?? "").isEmpty
        return TerminalCapabilities(terminalType: type, colorAllowed: colorAllowed, utf8: utf8)
    }
}
