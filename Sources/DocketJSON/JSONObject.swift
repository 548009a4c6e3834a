/// A JSON object's members, in the order they were written. A store's objects have
/// a handful of keys, and comparing short keys is cheaper than hashing them: a key
/// is found by a scan, and only an object of many members keeps an index as well.
/// Two objects are equal when they hold the same members, in any order.
public struct JSONObject: Equatable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var keys: [String] = []
    public private(set) var values: [JSONValue] = []
    /// Each key's position, for objects past `indexedFrom` members.
    private var positions: [String: Int]?

    private static let indexedFrom = 16

    public init() {}

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        for (key, value) in elements { self[key] = value }
    }

    public init(_ members: [String: JSONValue]) {
        for key in members.keys.sorted() { self[key] = members[key] }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { values[$0] } }
        set {
            if let position = position(of: key) {
                if let newValue {
                    values[position] = newValue
                } else {
                    keys.remove(at: position)
                    values.remove(at: position)
                    positions = nil
                    reindex()
                }
            } else if let newValue {
                _ = insertNew(key, newValue)
            }
        }
    }

    /// Adds a member whose key is not there yet; false, and nothing added, when it is.
    public mutating func insertNew(_ key: String, _ value: JSONValue) -> Bool {
        guard position(of: key) == nil else { return false }
        keys.append(key)
        values.append(value)
        if positions != nil {
            positions?[key] = keys.count - 1
        } else if keys.count > JSONObject.indexedFrom {
            reindex()
        }
        return true
    }

    public struct Iterator: IteratorProtocol {
        fileprivate let object: JSONObject
        fileprivate var position = 0

        public mutating func next() -> (key: String, value: JSONValue)? {
            guard position < object.keys.count else { return nil }
            defer { position += 1 }
            return (object.keys[position], object.values[position])
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(object: self)
    }

    public static func == (left: JSONObject, right: JSONObject) -> Bool {
        left.count == right.count && left.allSatisfy { key, value in right[key] == value }
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return keys.firstIndex(of: key)
    }

    private mutating func reindex() {
        guard keys.count > JSONObject.indexedFrom else { return }
        positions = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
    }
}
