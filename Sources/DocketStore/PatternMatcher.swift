/// A schema's `pattern`, compiled once. The whole text must match, so a trailing
/// newline never slips past a `$` as it can with search-style matching.
/// A pattern that does not compile is refused with its schema (`SchemaAudit`),
/// and would match nothing here, never everything.
///
/// Shared by the threads that load a store's files at once: the expression is
/// compiled and run once here, so that afterwards matching only reads it.
struct PatternMatcher: @unchecked Sendable {
    private let expression: Regex<AnyRegexOutput>?

    init(_ pattern: String) {
        expression = try? Regex(pattern)
        _ = try? expression?.wholeMatch(in: "")
    }

    func matches(_ text: String) -> Bool {
        guard let expression else { return false }
        return (try? expression.wholeMatch(in: text)) != nil
    }
}
