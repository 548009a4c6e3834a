import DocketModel

/// Why the terminal cannot be used; Docket then exits 69 without touching the screen.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    case noTerminalType
    case dumbTerminal
    case unknownTerminalType(String)
    case notATerminal

    public var description: String { description(in: .english) }

    public func description(in language: InterfaceLanguage) -> String {
        if language == .swedish {
            switch self {
            case .noTerminalType:
                return "TERM är inte satt, så Docket kan inte veta vad terminalen klarar. Sätt den, till exempel: TERM=xterm-256color docket"
            case .dumbTerminal:
                return "TERM är \"dumb\": terminalen kan inte flytta markören, vilket Docket behöver. Använd en riktig terminal, eller 'docket validate' för kontroller."
            case .unknownTerminalType(let name):
                return "terminaltypen \"\(name)\" (från TERM) är okänd för den här datorn. Prova TERM=xterm-256color, eller installera dess terminfo (ncurses-term)."
            case .notATerminal:
                return "standard in och ut måste vara en terminal för det interaktiva gränssnittet."
            }
        }
        switch self {
        case .noTerminalType:
            return "TERM is not set, so Docket cannot tell what your terminal can do. Set it, for example: TERM=xterm-256color docket"
        case .dumbTerminal:
            return "TERM is \"dumb\": this terminal cannot move the cursor, which Docket needs. Use a full terminal, or 'docket validate' for checks."
        case .unknownTerminalType(let name):
            return "the terminal type \"\(name)\" (from TERM) is not known to this system. Try TERM=xterm-256color, or install its terminfo entry (ncurses-term)."
        case .notATerminal:
            return "standard input and output must be a terminal for the interactive interface."
        }
    }
}
