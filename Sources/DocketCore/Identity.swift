import DocketModel

/// Who is using Docket, and what they may do. Resolved once at start:
/// `--as MEMBER_ID`, else `$DOCKET_USER`, else `$USER` matched to a login name.
public struct Identity: Sendable, Equatable {
    /// Nil for an unidentified person in a real store: a read-only session.
    public let member: Member?
    public let role: MemberRole?
    /// Shown until the person identifies themselves properly.
    public let banner: String?

    public var canWrite: Bool { member != nil }

    public init(member: Member?, role: MemberRole?, banner: String?) {
        self.member = member
        self.role = role
        self.banner = banner
    }

    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case unknownMember(String, known: [String])

        public var description: String {
            switch self {
            case .unknownMember(let id, let known):
                return "no member with id \"\(id)\" in this store; the ids are: \(known.joined(separator: ", "))"
            }
        }
    }

    public static func resolve(store: StoreContents, asMember: String?, environment: [String: String],
                               today: String) throws(Failure) -> Identity {
        let committee = store.committee
        let ids = committee.members.map(\.id)
        if let id = asMember ?? environment["DOCKET_USER"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard let member = committee.member(id: id) else { throw .unknownMember(id, known: ids) }
            return Identity(member: member, role: member.role(on: today) ?? member.terms.last?.role, banner: nil)
        }
        if let login = environment["USER"], let member = committee.members.first(where: { $0.login == login }) {
            return Identity(member: member, role: member.role(on: today) ?? member.terms.last?.role, banner: nil)
        }
        let user = environment["USER"] ?? "?"
        if store.manifest.isDemo, let member = committee.members.first(where: { $0.role(on: today) == .member }) {
            return Identity(member: member, role: .member, banner: Strings.english.demoBanner(user, member.name, ids.joined(separator: ", ")))
        }
        return Identity(member: nil, role: nil, banner: Strings.english.readOnlyBanner(user, ids.joined(separator: ", ")))
    }
}
