/// Names joined as a sentence joins them: "A, B och C", "A, B and C",
/// and the Swedish genitive of a name that may end in a party: "Leila Haddads (S)".
public enum ListWords {
    public static func swedish(_ items: [String]) -> String { joined(items, and: "och") }
    public static func english(_ items: [String]) -> String { joined(items, and: "and") }

    private static func joined(_ items: [String], and: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(and) " + items[items.count - 1]
    }

    /// Swedish genitive: an s on the name (none after s, x or z), before a party in parentheses;
    /// an abbreviation takes a colon ("MP:s").
    public static func swedishGenitive(_ name: String) -> String {
        let (base, party): (Substring, Substring) = {
            if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex {
                return (name[..<open].dropLast(name[..<open].hasSuffix(" ") ? 1 : 0), name[open...])
            }
            return (Substring(name), "")
        }()
        if party.isEmpty, !base.isEmpty, base.allSatisfy({ $0.isUppercase }) { return base + ":s" }
        let ending = base.last.map { "sxzSXZ".contains($0) } ?? true ? "" : "s"
        return base + ending + (party.isEmpty ? "" : " " + party)
    }
}
