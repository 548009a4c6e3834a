import ArgumentParser

/// `docket member`: the committee's people and their terms, without editing committee.json.
struct MemberCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "member",
        abstract: PreparationWords.current.memberAbstract,
        discussion: PreparationWords.current.memberDiscussion,
        subcommands: [MemberAddCommand.self, MemberEditCommand.self, MemberEndCommand.self]
    ) }
}
