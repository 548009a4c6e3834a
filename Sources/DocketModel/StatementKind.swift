/// The kinds of statement an item's record holds, each its own list with its own heading in the minutes.
public enum StatementKind: String, Sendable, Hashable, CaseIterable {
    /// Protokollsanteckning.
    case minuteNote = "minute-note"
    /// Särskilt yttrande.
    case special = "special-statement"
    /// Ersättaryttrande: by a substitute present but not serving.
    case substitute = "substitute-statement"

    public func statements(in record: ItemRecord) -> [Statement] {
        switch self {
        case .minuteNote: record.minuteNotes
        case .special: record.specialStatements
        case .substitute: record.substituteStatements ?? []
        }
    }

    public func set(_ statements: [Statement], in record: inout ItemRecord) {
        switch self {
        case .minuteNote: record.minuteNotes = statements
        case .special: record.specialStatements = statements
        case .substitute: record.substituteStatements = statements.isEmpty ? nil : statements
        }
    }
}
