import ArgumentParser

/// `docket import`: documents from outside read into the store.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "import",
        abstract: ImportWords.current.importAbstract,
        subcommands: [ImportReportCommand.self, ImportOParlCommand.self]
    ) }
}
