/// Encodes a model straight into a `JSONValue`, for the canonical writer and
/// for judging what is about to be written, without printing and parsing text
/// in between. Nil optionals are left out, as Foundation's encoder does.
public struct JSONValueEncoder {
    public init() {}

    public func encode<Value: Encodable>(_ value: Value) throws -> JSONValue {
        let node = Node()
        try value.encode(to: ValueEncoder(node: node, codingPath: []))
        return node.value
    }
}

/// One value being built; containers write into it, nested ones into their own nodes.
private final class Node {
    enum Content {
        case empty
        case single(JSONValue)
        case object([String: Node])
        case array([Node])
    }

    var content: Content = .empty

    var value: JSONValue {
        switch content {
        case .empty: return .object([:])
        case .single(let value): return value
        case .object(let members): return .object(JSONObject(members.mapValues(\.value)))
        case .array(let items): return .array(items.map(\.value))
        }
    }

    func child(_ key: String) -> Node {
        var members: [String: Node] = [:]
        if case .object(let existing) = content { members = existing }
        let node = Node()
        members[key] = node
        content = .object(members)
        return node
    }

    func append() -> Node {
        var items: [Node] = []
        if case .array(let existing) = content { items = existing }
        let node = Node()
        items.append(node)
        content = .array(items)
        return node
    }
}

private struct ValueEncoder: Encoder {
    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([:]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).content = .single(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: ValueEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        ValueEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        ValueEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder(node: node.child("super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { ValueEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    var count: Int {
        if case .array(let items) = node.content { return items.count }
        return 0
    }

    mutating func encodeNil() throws { node.append().content = .single(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = codingPath + [IndexKey(count)]
        try value.encode(to: ValueEncoder(node: node.append(), codingPath: path))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = codingPath + [IndexKey(count)]
        return ValueEncoder(node: node.append(), codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = codingPath + [IndexKey(count)]
        return ValueEncoder(node: node.append(), codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder(node: node.append(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .single(.null) }
    mutating func encode(_ value: Bool) throws { node.content = .single(.bool(value)) }
    mutating func encode(_ value: String) throws { node.content = .single(.string(value)) }
    mutating func encode(_ value: Double) throws { try number(value.isFinite ? "\(value)" : nil, value) }
    mutating func encode(_ value: Float) throws { try number(value.isFinite ? "\(value)" : nil, value) }
    mutating func encode(_ value: Int) throws { node.content = .single(.number("\(value)")) }
    mutating func encode(_ value: Int8) throws { node.content = .single(.number("\(value)")) }
    mutating func encode(_ value: Int16) throws { node.content = .single(.number("\(value)")) }
    mutating func encode(_ value: Int32) throws { node.content = .single(.number("\(value)")) }
    mutating func encode(_ value: Int64) throws { node.content = .single(.number("\(value)")) }
    mutating func encode(_ value: UInt) throws { node.content = .single(.number("\(value)")) }
    mutating func encode(_ value: UInt8) throws { node.content = .single(.number("\(value)")) }
    mutating func encode(_ value: UInt16) throws { node.content = .single(.number("\(value)")) }
    mutating func encode(_ value: UInt32) throws { node.content = .single(.number("\(value)")) }
    mutating func encode(_ value: UInt64) throws { node.content = .single(.number("\(value)")) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: ValueEncoder(node: node, codingPath: codingPath))
    }

    private func number(_ text: String?, _ value: Any) throws {
        guard let text else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: codingPath, debugDescription: "JSON has no infinite or NaN numbers"))
        }
        node.content = .single(.number(text))
    }
}
