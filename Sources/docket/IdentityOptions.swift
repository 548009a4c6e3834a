import ArgumentParser
import DocketModel

/// `--as`, for every command that acts as a member. (`--lang`, which every command takes, is read before parsing: `CLIWords.languageFlag`.)
struct IdentityOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp(stringLiteral: CLIWords.current.asHelp))
    var member: String?

    /// The language `--lang` chose, if any.
    var language: InterfaceLanguage? { CLIWords.languageFlag }
}

extension InterfaceLanguage: ExpressibleByArgument {}
