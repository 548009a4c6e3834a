/// Rules for paths written inside store files.
public enum StorePath {
    /// True when a relative path stays inside the store: no leading /, no `..`,
    /// no empty or `.` parts, no backslashes and no control characters.
    public static func isConfined(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
