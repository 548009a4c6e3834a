import ArgumentParser
import DocketModel
import DocketStore

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a store (the default command)."
    )

    @Argument(help: "The store's folder (default: $DOCKET_STORE, else a copy of the demo committee).")
    var store: String?

    @OptionGroup var identity: IdentityOptions

    func run() throws {
        let session = try MemberSession.open(try StoreLocation.openable(store), asMember: identity.member)
        try TerminalSession(member: session, environment: StoreLocation.environment).run()
    }
}
