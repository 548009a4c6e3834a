import ArgumentParser
import DocketModel
import DocketStore
import DocketText

/// `docket member end STORE MEMBER --on D`: the running term ends that day.
struct MemberEndCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "end",
        abstract: PreparationWords.current.memberEndAbstract
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: PreparationWords.current.storeHelp))
    var store: String

    @Argument(help: ArgumentHelp(stringLiteral: PreparationWords.current.memberHelp))
    var member: String

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.onHelp))
    var on: String

    func validate() throws {
        guard CalendarDate.isValid(on) else { throw ValidationError(PreparationWords.current.badDate(on)) }
    }

    func run() throws {
        let words = PreparationWords.current
        let (loader, contents) = try Preparation.openValid(store)
        guard let current = contents.committee.member(id: member) else {
            Console.error("docket: " + words.noSuchMember(InertText.make(member)))
            throw ExitStatus.usage
        }
        guard let ended = MemberTerms.ending(current.terms, on: on) else {
            Console.error("docket: " + words.noRunningTerm(InertText.make(current.name)))
            throw ExitStatus.usage
        }
        try Preparation.writing(store, committee: contents.committee) { () throws(WriteError) in
            try AgendaFiles(reader: loader.reader).updateCommittee { committee in
                var updated = committee
                updated.members = committee.members.map { person in
                    guard person.id == member else { return person }
                    var changed = person
                    changed.terms = ended
                    return changed
                }
                return updated
            }
        }
        Console.output(InertText.make(words.memberEnded(current.name, on)))
    }
}
