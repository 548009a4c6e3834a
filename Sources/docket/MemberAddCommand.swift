import ArgumentParser
import DocketModel
import DocketStore
import DocketText

/// `docket member add STORE --name N --role R --from D`: a person with a first term.
struct MemberAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "add",
        abstract: PreparationWords.current.memberAddAbstract,
        discussion: PreparationWords.current.memberDiscussion
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: PreparationWords.current.storeHelp))
    var store: String

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.nameHelp))
    var name: String

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.memberIDHelp))
    var id: String?

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.partyHelp))
    var party: String?

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.loginHelp))
    var login: String?

    @OptionGroup var term: TermOptions

    func validate() throws {
        try term.validate(requiringRole: true)
    }

    func run() throws {
        let words = PreparationWords.current
        let (loader, contents) = try Preparation.openValid(store)
        let memberID = id ?? FreeIdentifier.from(name)
        guard StoreIdentifier.isValid(memberID), contents.committee.member(id: memberID) == nil else {
            Console.error("docket: " + words.takenID(InertText.make(memberID)))
            throw ExitStatus.usage
        }
        let member = Member(id: memberID, name: name, party: party, login: login, terms: [term.term!])
        try Preparation.writing(store, committee: contents.committee) { () throws(WriteError) in
            try AgendaFiles(reader: loader.reader).updateCommittee { committee in
                var changed = committee
                changed.members.append(member)
                return changed
            }
        }
        Console.output(InertText.make(words.memberAdded(name, memberID, words.roles[member.terms[0].role] ?? "")))
    }
}
