import DocketModel

/// What a person types into the archive search: words (all must occur), the last
/// one also as the start of a word while typing, "quoted phrases" that must occur
/// as written, and filters: `dnr:`, `år:`/`year:`, `typ:`/`kind:`.
public struct SearchQuery: Sendable, Equatable {
    /// Whole words, lowercased; the last may be the start of a word.
    public var words: [String] = []
    /// Phrases, lowercased, each as its words.
    public var phrases: [[String]] = []
    public var diaryNumber: String?
    public var year: String?
    public var kind: MatterKind?
    /// The last word is being typed: it matches any word it begins.
    public var lastIsPrefix = true

    public init(_ text: String) {
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { !$0.isWhitespace }) {
            rest = rest[start...]
            if rest.first == "\"" {
                let body = rest.dropFirst()
                let end = body.firstIndex(of: "\"") ?? body.endIndex
                let phrase = SearchQuery.tokens(in: String(body[..<end]))
                if phrase.count == 1 { words += phrase } else if !phrase.isEmpty { phrases.append(phrase) }
                rest = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
                if rest.isEmpty { lastIsPrefix = false }
                continue
            }
            let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
            let term = String(rest[..<end])
            rest = rest[end...]
            if !filter(term) { words += SearchQuery.tokens(in: term) }
        }
        // A space after the last word says it is complete.
        if text.last?.isWhitespace == true { lastIsPrefix = false }
    }

    /// `dnr:SN-2026`, `år:2026`, `typ:remiss`; false when the term is a plain word.
    private mutating func filter(_ term: String) -> Bool {
        guard let colon = term.firstIndex(of: ":") else { return false }
        let name = term[..<colon].lowercased(), value = String(term[term.index(after: colon)...])
        guard !value.isEmpty else { return ["dnr", "år", "year", "typ", "kind"].contains(name) }
        switch name {
        case "dnr": diaryNumber = value.lowercased()
        case "år", "year": year = value
        case "typ", "kind": kind = SearchQuery.kinds[value.lowercased()] ?? MatterKind(rawValue: value.lowercased())
        default: return false
        }
        return true
    }

    /// The kinds of matter by the words people use for them.
    static let kinds: [String: MatterKind] = [
        "beslut": .decision, "beslutsärende": .decision, "motion": .motionResponse, "skrivelse": .motionResponse,
        "remiss": .consultationResponse, "remissvar": .consultationResponse, "information": .information, "anmälan": .information,
        "val": .appointment, "övrigt": .other,
    ]

    public var isEmpty: Bool { words.isEmpty && phrases.isEmpty && diaryNumber == nil && year == nil && kind == nil }

    /// Every word the results are to show highlighted.
    public var highlighted: [String] { words + phrases.map { $0.joined(separator: " ") } }

    /// The words of a text as the index keeps them: letters and digits, small letters; å, ä and ö are letters of their own.
    public static func tokens(in text: String) -> [String] {
        SearchText.tokens(in: text)
    }
}
