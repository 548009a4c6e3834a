import DocketModel

/// Who is using Docket, and what they may do. Resolved once at start. In a
/// shared store, from the operating system's account (the real user id's login
/// name) matched to a member's `login`: `--as` and `$DOCKET_USER` may only name
/// that same person. In the demo and a local store: `--as MEMBER_ID`, else
/// `$DOCKET_USER`, else `$USER` matched to a login name.
public struct Identity: Sendable, Equatable {
    /// Nil for an unidentified person in a real store: a read-only session.
    public let member: Member?
    public let role: MemberRole?
    /// Shown until the person identifies themselves properly.
    public let banner: Banner?

    /// Why the session is read-only or guessed; the words are the interface's (`Strings.banner`).
    public enum Banner: Sendable, Equatable {
        /// A shared store: the account's login is no member's.
        case unknownAccount(login: String)
        /// The demo made you its first member.
        case demo(user: String, member: String, ids: [String])
        /// A local store with nobody identified.
        case readOnly(user: String, ids: [String])
    }

    public var canWrite: Bool { member != nil }

    public init(member: Member?, role: MemberRole?, banner: Banner?) {
        self.member = member
        self.role = role
        self.banner = banner
    }

    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case unknownMember(String, known: [String])
        /// In a shared store, `--as` or `$DOCKET_USER` named someone other than the account's member.
        case notYou(named: String, account: String, member: String?)

        public var description: String { description(in: .english) }

        public func description(in language: InterfaceLanguage) -> String {
            if language == .swedish {
                switch self {
                case .unknownMember(let id, let known):
                    return "det finns ingen ledamot med id \"\(id)\" i arkivet; id:na är: \(known.joined(separator: ", "))"
                case .notYou(let named, let account, let member?):
                    return "du är inloggad som \"\(account)\", det vill säga \(member): i det här delade arkivet kan --as och DOCKET_USER bara ange dig själv, inte \"\(named)\""
                case .notYou(let named, let account, nil):
                    return "du är inloggad som \"\(account)\", som inte är någon ledamots inloggning: i det här delade arkivet kan --as och DOCKET_USER inte göra dig till \"\(named)\"; sekreteraren kan föra in din inloggning i committee.json"
                }
            }
            switch self {
            case .unknownMember(let id, let known):
                return "no member with id \"\(id)\" in this store; the ids are: \(known.joined(separator: ", "))"
            case .notYou(let named, let account, let member?):
                return "you are logged in as \"\(account)\", that is \(member): in this shared store --as and DOCKET_USER can only name yourself, not \"\(named)\""
            case .notYou(let named, let account, nil):
                return "you are logged in as \"\(account)\", which is no member's login: in this shared store --as and DOCKET_USER cannot make you \"\(named)\"; the clerk can add your login to committee.json"
            }
        }
    }

    /// `account` is the operating system's login name of the real user id.
    public static func resolve(store: StoreContents, asMember: String?, environment: [String: String],
                               account: String?, today: String) throws(Failure) -> Identity {
        let committee = store.committee
        let named = asMember ?? environment["DOCKET_USER"].flatMap { $0.isEmpty ? nil : $0 }
        if store.manifest.identitySource == .accounts {
            // $USER is only a variable: it never says who someone is here.
            let member = account.flatMap { login in committee.members.first { $0.login == login } }
            if let named, named != member?.id {
                throw .notYou(named: named, account: account ?? "?", member: member.map(\.name))
            }
            guard let member else {
                return Identity(member: nil, role: nil, banner: .unknownAccount(login: account ?? "?"))
            }
            return Identity(member: member, role: member.role(on: today) ?? member.terms.last?.role, banner: nil)
        }
        let ids = committee.members.map(\.id)
        if let id = named {
            guard let member = committee.member(id: id) else { throw .unknownMember(id, known: ids) }
            return Identity(member: member, role: member.role(on: today) ?? member.terms.last?.role, banner: nil)
        }
        if let login = environment["USER"], let member = committee.members.first(where: { $0.login == login }) {
            return Identity(member: member, role: member.role(on: today) ?? member.terms.last?.role, banner: nil)
        }
        let user = environment["USER"] ?? "?"
        if store.manifest.isDemo, let member = committee.members.first(where: { $0.role(on: today) == .member }) {
            return Identity(member: member, role: .member, banner: .demo(user: user, member: member.name, ids: ids))
        }
        return Identity(member: nil, role: nil, banner: .readOnly(user: user, ids: ids))
    }
}
