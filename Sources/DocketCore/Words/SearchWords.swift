/// What the archive search says, in each language.
public struct SearchWords: Sendable {
    public let title: String
    /// The search line's label.
    public let prompt: String
    /// What to type, shown before anything is typed.
    public let help: String
    public let nothingFound: String
    /// The archive's matters are being read before the first search.
    public let reading: String
    /// An agenda item, before its number.
    public let item: String
    /// How many matters were found, the most shown.
    public let found: @Sendable (Int, Int) -> String
    /// The other meetings a matter was on.
    public let alsoOn: @Sendable ([String]) -> String
    /// The search stopped at its most: more matters may match.
    public let stoppedAt: @Sendable (Int) -> String

    static let english = SearchWords(
        title: "Search",
        prompt: "Search the archive: ",
        help: "Type words: all must occur, the last may be the start of a word. \"A phrase\" as written. Filters: dnr:SN-2026 year:2025 kind:motion (decision, motion, remiss, information, val). Enter: to the results; Esc: back.",
        nothingFound: "Nothing found",
        reading: "Reading the archive before the first search…",
        item: "item",
        found: { count, limit in count >= limit ? "The first \(limit) matters found" : count == 1 ? "1 matter found" : "\(count) matters found" },
        alsoOn: { "also on \($0.joined(separator: ", "))" },
        stoppedAt: { "Only the first \($0) matters found are listed; more may match: narrow the search with more words or dnr:, year:, kind:" })

    static let swedish = SearchWords(
        title: "Sök",
        prompt: "Sök i arkivet: ",
        help: "Skriv ord: alla ska finnas, det sista får vara början av ett ord. \"En fras\" som den står. Filter: dnr:SN-2026 år:2025 typ:motion (beslut, motion, remiss, information, val). Enter: till träffarna; Esc: tillbaka.",
        nothingFound: "Inget hittades",
        reading: "Läser in arkivet före den första sökningen…",
        item: "ärende",
        found: { count, limit in count >= limit ? "De första \(limit) ärendena som hittades" : count == 1 ? "1 ärende hittades" : "\(count) ärenden hittades" },
        alsoOn: { "även \($0.joined(separator: ", "))" },
        stoppedAt: { "Bara de första \($0) ärendena som hittades visas; fler kan matcha: avgränsa sökningen med fler ord eller dnr:, år:, typ:" })
}
