import ArgumentParser
import DocketModel

/// `--role R --from D [--to D]`: a term of office, as member add and edit take it.
struct TermOptions: ParsableArguments {
    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.roleHelp))
    var role: String?

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.fromHelp))
    var from: String?

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.toHelp))
    var to: String?

    /// The term given, or nil when no role was.
    var term: MembershipTerm? {
        guard let role = role.flatMap(Self.role), let from else { return nil }
        return MembershipTerm(role: role, from: from, to: to)
    }

    /// A role by its name in either language: "ordförande" or "chair", "vice-ordförande" or "vice-chair".
    static func role(_ name: String) -> MemberRole? {
        let swedish: [String: MemberRole] = ["ordförande": .chair, "vice-ordförande": .viceChair, "vice ordförande": .viceChair,
                                             "ledamot": .member, "ersättare": .substitute, "sekreterare": .clerk]
        return MemberRole(rawValue: name.lowercased()) ?? swedish[name.lowercased()]
    }

    func validate(requiringRole: Bool) throws {
        let words = PreparationWords.current
        if let role, Self.role(role) == nil {
            throw ValidationError(words.roleHelp)
        }
        if requiringRole || role != nil {
            guard role != nil, let from else { throw ValidationError(words.roleHelp + " " + words.fromHelp) }
            guard CalendarDate.isValid(from) else { throw ValidationError(words.badDate(from)) }
        }
        if let to {
            guard CalendarDate.isValid(to) else { throw ValidationError(words.badDate(to)) }
            if let from, to < from { throw ValidationError(words.badDate(to)) }
        }
    }
}
