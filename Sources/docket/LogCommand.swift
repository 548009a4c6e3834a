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
        // People by name, what they did in words, the meeting by its date and the item by its title: never an id or a code.
        let contents = try? loader.load(matters: .all).contents
        let language = CLIWords.currentLanguage
        for entry in entries {
            let who = contents?.committee.nameWithParty(entry.person) ?? entry.person
            let meeting = contents?.meetings.first { $0.id == entry.meeting }
            let item = entry.item.flatMap { id in meeting?.agenda.first { $0.id == id } }
            let title = item.map { item in "\(item.printedNumber) \(item.title ?? item.matter.flatMap { contents?.matters[$0]?.title } ?? "")" }
            let what = [LogWords.action(entry.action, in: language), CLIWords.current.logMeeting(entry.meeting), title].compactMap { $0 }
            Console.output(InertText.make("\(entry.time)  \(who) \(what.joined(separator: ", "))"))
        }
        if problems.contains(where: { $0.kind != .notUsed }) { throw ExitStatus.dataError }
    }
}
