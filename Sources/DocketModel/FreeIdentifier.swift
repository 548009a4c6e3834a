import Foundation

/// The ids Docket gives what people add: the first of `prefix-1`, `prefix-2`, …
/// that is not taken (an extra item, a vote, a proposal put), or an id made from
/// a name or a diary number (a committee, a member, an imported matter).
public enum FreeIdentifier {
    public static func first(_ prefix: String, notIn taken: Set<String>) -> String {
        var number = 1
        while taken.contains("\(prefix)-\(number)") { number += 1 }
        return "\(prefix)-\(number)"
    }

    /// `base`, else `base-2`, `base-3`, … whichever is not taken.
    public static func free(_ base: String, notIn taken: Set<String>) -> String {
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }

    /// "Socialnämnden" → "socialnamnden", "118-520/2003" → "118-520-2003": the id rule's
    /// lowercase letters and digits in runs joined by single hyphens; empty when the text has none.
    public static func from(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "sv_SE")).lowercased()
        let words = folded.unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
        return String(words.map { String(String.UnicodeScalarView($0)) }.joined(separator: "-").prefix(90))
    }
}
