import DocketText
import ArgumentParser
import DocketCore
import DocketJSON
import DocketModel
import DocketStore
import Foundation

struct NotesListCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list",
        abstract: CLIWords.current.notesListAbstract
    ) }

    @OptionGroup var store: StoreArgument

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.onlyMeetingHelp))
    var meeting: String?

    @Flag(help: ArgumentHelp(stringLiteral: CLIWords.current.jsonNotesHelp))
    var json = false

    @OptionGroup var identity: IdentityOptions

    func run() throws {
        let session = try MemberSession.open(try store.path(), asMember: identity.member, language: identity.language)
        let members = session.contents.committee.members.map(\.id)
        let accounts = MemberAccounts(session.contents)
        var (notes, problems) = session.noteStore?.load(members: members, accounts: accounts)
            ?? NoteStore.loadShared(members: members, reader: session.loader.reader, accounts: accounts)
        for problem in problems { Console.error(problem.description) }
        if let meetingID = meeting {
            let found = try session.meeting(meetingID)
            let order = found.agenda.compactMap(\.matter)
            notes = notes.filter { order.contains($0.note.matter) }
                .sorted { (order.firstIndex(of: $0.note.matter)!, $0.note.created) < (order.firstIndex(of: $1.note.matter)!, $1.note.created) }
        }
        problems = []
        if json {
            let objects: [JSONValue] = try notes.map { visible in
                guard case .object(var fields) = try JSONParser.parse(try CanonicalJSON.bytes(of: visible.note)) else { return .null }
                fields["shared"] = .bool(visible.shared)
                return .object(fields)
            }
            Console.outputJSON(CanonicalJSON.bytes(.object(["notes": .array(objects)])))
            return
        }
        for visible in notes {
            let note = visible.note
            let author = session.contents.committee.member(id: note.author)?.name ?? note.author
            let title = session.contents.matters[note.matter]?.title ?? note.matter
            let strings = session.strings
            let place = note.anchor.map { ", " + strings.paragraphPlace($0.paragraph + 1, $0.kind) } ?? ""
            Console.output(InertText.make("\(note.created)  \(visible.shared ? strings.noteSharedBy(author) : strings.privateWord)  \(title)\(place)"))
            for line in note.text.split(separator: "\n", omittingEmptySubsequences: false) {
                Console.output("    " + InertText.make(String(line)))
            }
        }
    }
}
