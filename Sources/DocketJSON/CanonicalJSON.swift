import Foundation

/// The one byte form of every store file: what Python writes with
/// `json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)` plus a
/// final LF. One form means a file changes only where its content changes, so
/// git diffs and merges of a synchronised store stay small and readable.
public enum CanonicalJSON {
    /// One line, for JSON lines files: what Python writes with
    /// `json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))` plus LF.
    public static func line<Value: Encodable>(of value: Value) throws -> [UInt8] {
        var out = ""
        writeCompact(try JSONValueEncoder().encode(value), into: &out)
        return Array((out + "\n").utf8)
    }

    private static func writeCompact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                writeCompact(item, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (index, key) in keys.enumerated() {
                if index > 0 { out += "," }
                writeString(key, into: &out)
                out += ":"
                writeCompact(members[key]!, into: &out)
            }
            out += "}"
        default:
            write(value, indent: 0, into: &out)
        }
    }

    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return Array(out.utf8)
    }

    /// Encodes a Codable value canonically, straight from the value: no text is printed and parsed again.
    public static func bytes<Value: Encodable>(of value: Value) throws -> [UInt8] {
        bytes(try JSONValueEncoder().encode(value))
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let text): out += canonicalNumber(text)
        case .string(let text): writeString(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                out += String(repeating: " ", count: indent + 2)
                write(item, indent: indent + 2, into: &out)
            }
            out += "\n" + String(repeating: " ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            // Python sorts keys by code point; Swift's String order is by canonical
            // equivalence, which differs for composed and decomposed forms.
            let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (index, key) in keys.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                out += String(repeating: " ", count: indent + 2)
                writeString(key, into: &out)
                out += ": "
                write(members[key]!, indent: indent + 2, into: &out)
            }
            out += "\n" + String(repeating: " ", count: indent) + "}"
        }
    }

    /// Integers as Python prints an int; other numbers as Python's float repr.
    private static func canonicalNumber(_ text: String) -> String {
        if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            if let integer = Int(text) { return String(integer) }
            return text == "-0" ? "0" : text
        }
        guard let double = Double(text), double.isFinite else { return text }
        if double == double.rounded(), abs(double) < 1e16 {
            return String(format: "%.1f", double)
        }
        return double.description
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
