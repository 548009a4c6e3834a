import ArgumentParser
import DocketCore
import DocketModel
import DocketStore

/// The person's own choice of language, kept in their private data and used with every store.
struct LanguageCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "language",
        abstract: CLIWords.current.languageAbstract
    ) }

    enum Choice: String, ExpressibleByArgument, CaseIterable {
        case sv, en, committee
    }

    @Argument(help: ArgumentHelp(stringLiteral: CLIWords.current.languageChoiceHelp))
    var choice: Choice?

    func run() throws {
        let settings = StoreLocation.settings(schemas: try SchemaSet.bundled())
        let (current, problem) = settings.load()
        if let problem {
            Console.error(problem.description)
            throw ExitStatus.dataError
        }
        guard let choice else {
            let language = current.language
            let words = Strings.for(LanguageChoice.language(flag: nil, environment: StoreLocation.environment, setting: language,
                                                            committee: .swedish)).settingsWords
            Console.output(language.map(words.chosen) ?? words.followsCommittee)
            if let variable = StoreLocation.environment["DOCKET_LANG"], let chosen = LanguageChoice.parse(variable) {
                Console.output(words.overriddenBy(chosen))
            }
            return
        }
        let language: InterfaceLanguage? = switch choice {
        case .sv: .swedish
        case .en: .english
        case .committee: nil
        }
        do {
            try settings.save { _ in PersonalSettings(language: language) }
        } catch {
            Console.error("docket: \(error.description)")
            throw ExitStatus.ioError
        }
        let words = Strings.for(language ?? .swedish).settingsWords
        Console.output(language.map(words.chosen) ?? words.followsCommittee)
    }
}
