import ArgumentParser
import DocketModel

/// `--as` and `--lang`, for every command that acts as a member.
struct IdentityOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp(stringLiteral: CLIWords.current.asHelp))
    var member: String?

    @Option(name: .customLong("lang"), help: ArgumentHelp(stringLiteral: CLIWords.current.langHelp))
    var language: InterfaceLanguage?
}

extension InterfaceLanguage: ExpressibleByArgument {}
