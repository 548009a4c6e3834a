import DocketText
import Foundation
import Testing

@Suite("Display width and inert text")
struct TextMetricsTests {
    let metrics: TextMetrics = {
        _ = Fixtures.demo  // sets the UTF-8 locale wcwidth needs
        return TextMetrics()
    }()

    @Test("widths follow the documented rule", arguments: [
        ("a", 1), ("å", 1), ("Å", 1), ("会", 2), ("😀", 2), ("👩‍👩‍👧", 2), ("❤️", 1), ("🇸🇪", 2),
        ("e\u{301}", 1), ("한", 2), ("ｱ", 1), ("\u{1B}", 2), ("\u{7F}", 2), ("\r", 2), ("\u{202E}", 1), ("\u{85}", 1),
    ])
    func width(text: String, columns: Int) {
        #expect(metrics.width(of: text) == columns, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test("control characters become caret notation or U+FFFD")
    func inert() {
        #expect(metrics.glyphs(for: "\u{1B}").map(\.text) == ["^", "["])
        #expect(metrics.glyphs(for: "\u{07}").map(\.text) == ["^", "G"])
        #expect(metrics.glyphs(for: "\r\n").map(\.text) == ["^", "M"])
        #expect(metrics.glyphs(for: "\u{202E}").map(\.text) == ["\u{FFFD}"])
        #expect(metrics.glyphs(for: "\t").map(\.text) == [" "])
        #expect(metrics.glyphs(for: "\u{301}").map(\.text) == ["\u{A0}\u{301}"])
    }

    @Test("ASCII-only terminals get ? for anything else")
    func asciiOnly() {
        let ascii = TextMetrics(asciiOnly: true)
        #expect(ascii.glyphs(for: "å").map(\.text) == ["?"])
        #expect(ascii.width(of: "会議") == 2)
        #expect(ascii.glyphs(for: "\u{202E}").map(\.text) == ["?"])
    }

    @Test("wrapping keeps clusters whole, breaks at spaces, and fits the width")
    func wrapping() {
        let wrapper = TextWrapper(metrics: metrics)
        #expect(wrapper.wrap("att nämnden godkänner rapporten", width: 12) == ["att nämnden", "godkänner", "rapporten"])
        #expect(wrapper.wrap("会議会議会議", width: 5) == ["会議", "会議", "会議"])
        #expect(wrapper.wrap("👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", width: 4) == ["👩‍👩‍👧👩‍👩‍👧", "👩‍👩‍👧"])
        #expect(wrapper.wrap("rad ett\nrad två", width: 40) == ["rad ett", "rad två"])
        #expect(wrapper.wrap("", width: 10) == [""])
        #expect(wrapper.truncate("Sammanträdesrum Klarälven", width: 10) == "Sammanträ…")
        #expect(wrapper.truncate("会議会議", width: 4) == "会…")
    }
}

@Suite("Work bounded by what is visible")
struct VisibleWorkTests {
    /// Ten million characters: measuring or wrapping all of it for one row would block the interface for seconds.
    static let huge = "Verksamhetsplan " + String(repeating: "ordet långt ", count: 800_000)

    @Test("truncating reads only as far as the width")
    func truncate() {
        let wrapper = TextWrapper(metrics: TextMetrics())
        #expect(wrapper.truncate(Self.huge, width: 30) == "Verksamhetsplan ordet långt o…")
        #expect(wrapper.truncate("kort", width: 30) == "kort")
        #expect(wrapper.truncate("precis", width: 6) == "precis")
        #expect(wrapper.truncate("precis!", width: 6) == "preci…")
    }

    @Test("a heading wraps to at most its lines, the last cut with …")
    func heading() {
        let wrapper = TextWrapper(metrics: TextMetrics())
        #expect(wrapper.wrap(Self.huge, width: 30, atMost: 2) == ["Verksamhetsplan ordet långt", "ordet långt ordet långt ordet…"])
        #expect(wrapper.wrap("Två rader ryms här", width: 10, atMost: 2) == ["Två rader", "ryms här"])
    }
}

@Suite("Widths whatever the process's locale")
struct LocaleIndependenceTests {
    @Test("wide, combining and emoji widths are the same under the C locale as under a UTF-8 one")
    func underTheCLocale() {
        let metrics = TextMetrics()
        let samples = ["日本語", "Åsbro", "e\u{301}", "👍🏽", "🇸🇪", "한국"]
        let expected = samples.map { metrics.width(of: $0) }
        #expect(expected == [6, 5, 1, 2, 2, 4])
        let saved = String(cString: setlocale(LC_CTYPE, nil))
        setlocale(LC_CTYPE, "C")
        defer { setlocale(LC_CTYPE, saved) }
        #expect(samples.map { metrics.width(of: $0) } == expected)
    }
}
