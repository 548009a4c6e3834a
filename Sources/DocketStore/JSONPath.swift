/// A location inside a JSON value, printed the way JSONPath writes it: `$.agenda[3].matter`.
public struct JSONPath: Equatable, Sendable, CustomStringConvertible {
    private var components: [Component] = []

    private enum Component: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    public static let root = JSONPath()

    public func key(_ key: String) -> JSONPath {
        var path = self
        path.components.append(.key(key))
        return path
    }

    public func index(_ index: Int) -> JSONPath {
        var path = self
        path.components.append(.index(index))
        return path
    }

    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .index(let index): text += "[\(index)]"
            case .key(let key) where JSONPath.isPlainName(key): text += ".\(key)"
            case .key(let key):
                text += "[\"" + JSONPath.escaped(key) + "\"]"
            }
        }
        return text
    }

    private static func isPlainName(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_") }
    }

    /// Keys come from untrusted files: quote and escape them so a message stays one inert line.
    private static func escaped(_ key: String) -> String {
        var out = ""
        for scalar in key.unicodeScalars.prefix(60) {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
