import DocketText
import ArgumentParser
import DocketCore
import DocketModel
import DocketRuntime
import DocketStore
import Foundation

struct NotesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a note to a matter: private unless --shared.",
        discussion: "An anchor names a paragraph: document:DOCUMENT-ID:N (the Nth paragraph of the document, counting from 0 across its sections) or proposal:PROPOSAL-ID:N (its Nth clause)."
    )

    @OptionGroup var store: StoreArgument

    @Option(help: "The matter, by id or by diary number.")
    var matter: String

    @Option(help: "The paragraph the note is about (see below); default: the whole item.")
    var anchor: String?

    @Option(help: "The note's text.")
    var text: String

    @Flag(help: "Share the note with every member (default: private, only you see it).")
    var shared = false

    @OptionGroup var identity: IdentityOptions

    func validate() throws {
        // As in the interface: a note says something.
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("the note's text is empty: --text needs something to say")
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
            Console.error("docket: the note was not saved: \(InertText.make(session.explained(error)))")
            throw ExitStatus.cannotCreate
        }
    }
}
