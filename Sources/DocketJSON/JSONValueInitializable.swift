/// A model read straight from a parsed value, without Codable's keyed containers: for the few types an
/// archive holds thousands of (a meeting's agenda items), where the generic decoder's boxes cost more
/// than the parse. The result must equal what `Decodable` gives; `JSONValueDecoder` prefers this path.
public protocol JSONValueInitializable {
    init(json: JSONValue) throws(JSONFieldError)
}

/// A value that does not fit its model: the field and what was found, as the generic decoder would say.
public struct JSONFieldError: Error, CustomStringConvertible, Sendable {
    public let field: String
    public let found: String

    public init(field: String, found: String) {
        self.field = field
        self.found = found
    }

    public var description: String { "\(field): expected another kind of value, found \(found)" }
}

/// Reading an object's fields for `JSONValueInitializable`: required ones throw, optional ones are nil when absent or null.
public struct JSONFields {
    let members: JSONObject

    public init(_ value: JSONValue, as what: String) throws(JSONFieldError) {
        guard case .object(let members) = value else { throw JSONFieldError(field: what, found: value.description) }
        self.members = members
    }

    public func string(_ key: String) throws(JSONFieldError) -> String {
        guard case .string(let text)? = members[key] else { throw JSONFieldError(field: key, found: members[key]?.description ?? "nothing") }
        return text
    }

    public func optionalString(_ key: String) throws(JSONFieldError) -> String? {
        switch members[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?: throw JSONFieldError(field: key, found: other.description)
        }
    }

    public func int(_ key: String) throws(JSONFieldError) -> Int {
        guard case .number(let text)? = members[key], let number = Int(text) else {
            throw JSONFieldError(field: key, found: members[key]?.description ?? "nothing")
        }
        return number
    }

    public func optionalBool(_ key: String) throws(JSONFieldError) -> Bool? {
        switch members[key] {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        case let other?: throw JSONFieldError(field: key, found: other.description)
        }
    }

    public func optionalStrings(_ key: String) throws(JSONFieldError) -> [String]? {
        switch members[key] {
        case nil, .null?: return nil
        case .array(let items)?:
            var strings: [String] = []
            strings.reserveCapacity(items.count)
            for item in items {
                guard case .string(let text) = item else { throw JSONFieldError(field: key, found: item.description) }
                strings.append(text)
            }
            return strings
        case let other?: throw JSONFieldError(field: key, found: other.description)
        }
    }

    public func list<Element: JSONValueInitializable>(_ key: String, of type: Element.Type) throws(JSONFieldError) -> [Element] {
        guard case .array(let items)? = members[key] else { throw JSONFieldError(field: key, found: members[key]?.description ?? "nothing") }
        var elements: [Element] = []
        elements.reserveCapacity(items.count)
        for item in items { elements.append(try Element(json: item)) }
        return elements
    }
}
