import Foundation
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
    public func findings(committee: Committee, date: String, group: UInt32, reader: StoreReader,
                         language: InterfaceLanguage = .english) -> [Finding] {
        let words = AccessWords.for(language)
        return rules.map { rule in
            let (login, writer) = Self.writer(rule.writer, committee: committee, date: date, language: language)
            let path = reader.path(rule.path)
            guard let login, let owner = SystemAccounts.userID(login) else {
                let reason = login.map(words.noAccount) ?? words.noLogin
                return Finding(path: rule.path, writer: writer, problem: words.nobodyToOwn(writer, reason), fix: words.addLogin)
            }
            let groupName = SystemAccounts.groupName(group) ?? "\(group)"
            let mode = String(rule.mode, radix: 8)
            let fixAll = "chown \(login):\(groupName) \(path) && chmod \(mode) \(path)"
            guard let actual = reader.fileSystem.ownership(at: path) else {
                return Finding(path: rule.path, writer: writer, problem: words.missing,
                               fix: rule.isFolder ? "mkdir \(path) && \(fixAll)" : "touch \(path) && \(fixAll)")
            }
            if reader.fileSystem.isSymbolicLink(at: path) {
                return Finding(path: rule.path, writer: writer, problem: words.symbolicLink, fix: "docket access --apply")
            }
            var wrong: [String] = []
            if actual.owner != owner { wrong.append(words.ownedBy(SystemAccounts.login(actual.owner) ?? "\(actual.owner)", login)) }
            if actual.group != group { wrong.append(words.group(SystemAccounts.groupName(actual.group) ?? "\(actual.group)", groupName)) }
            if actual.mode != rule.mode { wrong.append(words.mode(String(actual.mode, radix: 8), mode)) }
            guard !wrong.isEmpty else { return Finding(path: rule.path, writer: writer, problem: nil, fix: nil) }
            return Finding(path: rule.path, writer: writer, problem: wrong.joined(separator: ", "), fix: fixAll)
        }
    }

    /// The members with a login who are not in the group: they could not read the store.
    public func outsiders(committee: Committee, group: UInt32) -> [Member] {
        committee.members.filter { member in member.login.map { !SystemAccounts.isMember($0, of: group) } ?? false }
    }

    /// Makes every path as the rules say: missing member folders and journals made,
    /// owners, group and modes set. A file or folder made by an account that may not write it
    /// (a forgery in a new member's name) is never given to its rightful writer: it is moved
    /// aside into `.set-aside/`, which only the administrator reads, and said so.
    /// Returns what it changed, one line a path; nothing when all was right.
    public func apply(committee: Committee, date: String, group: UInt32, reader: StoreReader,
                      language: InterfaceLanguage = .english) throws(FileSystemError) -> [String] {
        let words = AccessWords.for(language)
        var changes: [String] = []
        let fileSystem = reader.fileSystem
        for rule in rules {
            let (login, _) = Self.writer(rule.writer, committee: committee, date: date)
            guard let login, let owner = SystemAccounts.userID(login) else { continue }
            let path = reader.path(rule.path)
            if let actual = fileSystem.ownership(at: path),
               let maker = Self.wrongMaker(actual.owner, of: rule.writer, rightful: owner, committee: committee, date: date) {
                let aside = try setAside(rule.path, madeBy: maker, reader: reader)
                changes.append(words.setAside(rule.path, maker, aside))
            } else if fileSystem.isSymbolicLink(at: path), let actual = fileSystem.ownership(at: path) {
                // A link is never given an owner or a mode: whatever it points to is not the store's.
                let maker = SystemAccounts.login(actual.owner) ?? "\(actual.owner)"
                let aside = try setAside(rule.path, madeBy: maker, reader: reader)
                changes.append(words.linkSetAside(rule.path, maker, aside))
            }
            var made = ""
            if fileSystem.ownership(at: path) == nil {
                guard rule.createdIfMissing else { continue }
                if rule.isFolder {
                    try fileSystem.createDirectory(at: path, permissions: 0o700)
                } else {
                    try fileSystem.writeFileAtomically(rule.initialContents, to: path, permissions: 0o600)
                }
                made = words.made + ", "
            }
            let wanted = FileOwnership(owner: owner, group: group, mode: rule.mode)
            guard let actual = fileSystem.ownership(at: path), actual != wanted || !made.isEmpty else { continue }
            try fileSystem.setOwnership(wanted, at: path)
            changes.append("\(rule.path): \(made)\(login):\(SystemAccounts.groupName(group) ?? "\(group)") \(String(rule.mode, radix: 8))")
        }
        return changes
    }

    /// The account that made a path and may not write it; nil when it may (its writer, root, or
    /// an account that is no member's). In a member's own folder nobody else's account may.
    static func wrongMaker(_ owner: UInt32, of writer: Rule.Writer, rightful: UInt32, committee: Committee, date: String) -> String? {
        guard owner != 0, owner != rightful else { return nil }
        let login = SystemAccounts.login(owner)
        let maker = committee.members.first { $0.login != nil && $0.login == login }
        let allowed: Bool
        switch writer {
        case .member: allowed = false
        case .chair(let meetingDate): allowed = maker.map { [.chair, .viceChair].contains($0.role(on: meetingDate ?? date)) } ?? true
        case .clerk: allowed = maker.map { member in member.terms.contains { $0.role == .clerk } } ?? true
        }
        return allowed ? nil : (login ?? "\(owner)")
    }

    /// Moves a path into the store's `.set-aside/` folder (0700, the administrator's), under a name
    /// that says where it was and who made it; returns that name, relative to the store.
    private func setAside(_ relative: String, madeBy maker: String, reader: StoreReader) throws(FileSystemError) -> String {
        let folder = reader.path(StoreAccess.setAsideDirectory)
        try reader.fileSystem.createDirectory(at: folder, permissions: 0o700)
        let name = relative.replacingOccurrences(of: "/", with: "__") + ".made-by-\(maker).\(Timestamp.noteID(Date()).dropFirst(2))"
        try reader.fileSystem.rename(reader.path(relative), to: folder + "/" + name)
        try reader.fileSystem.synchronizeDirectory(at: parentDirectory(of: reader.path(relative)))
        return StoreAccess.setAsideDirectory + "/" + name
    }

    /// The login of whoever writes, and that person in words.
    static func writer(_ writer: Rule.Writer, committee: Committee, date: String,
                       language: InterfaceLanguage = .english) -> (login: String?, words: String) {
        let words = AccessWords.for(language)
        let member: Member?
        let role: String
        switch writer {
        case .clerk:
            member = committee.members.first { $0.role(on: date) == .clerk }
            role = words.clerk
        case .chair(let meetingDate):
            member = committee.members.first { $0.role(on: meetingDate ?? date) == .chair }
            role = meetingDate.map(words.chairOn) ?? words.chair
        case .member(let id):
            member = committee.member(id: id)
            role = words.member
        }
        guard let member else { return (nil, words.nobodyHasRole(role)) }
        return (member.login, "\(member.login ?? member.id) (\(role), \(member.name))")
    }
}
