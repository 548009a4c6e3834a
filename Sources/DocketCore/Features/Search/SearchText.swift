import DocketText

/// Words and matches as the archive search sees them, worked out on UTF-8 bytes
/// because an archive holds hundreds of megabytes of text: letters and digits
/// make words; A–Z and the Latin-1 capitals (Å, Ä, Ö, É…) fold to small letters on
/// the bytes, other scripts' capitals word by word; å stays å and never becomes a.
enum SearchText {
    /// The bytes of a text with its capitals made small, and where each word starts and ends.
    static func words(in text: String) -> [ArraySlice<UInt8>] {
        let bytes = lowered(text)
        var words: [ArraySlice<UInt8>] = []
        var start: Int?
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if isWordPart(bytes, at: index, length: length) {
                if start == nil { start = index }
            } else if let first = start {
                words.append(bytes[first..<index])
                start = nil
            }
            index += length
        }
        if let first = start { words.append(bytes[first..<bytes.count]) }
        return words
    }

    /// The text's words as strings, small letters.
    static func tokens(in text: String) -> [String] {
        words(in: text).map(token)
    }

    /// A word as the index keeps it; beyond Latin-1 (Greek, Cyrillic…) the few such words are made small the slow way.
    static func token(_ word: ArraySlice<UInt8>) -> String {
        let text = String(decoding: word, as: UTF8.self)
        return word.contains(where: { $0 >= 0xC4 }) ? text.lowercased() : text
    }

    /// The UTF-8 bytes with A–Z and the two-byte Latin-1 capitals folded (C3 80–9E but ×, to C3 A0–BE).
    static func lowered(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A {
                bytes[index] = byte | 0x20
            } else if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9E, bytes[index + 1] != 0x97 {
                bytes[index + 1] += 0x20
                index += 1
            }
            index += 1
        }
        return bytes
    }

    /// Whether a text holds the (already lowered) bytes, and where: the first match, as an index into the text.
    static func firstMatch(of needle: [UInt8], in text: String) -> String.Index? {
        guard let match = TextSearch.occurrences(of: needle, in: lowered(text), limit: 1).first else { return nil }
        // Folding keeps every byte in place, so the offset is the text's own.
        return text.utf8.index(text.utf8.startIndex, offsetBy: match.lowerBound)
    }

    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        return min(length, bytes.count - index)
    }

    /// ASCII letters and digits; beyond ASCII, letters, but not Latin-1 signs (C2 …, such as §, « and »),
    /// the × and ÷ signs, nor general punctuation (E2 80 …, such as – and …).
    private static func isWordPart(_ bytes: [UInt8], at index: Int, length: Int) -> Bool {
        let byte = bytes[index]
        if length == 1 { return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) }
        if byte == 0xC2 { return false }
        if byte == 0xC3 { return bytes[index + 1] != 0x97 && bytes[index + 1] != 0xB7 }
        if byte == 0xE2 { return false }
        return true
    }
}
