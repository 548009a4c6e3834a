import ArgumentParser

struct PositionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "positions",
        abstract: "Record and list where you stand on the items of a meeting, as the interface does.",
        subcommands: [PositionsSetCommand.self, PositionsListCommand.self]
    )
}
