import ArgumentParser
import CTerminalSupport
import Foundation

@main
struct Docket: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "docket",
        abstract: CLIWords.current.abstract,
        discussion: CLIWords.current.discussion,
        version: "0.1.0",
        subcommands: [OpenCommand.self, ValidateCommand.self, InitCommand.self, DemoCommand.self, NotesCommand.self, PositionsCommand.self, LogCommand.self,
                      MinutesCommand.self, SearchCommand.self, MemberCommand.self, MeetingCommand.self, ImportCommand.self, ExportCommand.self, AccessCommand.self, LanguageCommand.self],
        defaultSubcommand: OpenCommand.self
    ) }

    static func main() {
        // Before any command writes: a write past `ulimit -f` or into a closed pipe fails and is reported, not fatal.
        docket_ignore_write_signals()
        // `--lang` is every command's: it is read by `CLIWords` and not given to the parser.
        let arguments = CLIWords.withoutLanguageFlag(CommandLine.arguments.dropFirst().flatMap(Docket.splittingOptionValue))
        if let unknown = Docket.unknownHelpTopic(arguments) {
            exitSpeaking(ValidationError(CLIWords.current.noCommand(unknown)))
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exitSpeaking(error)
        }
    }

    /// Exits as the parser does — help on standard output, an error on standard error, its exit code — with the
    /// parser's own words in the language Docket speaks.
    static func exitSpeaking(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        let message = ParserWords.translated(fullMessage(for: error), to: CLIWords.currentLanguage)
        if !message.isEmpty {
            if code == .success { print(message) } else { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        }
        Foundation.exit(code.rawValue)
    }

    /// `--name=value` as `--name value`, split at the first "=" scalar: a value that
    /// begins with a combining mark joins the "=" into one character, which the
    /// parser would not split.
    static func splittingOptionValue(_ argument: String) -> [String] {
        guard argument.hasPrefix("--"), let equals = argument.unicodeScalars.firstIndex(of: "=") else { return [argument] }
        let scalars = argument.unicodeScalars
        return [String(scalars[..<equals]), String(scalars[scalars.index(after: equals)...])]
    }

    /// `docket help NAME…` naming no command: the parser would print the general help and exit 0.
    static func unknownHelpTopic(_ arguments: [String]) -> String? {
        guard arguments.first == "help" else { return nil }
        var command: ParsableCommand.Type = Docket.self
        for name in arguments.dropFirst() where !name.hasPrefix("-") {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == name }) else { return name }
            command = next
        }
        return nil
    }
}
