import ArgumentParser

/// `docket meeting`: preparing the committee's meetings.
struct MeetingCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "meeting",
        abstract: PreparationWords.current.meetingAbstract,
        subcommands: [MeetingAddCommand.self, MeetingPutCommand.self]
    ) }
}
