import ArgumentParser

struct NotesCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "notes",
        abstract: CLIWords.current.notesAbstract,
        subcommands: [NotesAddCommand.self, NotesListCommand.self, NotesExportCommand.self]
    ) }

    /// Alone, the group names no action: that is a usage error, not help asked for.
    func run() throws {
        throw ValidationError(CLIWords.current.nameWhatNotes)
    }
}
