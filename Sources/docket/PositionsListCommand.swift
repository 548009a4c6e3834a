import DocketText
import ArgumentParser
import DocketCore
import DocketJSON
import DocketModel
import DocketStore
import Foundation

struct PositionsListCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list",
        abstract: CLIWords.current.positionsListAbstract
    ) }

    @OptionGroup var store: StoreArgument

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.meetingHelp))
    var meeting: String

    @Flag(help: ArgumentHelp(stringLiteral: CLIWords.current.jsonPositionsHelp))
    var json = false

    @OptionGroup var identity: IdentityOptions

    func run() throws {
        let session = try MemberSession.open(try store.path(), asMember: identity.member, language: identity.language)
        let meeting = try session.meeting(self.meeting)
        let (found, problems) = session.loadPositions(meetings: [meeting.id])
        for problem in problems { Console.error(problem.description) }
        let order = meeting.agenda.compactMap(\.matter)
        let positions = found.sorted { (order.firstIndex(of: $0.position.matter) ?? 0) < (order.firstIndex(of: $1.position.matter) ?? 0) }
        if json {
            let objects: [JSONValue] = try positions.map { visible in
                guard case .object(var fields) = try JSONParser.parse(try CanonicalJSON.bytes(of: visible.position)) else { return .null }
                fields["shared"] = .bool(visible.shared)
                return .object(fields)
            }
            Console.outputJSON(CanonicalJSON.bytes(.object(["positions": .array(objects)])))
            return
        }
        let strings = session.strings
        for visible in positions {
            let position = visible.position
            let item = meeting.agenda.first { $0.matter == position.matter }
            let who = position.author == session.identity.member?.id
                ? (visible.shared ? strings.sharedWord : strings.privateWord)
                : (session.contents.committee.member(id: position.author)?.name ?? position.author)
            var line = "\(item?.printedNumber ?? "?"). \(session.contents.matters[position.matter]?.title ?? position.matter)  [\(who)]  \(strings.stance(of: position))"
            if let motivation = position.motivation { line += " — \(motivation)" }
            Console.output(InertText.make(line))
        }
    }
}
