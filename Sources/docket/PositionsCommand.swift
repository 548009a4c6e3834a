import ArgumentParser

struct PositionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "positions",
        abstract: "Record and list where you stand on the items of a meeting, as the interface does.",
        subcommands: [PositionsSetCommand.self, PositionsListCommand.self]
    )

    /// Alone, the group names no action: that is a usage error, not help asked for.
    func run() throws {
        throw ValidationError("name what to do: set or list")
    }
}
