import ArgumentParser

struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Add and list notes from the command line, as the interface does.",
        subcommands: [NotesAddCommand.self, NotesListCommand.self, NotesExportCommand.self]
    )
}
