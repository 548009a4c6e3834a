/// The rule for ids, the only user-chosen text that appears in file paths.
public enum StoreIdentifier {
    /// Lowercase ASCII letters and digits in runs joined by single hyphens, at most 100 long.
    /// One pass over the bytes: a store's folder of matters holds thousands of names.
    public static func isValid(_ text: String) -> Bool {
        var count = 0
        var previous: UInt8 = 0x2D
        for byte in text.utf8 {
            count += 1
            let isHyphen = byte == 0x2D
            guard count <= 100, isHyphen ? previous != 0x2D : (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else {
                return false
            }
            previous = byte
        }
        return count > 0 && previous != 0x2D
    }
}
