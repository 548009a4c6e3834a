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
    /// ASCII is folded without allocating; it is most of any text.
    static func fold(_ cluster: Character) -> Character {
        if let ascii = cluster.asciiValue {
            return ascii >= 0x41 && ascii <= 0x5A ? Character(Unicode.Scalar(ascii | 0x20)) : cluster
        }
        let lower = cluster.lowercased()
        return lower.count == 1 ? Character(lower) : cluster
    }
}
