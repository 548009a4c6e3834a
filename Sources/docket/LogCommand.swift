import DocketText
import ArgumentParser
import DocketStore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Print every writer's journal, merged by time: who opened, paused, moved and closed the meeting, and what the clerk recorded."
    )

    @Argument(help: "The store's folder (default: $DOCKET_STORE, else the current folder).")
    var store: String?

    @Option(help: "Only this meeting's entries.")
    var meeting: String?

    func run() throws {
        let path = StoreLocation.named(store) ?? "."
        let loader = try StoreLoading.loader(path)
        if let meeting, loader.reader.fileSystem.kind(at: loader.reader.path(StoreLayout.meeting(meeting))) == nil {
            let known = (try? loader.reader.fileSystem.contentsOfDirectory(at: loader.reader.path(StoreLayout.meetingsDirectory))) ?? []
            Console.error("docket: no meeting with id \"\(meeting)\"; the ids are: \(known.filter { !$0.hasPrefix(".") }.joined(separator: ", "))")
            throw ExitStatus.usage
        }
        let (entries, problems) = Journal(reader: loader.reader).readAll(meeting: meeting)
        for problem in problems { Console.error(problem.description) }
        for entry in entries {
            Console.output(InertText.make("\(entry.time)  \(entry.person)  \(entry.action)  \(entry.summary)"))
        }
        if !problems.isEmpty { throw ExitStatus.dataError }
    }
}
