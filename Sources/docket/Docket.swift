import ArgumentParser
import CTerminalSupport

@main
struct Docket: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "Work through a committee's agenda: read, annotate, take positions, record and minute.",
        discussion: """
            A store is a folder of JSON files (see docs/store-format.md). Without a STORE \
            argument Docket uses $DOCKET_STORE, or else its own writable copy of the bundled \
            demo committee.

            Exit codes: 0 ok, 64 usage, 65 bad data, 66 store not found, 69 terminal cannot \
            be used, 73 cannot create, 74 input/output error.
            """,
        version: "0.1.0",
        subcommands: [OpenCommand.self, ValidateCommand.self, DemoCommand.self, NotesCommand.self, PositionsCommand.self, LogCommand.self,
                      MinutesCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    static func main() {
        // Before any command writes: a write past `ulimit -f` or into a closed pipe fails and is reported, not fatal.
        docket_ignore_write_signals()
        main(nil)
    }
}
