import ArgumentParser

/// The store a member's command works on.
struct StoreArgument: ParsableArguments {
    @Argument(help: ArgumentHelp(stringLiteral: CLIWords.current.storeHelp))
    var store: String?

    /// The folder, creating the demo copy when nothing else is named.
    func path() throws -> String {
        try StoreLocation.openable(store)
    }
}
