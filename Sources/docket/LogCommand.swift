import DocketText
import ArgumentParser
import DocketModel
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
        if !entries.isEmpty { show(entries, reader: loader) }
        if problems.contains(where: { $0.kind != .notUsed }) { throw ExitStatus.dataError }
    }

    private func show(_ entries: [JournalEntry], reader loader: StoreLoader) {
        // People by name, what they did in words, the meeting by its date and the item by its title: never an id or a code.
        // Of the archive's matters only those the entries name are read.
        let contents = try? loader.load(matters: .onMeetingsFrom("9999-12-31")).contents
        let agendas = Dictionary((contents?.meetings ?? []).map { ($0.id, $0.agenda) }, uniquingKeysWith: { first, _ in first })
        let items = entries.map { entry in entry.item.flatMap { id in agendas[entry.meeting]?.first { $0.id == id } } }
        let matters = Dictionary(loader.readMatters(Array(Set(items.compactMap { $0?.matter }))).0.map { ($0.id, $0.title) },
                                 uniquingKeysWith: { first, _ in first })
        let language = CLIWords.currentLanguage
        for (entry, item) in zip(entries, items) {
            let who = contents?.committee.nameWithParty(entry.person) ?? entry.person
            let title = item.map { item in "\(item.printedNumber) \(item.title ?? item.matter.flatMap { matters[$0] } ?? "")" }
            let what = [LogWords.action(entry.action, in: language), CLIWords.current.logMeeting(entry.meeting), title].compactMap { $0 }
            Console.output(InertText.make("\(entry.time)  \(who) \(what.joined(separator: ", "))"))
        }
    }
}
