/// A schema's `pattern`, compiled once. The whole text must match, so a trailing
/// newline never slips past a `$` as it can with search-style matching.
/// A pattern that does not compile is refused with its schema (`SchemaAudit`),
/// and would match nothing here, never everything.
///
/// The id and date patterns are checked on every id and date of an archive:
/// those are matched by hand, byte by byte, and any other pattern by `Regex`.
/// Shared by the threads that load a store's files at once: the expression is
/// compiled and run once here, so that afterwards matching only reads it.
struct PatternMatcher: @unchecked Sendable {
    private let expression: Regex<AnyRegexOutput>?
    private let known: KnownPattern?

    init(_ pattern: String) {
        known = KnownPattern(rawValue: pattern)
        expression = try? Regex(pattern)
        _ = try? expression?.wholeMatch(in: "")
    }

    func matches(_ text: String) -> Bool {
        if let known { return known.matches(Array(text.utf8)) }
        guard let expression else { return false }
        return (try? expression.wholeMatch(in: text)) != nil
    }
}

/// The schemas' patterns for ids and dates, as written in `common.schema.json`.
private enum KnownPattern: String {
    case id = "^[a-z0-9]+(-[a-z0-9]+)*$"
    case isoDate = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

    func matches(_ bytes: [UInt8]) -> Bool {
        switch self {
        case .id:
            // Runs of a–z and 0–9 joined by single hyphens, neither first nor last.
            guard let first = bytes.first, let last = bytes.last, first != 0x2D, last != 0x2D else { return false }
            var previousHyphen = false
            for byte in bytes {
                if byte == 0x2D {
                    if previousHyphen { return false }
                    previousHyphen = true
                } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    previousHyphen = false
                } else {
                    return false
                }
            }
            return true
        case .isoDate:
            guard bytes.count == 10 else { return false }
            return bytes.indices.allSatisfy { index in
                index == 4 || index == 7 ? bytes[index] == 0x2D : (bytes[index] >= 0x30 && bytes[index] <= 0x39)
            }
        }
    }
}
