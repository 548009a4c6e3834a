import DocketText
import ArgumentParser
import DocketModel
import DocketRuntime
import DocketStore
import Foundation

struct PositionsSetCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "set",
        abstract: CLIWords.current.positionsSetAbstract
    ) }

    @OptionGroup var store: StoreArgument

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.meetingHelp))
    var meeting: String

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.matterHelp))
    var matter: String

    enum Stance: String, SwedishArgument {
        case support, oppose, abstain, own, none

        static let swedishNames: [Stance: String] = [.support: "bifall", .oppose: "avslag", .abstain: "avstår", .own: "eget", .none: "ingen"]
    }

    enum Kind: String, SwedishArgument {
        case amendment, addition
        case referralBack = "referral-back"
        case tabling

        static let swedishNames: [Kind: String] = [.amendment: "ändring", .addition: "tillägg", .referralBack: "återremiss", .tabling: "bordläggning"]
    }

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.stanceHelp))
    var stance: Stance

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.kindHelp))
    var kind: Kind?

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.proposalTextHelp))
    var text: String?

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.motivationHelp))
    var motivation: String?

    @Flag(help: ArgumentHelp(stringLiteral: CLIWords.current.positionSharedHelp))
    var shared = false

    @OptionGroup var identity: IdentityOptions

    func validate() throws {
        if stance == .own {
            guard kind != nil, let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError(CLIWords.current.ownNeedsKindAndText)
            }
        } else if kind != nil || text != nil {
            throw ValidationError(CLIWords.current.kindOnlyForOwn(stance.spoken))
        }
        if stance == .none, motivation != nil || shared {
            throw ValidationError(CLIWords.current.noneHasNothing)
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
            Console.error("docket: " + CLIWords.current.notOnAgenda(matter.id, meeting.id))
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
            Console.error("docket: " + CLIWords.current.positionNotSaved(InertText.make(session.explained(error))))
            throw ExitStatus.cannotCreate
        }
        if let chosen = Position.Stance(rawValue: stance.rawValue) {
            let named = session.strings.stanceNames[chosen] ?? chosen.rawValue
            Console.output(InertText.make(CLIWords.current.positionSaved(matter.title, own.map { "\(named): \($0.text)" } ?? named, shared)))
        } else {
            Console.output(InertText.make(CLIWords.current.positionCleared(matter.title)))
        }
    }
}
