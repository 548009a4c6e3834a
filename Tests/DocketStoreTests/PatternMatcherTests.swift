@testable import DocketStore
import Testing

@Suite("Schema patterns")
struct PatternMatcherTests {
    static let id = "^[a-z0-9]+(-[a-z0-9]+)*$"
    static let date = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

    @Test("ids and dates matched by hand exactly as the pattern would", arguments: [
        "anna-berg", "a", "9", "sn-2026-0317", "-anna", "anna-", "anna--berg", "Anna", "anna berg", "anna_berg", "åsa", "", "anna-berg\n",
        "2026-12-10", "2026-1-10", "20261210", "2026-12-10 ", "2026/12/10", "２026-12-10",
    ])
    func sameAsRegex(_ text: String) throws {
        for pattern in [PatternMatcherTests.id, PatternMatcherTests.date] {
            let expected = try Regex(pattern).wholeMatch(in: text) != nil && !text.hasSuffix("\n")
            #expect(PatternMatcher(pattern).matches(text) == expected, "\(pattern) on \(text.debugDescription)")
        }
    }
}
