import ArgumentParser
import DocketCore
import DocketJSON
import DocketText

/// `docket search STORE QUERY…`: the archive search of the interface, from the command line.
struct SearchCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "search",
        abstract: CLIWords.current.searchAbstract,
        discussion: CLIWords.current.searchDiscussion
    ) }

    @OptionGroup var store: StoreArgument

    @Argument(help: ArgumentHelp(stringLiteral: CLIWords.current.searchQueryHelp))
    var query: [String]

    @Flag(help: ArgumentHelp(stringLiteral: CLIWords.current.jsonSearchHelp))
    var json = false

    @OptionGroup var identity: IdentityOptions

    func run() throws {
        let session = try MemberSession.open(try store.path(), asMember: identity.member, language: identity.language)
        let contents = session.contents
        // Your own notes are searched with the rest, never anyone else's.
        let members = contents.committee.members.map(\.id)
        let own = (session.noteStore?.load(members: members).0 ?? []).map(\.note).filter { $0.author == session.identity.member?.id }
        let state = AppState(store: contents, today: session.today, width: 80, height: 24, identity: session.identity, language: session.language)
        // A query typed in full: its last word is whole, as on a search line with a space after it.
        // One search: only its words are indexed.
        let searched = SearchQuery(query.joined(separator: " ") + " ")
        let results = ArchiveIndex(store: state.store, for: searched).search(searched, in: state.store, notes: own)
        // Said on the error stream, so that --json stays one document and a script still sees it.
        if results.count >= ArchiveIndex.resultLimit { Console.error(session.strings.search.stoppedAt(ArchiveIndex.resultLimit)) }
        if json {
            let objects: [JSONValue] = results.map { result in
                .object([
                    "matter": .string(result.matter), "diaryNumber": .string(result.diaryNumber), "title": .string(result.title),
                    "meetings": .array(result.appearances.map { appearance in
                        let meeting = state.store.meetings[appearance.meetingIndex]
                        return .object(["meeting": .string(meeting.id), "date": .string(meeting.date),
                                        "item": .string(meeting.agenda[appearance.itemIndex].printedNumber)])
                    }),
                    "snippet": .string(result.snippet),
                ])
            }
            Console.outputJSON(CanonicalJSON.bytes(.object(["results": .array(objects)])))
            return
        }
        if results.isEmpty { Console.error(session.strings.search.nothingFound) }
        for result in results {
            Console.output(InertText.make(state.resultHeading(result)))
            Console.output("    " + InertText.make(result.snippet))
        }
    }
}
