import Glibc

/// The operating system's account of the real user id: who is at the keyboard
/// in a shared store, whatever the environment says.
enum SystemAccount {
    static var login: String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}
