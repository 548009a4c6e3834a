import DocketJSON

/// One OParl object as a server gave it, read leniently: real data leaves out
/// required fields, puts newlines and stray indentation in names, and embeds
/// objects where the standard allows a URL. Every text is read with its white
/// space normalised; nothing here fails, a missing value is nil.
public struct OParlObject: Sendable, Equatable {
    public let members: JSONObject

    public init(_ members: JSONObject) {
        self.members = members
    }

    /// The object's URL; an object without one cannot be matched and is skipped.
    public var id: String? { raw("id") }

    /// "Meeting" from "https://schema.oparl.org/1.0/Meeting" (any version). A deleted object that
    /// servers strip to its id and dates is known by its URL instead (…/meeting/967).
    public var kind: String? {
        if let type = raw("type") { return String(type.split(separator: "/").last ?? "") }
        guard isDeleted, let id else { return nil }
        let parts = id.split(separator: "/")
        guard parts.count >= 2 else { return nil }
        return OParlObject.kinds.first { $0.lowercased() == parts[parts.count - 2].lowercased() }
    }

    static let kinds = ["System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper", "Consultation",
                        "File", "Location", "LegislativeTerm"]

    public var isDeleted: Bool { members["deleted"] == .bool(true) }

    /// A text with runs of white space (newlines, indentation) made one space; nil when empty.
    public func text(_ key: String) -> String? {
        raw(key).flatMap(OParlObject.normalised)
    }

    /// A text as given, for URLs and dates.
    public func raw(_ key: String) -> String? {
        guard case .string(let value)? = members[key] else { return nil }
        let trimmed = value.trimmingCharacters(in: " \t\r\n")
        return trimmed.isEmpty ? nil : trimmed
    }

    public func bool(_ key: String) -> Bool? {
        if case .bool(let flag)? = members[key] { return flag }
        return nil
    }

    public func integer(_ key: String) -> Int? {
        if case .number(let text)? = members[key] { return Int(text) }
        return nil
    }

    /// URLs, whether the server gave a list of URLs, one URL, or embedded objects.
    public func references(_ key: String) -> [String] {
        switch members[key] {
        case .string(let url)?: return [url]
        case .array(let items)?: return items.compactMap { item in
            if case .string(let url) = item { return url }
            if case .object(let object) = item { return OParlObject(object).id }
            return nil
        }
        case .object(let object)?: return OParlObject(object).id.map { [$0] } ?? []
        default: return []
        }
    }

    public func reference(_ key: String) -> String? { references(key).first }

    /// Embedded objects under a key (one or a list).
    public func objects(_ key: String) -> [OParlObject] {
        switch members[key] {
        case .object(let object)?: return [OParlObject(object)]
        case .array(let items)?: return items.compactMap { if case .object(let object) = $0 { OParlObject(object) } else { nil } }
        default: return []
        }
    }

    public func object(_ key: String) -> OParlObject? { objects(key).first }

    /// The same object apart from when it was changed, or one the other embeds in short (every member it gives, the other gives alike).
    func sameContent(as other: OParlObject) -> Bool {
        let (short, long) = members.count <= other.members.count ? (self, other) : (other, self)
        return short.members.allSatisfy { key, value in key == "modified" || long.members[key] == value }
    }

    /// White space runs made one space, ends trimmed; nil when nothing is left.
    public static func normalised(_ text: String) -> String? {
        // By scalar, not by character: a dump holds megabytes of text, and white space and control characters are scalars.
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // A control character inside a word ("Bebauungs\u{1F}plan") is dropped; white space folds to one space.
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return out.isEmpty ? nil : String(out)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
