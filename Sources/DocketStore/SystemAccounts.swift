import Glibc

/// The operating system's accounts and groups, by name and number.
public enum SystemAccounts {
    public static func userID(_ login: String) -> UInt32? {
        getpwnam(login).map { $0.pointee.pw_uid }
    }

    public static func login(_ id: UInt32) -> String? {
        getpwuid(id).flatMap { $0.pointee.pw_name.map { String(cString: $0) } }
    }

    public static func groupID(_ name: String) -> UInt32? {
        getgrnam(name).map { $0.pointee.gr_gid }
    }

    public static func groupName(_ id: UInt32) -> String? {
        getgrgid(id).flatMap { $0.pointee.gr_name.map { String(cString: $0) } }
    }

    /// Whether the account belongs to the group, as its primary group or a supplementary one.
    public static func isMember(_ login: String, of group: UInt32) -> Bool {
        if let account = getpwnam(login), account.pointee.pw_gid == group { return true }
        guard let entry = getgrgid(group), var member = entry.pointee.gr_mem else { return false }
        while let name = member.pointee {
            if String(cString: name) == login { return true }
            member += 1
        }
        return false
    }
}
