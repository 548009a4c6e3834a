/// A parsed JSON document. Numbers keep their source text so that nothing is
/// rounded before a schema or a decoder has looked at them.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// How a clerk would name what was found, for messages such as
    /// "expected a string, found the number 12".
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return "the number \(text)"
        case .string(let text): return "the text \"\(JSONValue.excerpt(text))\""
        case .array(let items): return items.isEmpty ? "an empty list" : "a list of \(items.count)"
        case .object: return "an object"
        }
    }

    /// The kind's name as JSON Schema spells it.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let text): return JSONValue.isInteger(text) ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// A number's text counts as an integer when it has neither fraction nor exponent,
    /// or a fraction of zeros only (JSON Schema treats 1.0 as an integer).
    static func isInteger(_ text: String) -> Bool {
        guard let dot = text.firstIndex(where: { $0 == "." || $0 == "e" || $0 == "E" }) else { return true }
        guard text[dot] == "." else { return false }
        return text[text.index(after: dot)...].allSatisfy { $0 == "0" }
    }

    /// Long or multi-line text shortened for one line of a message, with control
    /// characters made visible so that a message never carries an escape sequence.
    public static func excerpt(_ text: String, limit: Int = 40) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { out += "…"; break }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }
}
