/// The rule for ids, the only user-chosen text that appears in file paths.
public enum StoreIdentifier {
    /// Lowercase ASCII letters and digits in runs joined by single hyphens, at most 100 long.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 100, text.first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
