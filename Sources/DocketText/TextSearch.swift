/// Case-insensitive matching as a Swedish reader expects it: Å matches å, Ä
/// matches ä, Ö matches ö, but å never matches a: they are different letters.
/// Comparison is per grapheme cluster, so a match never splits one.
public enum TextSearch {
    /// The cluster offsets at which `query` occurs in `text`, left to right, not overlapping.
    public static func matches(of query: String, in text: String) -> [Range<Int>] {
        let needle = query.map(fold)
        guard !needle.isEmpty else { return [] }
        let haystack = text.map(fold)
        guard haystack.count >= needle.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == needle[0], Array(haystack[start..<start + needle.count]) == needle {
                found.append(start..<start + needle.count)
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }

    public static func contains(_ query: String, in text: String) -> Bool {
        !matches(of: query, in: text).isEmpty
    }

    /// Lowercasing only: no diacritic folding, which would equate å with a.
    static func fold(_ cluster: Character) -> String {
        cluster.lowercased()
    }
}
