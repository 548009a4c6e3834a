import DocketText
import ArgumentParser
import DocketStore

struct ValidateCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "validate",
        abstract: CLIWords.current.validateAbstract,
        discussion: CLIWords.current.validateDiscussion
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: CLIWords.current.storeHereHelp))
    var store: String?

    func run() throws {
        let path = StoreLocation.named(store) ?? "."
        let loader = try StoreLoading.loader(path, trusting: false)
        let result = try StoreLoading.load(loader)
        // Journals are read only by `docket log`, so loading passes them by; validation does not.
        let problems = result.problems + Journal(reader: loader.reader).readAll(accounts: result.contents.flatMap(MemberAccounts.init)).problems
        guard problems.isEmpty, let contents = result.contents else {
            try StoreLoading.fail(with: problems, store: path)
        }
        let committee = contents.committee
        Console.output(InertText.make(CLIWords.current.validStore(path, "\(committee.name), \(committee.municipality)", contents.meetings.count,
                                                                  contents.agendaItemCount, contents.matters.count, committee.members.count)))
    }
}
