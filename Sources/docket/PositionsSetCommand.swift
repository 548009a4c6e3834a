import DocketText
import ArgumentParser
import DocketModel
import DocketRuntime
import DocketStore
import Foundation

struct PositionsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Record your position on a matter of a meeting: private unless --shared; --stance none clears it."
    )

    @OptionGroup var store: StoreArgument

    @Option(help: "The meeting's id.")
    var meeting: String

    @Option(help: "The matter, by id or by diary number.")
    var matter: String

    @Option(help: "support, oppose, abstain, own (an own proposal: give --kind and --text) or none.")
    var stance: String

    @Option(help: "For --stance own: amendment, addition, referral-back or tabling.")
    var kind: String?

    @Option(help: "For --stance own: the proposal's text.")
    var text: String?

    @Option(help: "Why, in a sentence or two.")
    var motivation: String?

    @Flag(help: "Share the position with every member, so the clerk can pick up an own proposal.")
    var shared = false

    @OptionGroup var identity: IdentityOptions

    func run() throws {
        let session = try MemberSession.open(try store.path(), asMember: identity.member)
        guard let positions = session.positionStore, let member = session.identity.member else {
            Console.error("docket: \(session.identity.banner ?? "this session is read-only")")
            throw ExitStatus.usage
        }
        let meeting = try session.meeting(self.meeting)
        let matter = try session.matter(self.matter)
        guard meeting.agenda.contains(where: { $0.matter == matter.id }) else {
            Console.error("docket: the matter \(matter.id) is not on the agenda of meeting \(meeting.id)")
            throw ExitStatus.usage
        }
        do {
            if stance == "none" {
                try positions.clear(meeting: meeting.id, matter: matter.id, shared: false)
                try positions.clear(meeting: meeting.id, matter: matter.id, shared: true)
                return
            }
            guard let chosen = Position.Stance(rawValue: stance) else {
                Console.error("docket: --stance must be support, oppose, abstain, own or none, not \"\(InertText.make(stance))\"")
                throw ExitStatus.usage
            }
            var own: OwnProposal?
            if chosen == .own {
                guard let kind = kind.flatMap(OwnProposal.Kind.init(rawValue:)), let text, !text.isEmpty else {
                    Console.error("docket: --stance own needs --kind amendment|addition|referral-back|tabling and --text")
                    throw ExitStatus.usage
                }
                own = OwnProposal(kind: kind, text: text)
            }
            let position = Position(meeting: meeting.id, matter: matter.id, author: member.id, stance: chosen, ownProposal: own,
                                    motivation: motivation, modified: Timestamp.rfc3339(Date(), in: session.timeZone))
            try positions.move(position, toShared: shared)
        } catch let error as WriteError {
            Console.error("docket: the position was not saved: \(InertText.make(error.description))")
            throw ExitStatus.cannotCreate
        }
    }
}
