/// Whether a text reads as Swedish at all: a report is refused only when it is not one,
/// and a text in another language (an OParl paper in German, say) is not a report of this committee.
public enum ReportLanguage {
    /// Words every Swedish text of some length is full of.
    static let commonWords: Set<String> = [
        "och", "att", "som", "för", "på", "är", "av", "med", "till", "den", "det", "har", "inte", "ett", "en", "om",
        "vid", "samt", "de", "nämnden", "förvaltningen", "kommunen", "ska", "kan", "från",
    ]

    public static func isSwedish(_ text: String) -> Bool {
        var words = 0, common = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(5_000) {
            words += 1
            if commonWords.contains(String(word)) { common += 1 }
        }
        guard words >= 20 else { return common > 0 || text.contains(where: { "åäöÅÄÖ".contains($0) }) }
        // In Swedish prose one word in five or so is one of these; in German or English hardly any.
        return Double(common) / Double(words) >= 0.04
    }
}
