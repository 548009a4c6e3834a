/// A report file's bytes as text: UTF-8 when they are, else Windows-1252 (Latin-1
/// with typographic quotes and dashes), which older document systems in Sweden
/// still export; nil for a file that is not text at all (it holds NUL bytes).
/// A UTF-8 text with a few damaged bytes stays UTF-8: one bad byte must not turn
/// every å of a report into "Ã¥". Its bad bytes are shown as � and counted.
public enum ReportEncoding {
    public static func text(from bytes: [UInt8]) -> String? {
        decode(bytes)?.text
    }

    /// The text and how many bytes of it were not UTF-8 in a text that otherwise is (0 when none, or when read as Windows-1252).
    public static func decode(_ bytes: [UInt8]) -> (text: String, invalidBytes: Int)? {
        guard !bytes.contains(0) else { return nil }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, 0) }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var multibyte = 0, invalid = 0
        scanning: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar.value >= 0x80 { multibyte += 1 }
            case .error: invalid += 1
            case .emptyInput: break scanning
            }
        }
        // Letters written as UTF-8 outnumber the bytes that are not: a UTF-8 text with damage.
        if multibyte >= invalid { return (String(decoding: bytes, as: UTF8.self), invalid) }
        return (windows1252(bytes), 0)
    }

    private static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(windows1252Differences[byte].flatMap(Unicode.Scalar.init) ?? Unicode.Scalar(byte))
        }
        return String(scalars)
    }

    /// Where Windows-1252 differs from Latin-1: the printable characters of 0x80–0x9F.
    private static let windows1252Differences: [UInt8: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x89: 0x2030,
        0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C,
        0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161,
        0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
}
