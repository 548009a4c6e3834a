import ArgumentParser
import DocketCore
import DocketModel
import DocketStore

/// The person's own choice of language, kept in their private data and used with every store.
struct LanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Show or choose the language Docket speaks to you: sv (svenska) or en (English); committee follows each committee's."
    )

    enum Choice: String, ExpressibleByArgument, CaseIterable {
        case sv, en, committee
    }

    @Argument(help: "sv, en, or committee (the committee's language, the default). Without it: what is chosen now.")
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
