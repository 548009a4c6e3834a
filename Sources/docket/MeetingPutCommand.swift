import ArgumentParser
import DocketImport
import DocketModel
import DocketStore
import DocketText

/// `docket meeting put STORE MEETING [MATTER…] [--open]`: matters already in the store
/// on a meeting's agenda; `--open` takes up every one an earlier meeting tabled or referred back.
/// Their history follows them: it is read from every meeting they were on.
struct MeetingPutCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "put",
        abstract: PreparationWords.current.meetingPutAbstract,
        discussion: PreparationWords.current.meetingPutDiscussion
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: PreparationWords.current.storeHelp))
    var store: String

    @Argument(help: ArgumentHelp(stringLiteral: PreparationWords.current.meetingHelp))
    var meeting: String

    @Argument(help: ArgumentHelp(stringLiteral: PreparationWords.current.mattersHelp))
    var matters: [String] = []

    @Flag(help: ArgumentHelp(stringLiteral: PreparationWords.current.openHelp))
    var open = false

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.sectionHelp))
    var section: String?

    @Flag(name: .customLong("public"), help: ArgumentHelp(stringLiteral: PreparationWords.current.publicHelp))
    var allowPublic = false

    func validate() throws {
        guard open || !matters.isEmpty else { throw ValidationError(PreparationWords.current.nothingToPut) }
    }

    func run() throws {
        let words = PreparationWords.current
        let (loader, contents) = try Preparation.openValid(store)
        guard var target = contents.meetings.first(where: { $0.id == meeting }) else {
            Console.error("docket: " + words.noMeeting(InertText.make(meeting)))
            throw ExitStatus.usage
        }
        if contents.isHeld(target) {
            Console.error("docket: " + words.heldMeeting(target.date))
            throw ExitStatus.usage
        }
        var chosen: [Matter] = []
        for reference in matters {
            let found = contents.matters[reference] ?? contents.matters.values.first { $0.diaryNumber == reference }
            guard let found else {
                Console.error("docket: " + CLIWords.current.noMatter(InertText.make(reference)))
                throw ExitStatus.usage
            }
            chosen.append(found)
        }
        if open { chosen += AgendaSections.stillOpen(before: target.date, in: contents).filter { matter in !chosen.contains { $0.id == matter.id } } }
        let writer = AgendaFiles(reader: loader.reader)
        for matter in chosen {
            let item = AgendaSections.item(for: matter, on: target, section: section)
            if !item.isConfidential, contents.wasConfidential(matter.id), !allowPublic,
               !Confirmation.ask(InertText.make(words.confidentialBefore(matter.diaryNumber, matter.title))) {
                throw ExitStatus.usage
            }
            try Preparation.writing(store, committee: contents.committee) { () throws(WriteError) in
                let (placed, written) = try writer.add(item, to: target.id)
                target = written
                let sectionTitle = target.sections.first { $0.id == placed.section }?.title ?? placed.section
                Console.output(InertText.make(words.put(matter.diaryNumber, matter.title, placed.printedNumber, sectionTitle)))
            }
        }
        if chosen.isEmpty { Console.output(words.nothingOpen) }
    }
}
