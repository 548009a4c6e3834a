import ArgumentParser
import DocketModel
import DocketStore
import DocketText

/// `docket member edit STORE MEMBER [--name] [--party] [--login] [--role R --from D]`:
/// a new role starts a new term and ends the running one the day before.
struct MemberEditCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "edit",
        abstract: PreparationWords.current.memberEditAbstract,
        discussion: PreparationWords.current.memberDiscussion
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: PreparationWords.current.storeHelp))
    var store: String

    @Argument(help: ArgumentHelp(stringLiteral: PreparationWords.current.memberHelp))
    var member: String

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.nameHelp))
    var name: String?

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.partyHelp))
    var party: String?

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.loginHelp))
    var login: String?

    @OptionGroup var term: TermOptions

    func validate() throws {
        try term.validate(requiringRole: false)
        guard name != nil || party != nil || login != nil || term.term != nil else {
            throw ValidationError(PreparationWords.current.nothingToChange)
        }
    }

    func run() throws {
        let words = PreparationWords.current
        let (loader, contents) = try Preparation.openValid(store)
        guard let current = contents.committee.member(id: member) else {
            Console.error("docket: " + words.noSuchMember(InertText.make(member)))
            throw ExitStatus.usage
        }
        var changed = current
        if let name { changed.name = name }
        if let party { changed.party = party.isEmpty ? nil : party }
        if let login { changed.login = login.isEmpty ? nil : login }
        if let term = term.term { changed.terms = MemberTerms.starting(term, after: changed.terms) }
        try Preparation.writing(store, committee: contents.committee) { () throws(WriteError) in
            try AgendaFiles(reader: loader.reader).updateCommittee { committee in
                var updated = committee
                updated.members = committee.members.map { $0.id == member ? changed : $0 }
                return updated
            }
        }
        Console.output(InertText.make(words.memberChanged(changed.name)))
    }
}
