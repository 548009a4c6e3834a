import ArgumentParser
import DocketCore
import DocketStore

struct NotesExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export",
        abstract: CLIWords.current.notesExportAbstract
    ) }

    @OptionGroup var store: StoreArgument

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.meetingHelp))
    var meeting: String

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case markdown, text
    }

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.formatHelp))
    var format: Format = .markdown

    @Flag(help: ArgumentHelp(stringLiteral: CLIWords.current.withSharedHelp))
    var withShared = false

    @OptionGroup var identity: IdentityOptions

    func run() throws {
        let session = try MemberSession.open(try store.path(), asMember: identity.member, language: identity.language)
        guard let member = session.identity.member, let notes = session.noteStore else {
            Console.error("docket: \(session.identity.banner.map(session.strings.banner) ?? session.strings.readOnly)")
            throw ExitStatus.usage
        }
        let chosen: PreparationSummary.Format = format == .text ? .text : .markdown
        let meeting = try session.meeting(self.meeting)
        let members = session.contents.committee.members.map(\.id)
        let (visibleNotes, noteProblems) = notes.load(members: members)
        let (positions, positionProblems) = session.loadPositions(meetings: [meeting.id])
        for problem in noteProblems + positionProblems { Console.error(problem.description) }
        Console.output(PreparationSummary.render(store: session.contents, meeting: meeting, member: member, positions: positions,
                                                 notes: visibleNotes, withShared: withShared, format: chosen, strings: session.strings), terminator: "")
    }
}
