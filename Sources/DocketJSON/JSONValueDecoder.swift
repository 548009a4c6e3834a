/// Decodes a model straight from a parsed `JSONValue`, so a file is parsed once
/// (by the strict parser, which also gives the schema walk its value) instead
/// of twice. Numbers are read from their source text.
public struct JSONValueDecoder {
    public init() {}

    public func decode<Value: Decodable>(_ type: Value.Type, from value: JSONValue) throws -> Value {
        // The types an archive holds thousands of read their fields directly.
        if let direct = type as? any JSONValueInitializable.Type, let read = try direct.init(json: value) as? Value { return read }
        return try Value(from: ValueDecoder(value: value, path: nil))
    }
}

/// Where a value sits, kept as a chain to its parent and spelled out only when an error names
/// it: copying a path array into every field's decoder cost more than the decoding.
private final class PathNode: @unchecked Sendable {
    let key: any CodingKey
    let parent: PathNode?

    init(_ key: any CodingKey, parent: PathNode?) {
        self.key = key
        self.parent = parent
    }

    static func keys(_ node: PathNode?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var node = node
        while let current = node {
            keys.append(current.key)
            node = current.parent
        }
        return keys.reversed()
    }
}

private struct ValueDecoder: Decoder {
    let value: JSONValue
    let path: PathNode?
    var codingPath: [any CodingKey] { PathNode.keys(path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch(expected: "an object") }
        return KeyedDecodingContainer(KeyedContainer<Key>(members: members, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch(expected: "a list") }
        return UnkeyedContainer(items: items, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleContainer(value: value, path: path)
    }

    func mismatch(expected: String) -> DecodingError {
        .typeMismatch(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "expected \(expected), found \(value.description)"))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: JSONObject
    let path: PathNode?
    var codingPath: [any CodingKey] { PathNode.keys(path) }
    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    private func value(_ key: Key) throws -> JSONValue {
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "no field \"\(key.stringValue)\""))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { try value(key) == .null }

    private func decoder(_ key: Key) throws -> ValueDecoder {
        ValueDecoder(value: try value(key), path: PathNode(key, parent: path))
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: try decoder(key))
    }

    // Text is most of what a store holds: read without a decoder for each field.
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        guard case .string(let text) = try value(key) else { return try decoder(key).singleValueContainer().decode(String.self) }
        return text
    }

    /// One lookup, where the protocol's default asks three times (contains, null, decode).
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = members[key.stringValue], value != .null else { return nil }
        return try T(from: ValueDecoder(value: value, path: PathNode(key, parent: path)))
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        guard case .number(let text) = try value(key), let number = Int(text) else { return try decoder(key).singleValueContainer().decode(Int.self) }
        return number
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        guard case .bool(let flag) = try value(key) else { return try decoder(key).singleValueContainer().decode(Bool.self) }
        return flag
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        switch members[key.stringValue] {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        default: return try decode(Bool.self, forKey: key)
        }
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        switch members[key.stringValue] {
        case nil, .null?: return nil
        case .number(let text)? where Int(text) != nil: return Int(text)
        default: return try decode(Int.self, forKey: key)
        }
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        switch members[key.stringValue] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: return try decode(String.self, forKey: key)
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { ValueDecoder(value: .object(members), path: path) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(key) }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let items: [JSONValue]
    let path: PathNode?
    var codingPath: [any CodingKey] { PathNode.keys(path) }
    var currentIndex = 0
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    init(items: [JSONValue], path: PathNode?) {
        self.items = items
        self.path = path
    }

    private mutating func next() throws -> (JSONValue, PathNode) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "the list has no more entries"))
        }
        defer { currentIndex += 1 }
        return (items[currentIndex], PathNode(IndexKey(currentIndex), parent: path))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (value, path) = try next()
        return try T(from: ValueDecoder(value: value, path: path))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (value, path) = try next()
        return try ValueDecoder(value: value, path: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (value, path) = try next()
        return try ValueDecoder(value: value, path: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (value, path) = try next()
        return ValueDecoder(value: value, path: path)
    }
}

private struct SingleContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let path: PathNode?
    var codingPath: [any CodingKey] { PathNode.keys(path) }

    func decodeNil() -> Bool { value == .null }

    private func mismatch(_ expected: String) -> DecodingError {
        .typeMismatch(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "expected \(expected), found \(value.description)"))
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch("true or false") }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let text) = value else { throw mismatch("text") }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double { try number(Double.init) }
    func decode(_ type: Float.Type) throws -> Float { try number(Float.init) }
    func decode(_ type: Int.Type) throws -> Int { try number { Int($0) } }
    func decode(_ type: Int8.Type) throws -> Int8 { try number { Int8($0) } }
    func decode(_ type: Int16.Type) throws -> Int16 { try number { Int16($0) } }
    func decode(_ type: Int32.Type) throws -> Int32 { try number { Int32($0) } }
    func decode(_ type: Int64.Type) throws -> Int64 { try number { Int64($0) } }
    func decode(_ type: UInt.Type) throws -> UInt { try number { UInt($0) } }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try number { UInt8($0) } }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try number { UInt16($0) } }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try number { UInt32($0) } }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try number { UInt64($0) } }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: ValueDecoder(value: value, path: path))
    }

    private func number<T>(_ convert: (String) -> T?) throws -> T {
        guard case .number(let text) = value, let number = convert(text) else { throw mismatch("a number that fits") }
        return number
    }
}

/// A list position as a coding key.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}
