import ArgumentParser
import DocketModel
import DocketStore

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a store (the default command)."
    )

    @Argument(help: "The store's folder (default: $DOCKET_STORE, else a copy of the demo committee).")
    var store: String?

    func run() throws {
        let path = try StoreLocation.openable(store)
        let result = try StoreLoading.load(path)
        guard result.isValid, let contents = result.contents else {
            try StoreLoading.fail(with: result.problems, store: path)
        }
        // Until the terminal interface lands, opening a store lists its meetings.
        Console.output(InertText.make("\(contents.committee.name), \(contents.committee.municipality)"))
        for meeting in contents.meetings.reversed() {
            Console.output(InertText.make("  \(meeting.date) \(meeting.time)  \(meeting.agenda.count) items  \(meeting.place)"))
        }
    }
}
