/// A schema's `pattern`, compiled once. The whole text must match, so a trailing
/// newline never slips past a `$` as it can with search-style matching.
/// Not Sendable, as Regex is not: a schema set is built and used within one task.
/// A pattern that does not compile is refused with its schema (`SchemaAudit`),
/// and would match nothing here, never everything.
struct PatternMatcher {
    private let expression: Regex<AnyRegexOutput>?

    init(_ pattern: String) {
        expression = try? Regex(pattern)
    }

    func matches(_ text: String) -> Bool {
        guard let expression else { return false }
        return (try? expression.wholeMatch(in: text)) != nil
    }
}
