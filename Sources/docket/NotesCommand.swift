import ArgumentParser

struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Add and list notes from the command line, as the interface does.",
        subcommands: [NotesAddCommand.self, NotesListCommand.self, NotesExportCommand.self]
    )

    /// Alone, the group names no action: that is a usage error, not help asked for.
    func run() throws {
        throw ValidationError("name what to do: add, list or export")
    }
}
