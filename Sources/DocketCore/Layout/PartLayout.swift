import DocketModel

/// One part of an item, laid out: its lines and, for list parts, where each
/// selectable entry starts and what opening it does.
public struct PartLayout: Sendable, Equatable {
    public var lines: [StyledLine] = []
    public var entryStarts: [Int] = []
    public var targets: [EntryTarget] = []

    public init() {}

    /// The lines belonging to entry `index`.
    public func lineRange(ofEntry index: Int) -> Range<Int> {
        guard entryStarts.indices.contains(index) else { return 0..<0 }
        let end = index + 1 < entryStarts.count ? entryStarts[index + 1] : lines.count
        return entryStarts[index]..<end
    }

    /// The entry a display line belongs to.
    public func entry(atLine line: Int) -> Int? {
        entryStarts.lastIndex { $0 <= line }.flatMap { lineRange(ofEntry: $0).contains(line) ? $0 : nil }
    }

    mutating func append(_ line: StyledLine) { lines.append(line) }
    mutating func append(contentsOf more: [StyledLine]) { lines += more }

    mutating func startEntry(_ target: EntryTarget) {
        entryStarts.append(lines.count)
        targets.append(target)
    }
}

/// What Enter does on an entry of a list part.
public enum EntryTarget: Sendable, Equatable {
    case none
    case agenda(meetingIndex: Int, itemIndex: Int)
    case attachment(Attachment)
    case note(VisibleNote)
}
