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
        try TerminalSession(root: path, contents: contents, environment: StoreLocation.environment).run()
    }
}
