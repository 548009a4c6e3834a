/// Case-insensitive matching as a Swedish reader expects it: Å matches å, Ä
/// matches ä, Ö matches ö, but å never matches a: they are different letters.
/// Comparison is per grapheme cluster, so a match never splits one.
public enum TextSearch {
    /// The cluster offsets at which `query` occurs in `text`, left to right, not overlapping.
    public static func matches(of query: String, in text: String) -> [Range<Int>] {
        if let needle = latinFolded(query), let haystack = latinFolded(text) { return occurrences(of: needle, in: haystack) }
        return occurrences(of: query.map(fold), in: text.map(fold))
    }

    /// Most text is ASCII and Latin-1, where every scalar is a character of its own: folded scalar by
    /// scalar, its offsets are the clusters' offsets. Nil for anything else (a CR, beyond U+00FF).
    static func latinFolded(_ text: String) -> [UInt32]? {
        var folded: [UInt32] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A: folded.append(value | 0x20)
            case 0x0D: return nil
            case 0xC0...0xDE where value != 0xD7: folded.append(value + 0x20)
            case 0...0xFF: folded.append(value)
            default: return nil
            }
        }
        return folded
    }

    /// Where a sequence occurs in another, left to right, not overlapping; at most `limit` times.
    public static func occurrences<Element: Equatable>(of needle: [Element], in haystack: [Element], limit: Int = .max) -> [Range<Int>] {
        guard let first = needle.first, haystack.count >= needle.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start <= haystack.count - needle.count, found.count < limit {
            if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) {
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
