import ArgumentParser
import DocketStore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every file of a store and list every problem. Writes nothing.",
        discussion: "Problems are listed one per line as FILE:LINE:COLUMN: message for syntax errors and FILE: $.path: message for content and references."
    )

    @Argument(help: "The store's folder (default: $DOCKET_STORE, else the current folder).")
    var store: String?

    func run() throws {
        let path = StoreLocation.named(store) ?? "."
        let result = try StoreLoading.load(path)
        guard result.isValid, let contents = result.contents else {
            try StoreLoading.fail(with: result.problems, store: path)
        }
        let committee = contents.committee
        Console.output(InertText.make(
            "\(path): valid store of \(committee.name), \(committee.municipality): "
            + "\(contents.meetings.count) meetings, \(contents.agendaItemCount) agenda items, "
            + "\(contents.matters.count) matters, \(committee.members.count) members"))
    }
}
