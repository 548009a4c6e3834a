import DocketText
import ArgumentParser
import DocketStore

struct LogCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "log",
        abstract: CLIWords.current.logAbstract
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: CLIWords.current.storeHereHelp))
    var store: String?

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.logMeetingHelp))
    var meeting: String?

    func run() throws {
        let path = StoreLocation.named(store) ?? "."
        let loader = try StoreLoading.loader(path)
        if let meeting, loader.reader.fileSystem.kind(at: loader.reader.path(StoreLayout.meeting(meeting))) == nil {
            let known = (try? loader.reader.fileSystem.contentsOfDirectory(at: loader.reader.path(StoreLayout.meetingsDirectory))) ?? []
            Console.error("docket: " + CLIWords.current.noMeeting(meeting, known.filter { !$0.hasPrefix(".") }.joined(separator: ", ")))
            throw ExitStatus.usage
        }
        let (entries, problems) = Journal(reader: loader.reader).readAll(meeting: meeting, accounts: MemberAccounts(reader: loader.reader))
        for problem in problems { Console.error(problem.description) }
        for entry in entries {
            Console.output(InertText.make("\(entry.time)  \(entry.person)  \(entry.action)  \(entry.summary)"))
        }
        if problems.contains(where: { $0.kind != .notUsed }) { throw ExitStatus.dataError }
    }
}
