import DocketModel

/// In a store whose people are the system's accounts, each member's own files — shared
/// notes, positions, journal — count only when that member's account made them. The
/// operating system keeps a member's folder theirs once `docket access --apply` has run;
/// this catches a file another member made there first (a forgery in a new member's name).
/// Root's files are the administrator's (an import, a restored backup) and count.
public struct MemberAccounts: Sendable {
    /// Member id → login.
    let logins: [String: String]

    /// Nil where people are not accounts (a local store, the demo): there, files have no makers to judge.
    public init?(committee: Committee?, manifest: StoreManifest?) {
        guard let committee, manifest?.identitySource == .accounts else { return nil }
        logins = Dictionary(committee.members.compactMap { member in member.login.map { (member.id, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Read from the store's manifest and committee, for a command that loads nothing else.
    public init?(reader: StoreReader) {
        self.init(committee: reader.read(Committee.self, at: StoreLayout.committee, schema: StoreSchema.committee).0,
                  manifest: reader.read(StoreManifest.self, at: StoreLayout.manifest, schema: StoreSchema.manifest).0)
    }

    public init?(_ contents: StoreContents) {
        self.init(committee: contents.committee, manifest: contents.manifest)
    }

    /// Why `path`, one of `member`'s own files, is not used; nil when its maker may write it.
    func foreignMaker(of path: String, member: String, fileSystem: any FileSystem) -> StoreProblem? {
        guard let owner = fileSystem.ownership(at: path)?.owner, owner != 0 else { return nil }
        let maker = SystemAccounts.login(owner)
        guard maker == nil || maker != logins[member] else { return nil }
        let expected = logins[member].map { "the account \($0)" } ?? "no account (\(member) has no login)"
        return StoreProblem(file: path, place: .file, kind: .notUsed,
                            message: "made by the account \(maker ?? "\(owner)"), not by \(expected) whose file it is: not used")
    }
}
