import ArgumentParser

struct PositionsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "positions",
        abstract: CLIWords.current.positionsAbstract,
        subcommands: [PositionsSetCommand.self, PositionsListCommand.self]
    ) }

    /// Alone, the group names no action: that is a usage error, not help asked for.
    func run() throws {
        throw ValidationError(CLIWords.current.nameWhatPositions)
    }
}
