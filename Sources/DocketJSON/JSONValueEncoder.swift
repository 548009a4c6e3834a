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
/// Members and items are kept in their own stored arrays, so that adding one
/// appends in place rather than copying what the node already holds.
private final class Node {
    enum Kind {
        case empty
        case single(JSONValue)
        case object
        case array
    }

    var kind: Kind = .empty
    private var members: [String: Node] = [:]
    private var items: [Node] = []

    var itemCount: Int { items.count }

    var value: JSONValue {
        switch kind {
        case .empty: return .object([:])
        case .single(let value): return value
        case .object: return .object(JSONObject(members.mapValues(\.value)))
        case .array: return .array(items.map(\.value))
        }
    }

    func set(_ value: JSONValue) { kind = .single(value) }

    func becomeObject() {
        if case .object = kind { return }
        kind = .object
        members = [:]
    }

    func becomeArray() {
        if case .array = kind { return }
        kind = .array
        items = []
    }

    func child(_ key: String) -> Node {
        becomeObject()
        let node = Node()
        members[key] = node
        return node
    }

    func append() -> Node {
        becomeArray()
        let node = Node()
        items.append(node)
        return node
    }
}

private struct ValueEncoder: Encoder {
    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).set(.null) }

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
    var count: Int { node.itemCount }

    mutating func encodeNil() throws { node.append().set(.null) }

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

    mutating func encodeNil() throws { node.set(.null) }
    mutating func encode(_ value: Bool) throws { node.set(.bool(value)) }
    mutating func encode(_ value: String) throws { node.set(.string(value)) }
    mutating func encode(_ value: Double) throws { try number(value.isFinite ? "\(value)" : nil, value) }
    mutating func encode(_ value: Float) throws { try number(value.isFinite ? "\(value)" : nil, value) }
    mutating func encode(_ value: Int) throws { node.set(.number("\(value)")) }
    mutating func encode(_ value: Int8) throws { node.set(.number("\(value)")) }
    mutating func encode(_ value: Int16) throws { node.set(.number("\(value)")) }
    mutating func encode(_ value: Int32) throws { node.set(.number("\(value)")) }
    mutating func encode(_ value: Int64) throws { node.set(.number("\(value)")) }
    mutating func encode(_ value: UInt) throws { node.set(.number("\(value)")) }
    mutating func encode(_ value: UInt8) throws { node.set(.number("\(value)")) }
    mutating func encode(_ value: UInt16) throws { node.set(.number("\(value)")) }
    mutating func encode(_ value: UInt32) throws { node.set(.number("\(value)")) }
    mutating func encode(_ value: UInt64) throws { node.set(.number("\(value)")) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: ValueEncoder(node: node, codingPath: codingPath))
    }

    private func number(_ text: String?, _ value: Any) throws {
        guard let text else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: codingPath, debugDescription: "JSON has no infinite or NaN numbers"))
        }
        node.set(.number(text))
    }
}
