/// Text from store files is untrusted: before it reaches a terminal, control
/// characters and bidirectional overrides become visible escapes.
public enum InertText {
    /// One line: every control character, line breaks too, as a visible escape.
    public static func make(_ text: String) -> String {
        escaping(text) { isUnsafe($0) }
    }

    /// Text of several lines (a listing, the minutes): line feeds and tabs stay, every other control character is escaped.
    public static func lines(_ text: String) -> String {
        escaping(text) { $0 != "\n" && $0 != "\t" && isUnsafe($0) }
    }

    /// JSON text, where a control character can only stand inside a string:
    /// each becomes a JSON escape, so the value is the same and the bytes are inert.
    public static func json(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar != "\n" && isUnsafe(scalar) {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func escaping(_ text: String, _ unsafe: (Unicode.Scalar) -> Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if unsafe(scalar) {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
