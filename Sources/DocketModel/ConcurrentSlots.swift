import Foundation

/// One slot per task of a concurrent loop (files read on every core, an index built in runs),
/// each written once by its task and read after the loop.
public final class ConcurrentSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    public init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    public func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    public func value(at index: Int) -> Value? {
        lock.withLock { slots[index] }
    }
}
