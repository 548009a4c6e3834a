import DocketText
import ArgumentParser
import DocketCore
import DocketModel
import DocketRuntime
import DocketStore
import Foundation

struct NotesAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "add",
        abstract: CLIWords.current.notesAddAbstract,
        discussion: CLIWords.current.notesAddDiscussion
    ) }

    @OptionGroup var store: StoreArgument

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.matterHelp))
    var matter: String

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.anchorHelp))
    var anchor: String?

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.noteTextHelp))
    var text: String

    @Flag(help: ArgumentHelp(stringLiteral: CLIWords.current.noteSharedHelp))
    var shared = false

    @OptionGroup var identity: IdentityOptions

    func validate() throws {
        // As in the interface: a note says something.
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(CLIWords.current.emptyNote)
        }
    }

    func run() throws {
        let session = try MemberSession.open(try store.path(), asMember: identity.member, language: identity.language)
        guard let notes = session.noteStore else {
            Console.error("docket: \(session.identity.banner.map(session.strings.banner) ?? session.strings.readOnly)")
            throw ExitStatus.usage
        }
        let matter = try session.matter(self.matter)
        let noteAnchor: NoteAnchor?
        do {
            noteAnchor = try anchor.map { reference throws(NoteAnchor.ReferenceError) in try NoteAnchor.parse(reference, in: matter) }
        } catch {
            Console.error("docket: \(error.description)")
            throw ExitStatus.usage
        }
        let writer = NoteWriter(store: notes, timeZone: session.timeZone)
        let (failed, error) = writer.apply([.add(matter: matter.id, anchor: noteAnchor, text: text, shared: shared)])
        if let error, !failed.isEmpty {
            Console.error("docket: " + CLIWords.current.noteNotSaved(InertText.make(session.explained(error))))
            throw ExitStatus.cannotCreate
        }
        Console.output(InertText.make(CLIWords.current.noteSaved(matter.title, shared)))
    }
}
