import ArgumentParser

/// `docket export`: the store written in another system's form.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export",
        abstract: OParlWords.current.exportAbstract,
        subcommands: [ExportOParlCommand.self]
    ) }
}
