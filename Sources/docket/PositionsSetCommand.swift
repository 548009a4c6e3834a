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

    enum Stance: String, CaseIterable, ExpressibleByArgument {
        case support, oppose, abstain, own, none
    }

    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case amendment, addition
        case referralBack = "referral-back"
        case tabling
    }

    @Option(help: "Where you stand; own is an own proposal (give --kind and --text), none clears your position.")
    var stance: Stance

    @Option(help: "For --stance own: the kind of proposal.")
    var kind: Kind?

    @Option(help: "For --stance own: the proposal's text.")
    var text: String?

    @Option(help: "Why, in a sentence or two.")
    var motivation: String?

    @Flag(help: "Share the position with every member, so the clerk can pick up an own proposal.")
    var shared = false

    @OptionGroup var identity: IdentityOptions

    func validate() throws {
        if stance == .own {
            guard kind != nil, let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError("--stance own needs --kind and --text")
            }
        } else if kind != nil || text != nil {
            throw ValidationError("--kind and --text belong to --stance own only, not to --stance \(stance.rawValue)")
        }
        if stance == .none, motivation != nil || shared {
            throw ValidationError("--stance none clears your position: --motivation and --shared have nothing to go with")
        }
    }

    func run() throws {
        let session = try MemberSession.open(try store.path(), asMember: identity.member, language: identity.language)
        guard let positions = session.positionStore, let member = session.identity.member else {
            Console.error("docket: \(session.identity.banner.map(session.strings.banner) ?? session.strings.readOnly)")
            throw ExitStatus.usage
        }
        let meeting = try session.meeting(self.meeting)
        let matter = try session.matter(self.matter)
        guard meeting.agenda.contains(where: { $0.matter == matter.id }) else {
            Console.error("docket: the matter \(matter.id) is not on the agenda of meeting \(meeting.id)")
            throw ExitStatus.usage
        }
        let own = kind.flatMap { OwnProposal.Kind(rawValue: $0.rawValue) }.map { OwnProposal(kind: $0, text: text ?? "") }
        let modified = Timestamp.rfc3339(Date(), in: session.timeZone)
        do throws(WriteError) {
            if let chosen = Position.Stance(rawValue: stance.rawValue) {
                try positions.move(Position(meeting: meeting.id, matter: matter.id, author: member.id, stance: chosen, ownProposal: own,
                                            motivation: motivation, modified: modified), toShared: shared)
            } else {
                // none: the position is cleared wherever it is.
                try positions.clear(meeting: meeting.id, matter: matter.id, shared: false)
                try positions.clear(meeting: meeting.id, matter: matter.id, shared: true)
            }
        } catch {
            Console.error("docket: the position was not saved: \(InertText.make(session.explained(error)))")
            throw ExitStatus.cannotCreate
        }
    }
}
