/// A list of lines the clerk writes on an item's record, each printed under its heading in the minutes.
public enum TextList: String, Sendable, Hashable, CaseIterable {
    /// Beslutsunderlag beyond the matter's own documents.
    case basis
    /// Expedieras till: who receives an extract of the decision.
    case sentTo = "sent-to"

    public func lines(in record: ItemRecord) -> [String] {
        switch self {
        case .basis: record.basis ?? []
        case .sentTo: record.sentTo ?? []
        }
    }

    public func set(_ lines: [String], in record: inout ItemRecord) {
        switch self {
        case .basis: record.basis = lines.isEmpty ? nil : lines
        case .sentTo: record.sentTo = lines.isEmpty ? nil : lines
        }
    }
}
