import ArgumentParser
import DocketModel
import DocketStore

struct OpenCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "open",
        abstract: CLIWords.current.openAbstract
    ) }

    @OptionGroup var store: StoreArgument

    @OptionGroup var identity: IdentityOptions

    func run() throws {
        let session = try MemberSession.open(try store.path(), asMember: identity.member, language: identity.language, allowingDamage: true,
                                             upcomingMattersOnly: true)
        try TerminalSession(member: session, environment: StoreLocation.environment).run()
    }
}
