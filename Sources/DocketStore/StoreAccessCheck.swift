import DocketModel

/// `docket access`: the store as it is, against the rules; and the changes that make it so.
extension StoreAccess {
    /// One path: as it should be, or what is wrong and the command that fixes it.
    public struct Finding: Equatable, Sendable {
        public let path: String
        /// Who writes it, in words: "eva (the clerk, Eva Lundgren)".
        public let writer: String
        /// Nil when the path is as it should be.
        public let problem: String?
        public let fix: String?
    }

    /// Each rule's path checked against the accounts of `committee` (roles on `date`) and `group`.
    public func findings(committee: Committee, date: String, group: UInt32, reader: StoreReader) -> [Finding] {
        rules.map { rule in
            let (login, writer) = Self.writer(rule.writer, committee: committee, date: date)
            let path = reader.path(rule.path)
            guard let login, let owner = SystemAccounts.userID(login) else {
                let reason = login.map { "the login \"\($0)\" is no account on this system" } ?? "no login in committee.json"
                return Finding(path: rule.path, writer: writer, problem: "nobody to own it: \(writer) has \(reason)",
                               fix: "add the login to committee.json and the account to the system")
            }
            let groupName = SystemAccounts.groupName(group) ?? "\(group)"
            let mode = String(rule.mode, radix: 8)
            let fixAll = "chown \(login):\(groupName) \(path) && chmod \(mode) \(path)"
            guard let actual = reader.fileSystem.ownership(at: path) else {
                return Finding(path: rule.path, writer: writer, problem: "missing: --apply makes it, so that nobody else can make it first",
                               fix: rule.isFolder ? "mkdir \(path) && \(fixAll)" : "touch \(path) && \(fixAll)")
            }
            var wrong: [String] = []
            if actual.owner != owner { wrong.append("owned by \(SystemAccounts.login(actual.owner) ?? "\(actual.owner)"), not \(login)") }
            if actual.group != group { wrong.append("group \(SystemAccounts.groupName(actual.group) ?? "\(actual.group)"), not \(groupName)") }
            if actual.mode != rule.mode { wrong.append("mode \(String(actual.mode, radix: 8)), not \(mode)") }
            guard !wrong.isEmpty else { return Finding(path: rule.path, writer: writer, problem: nil, fix: nil) }
            return Finding(path: rule.path, writer: writer, problem: wrong.joined(separator: ", "), fix: fixAll)
        }
    }

    /// The members with a login who are not in the group: they could not read the store.
    public func outsiders(committee: Committee, group: UInt32) -> [Member] {
        committee.members.filter { member in member.login.map { !SystemAccounts.isMember($0, of: group) } ?? false }
    }

    /// Makes every path as the rules say: missing member folders and journals made,
    /// owners, group and modes set. Returns what it changed, one line a path; nothing when all was right.
    public func apply(committee: Committee, date: String, group: UInt32, reader: StoreReader) throws(FileSystemError) -> [String] {
        var changes: [String] = []
        let fileSystem = reader.fileSystem
        for rule in rules {
            let (login, _) = Self.writer(rule.writer, committee: committee, date: date)
            guard let login, let owner = SystemAccounts.userID(login) else { continue }
            let path = reader.path(rule.path)
            var made = ""
            if fileSystem.ownership(at: path) == nil {
                guard rule.createdIfMissing else { continue }
                if rule.isFolder {
                    try fileSystem.createDirectory(at: path, permissions: 0o700)
                } else {
                    try fileSystem.writeFileAtomically(rule.initialContents, to: path, permissions: 0o600)
                }
                made = "made, "
            }
            let wanted = FileOwnership(owner: owner, group: group, mode: rule.mode)
            guard let actual = fileSystem.ownership(at: path), actual != wanted || !made.isEmpty else { continue }
            try fileSystem.setOwnership(wanted, at: path)
            changes.append("\(rule.path): \(made)\(login):\(SystemAccounts.groupName(group) ?? "\(group)") \(String(rule.mode, radix: 8))")
        }
        return changes
    }

    /// The login of whoever writes, and that person in words.
    static func writer(_ writer: Rule.Writer, committee: Committee, date: String) -> (login: String?, words: String) {
        let member: Member?
        let role: String
        switch writer {
        case .clerk:
            member = committee.members.first { $0.role(on: date) == .clerk }
            role = "the clerk"
        case .chair:
            member = committee.members.first { $0.role(on: date) == .chair }
            role = "the chair"
        case .member(let id):
            member = committee.member(id: id)
            role = "the member"
        }
        guard let member else { return (nil, "\(role) (nobody has that role)") }
        return (member.login, "\(member.login ?? member.id) (\(role), \(member.name))")
    }
}
