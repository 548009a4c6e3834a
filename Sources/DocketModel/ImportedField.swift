/// A field of an imported matter that the clerk completes or corrects after the import.
public enum ImportedField: String, Codable, Sendable, Equatable, CaseIterable {
    case diaryNumber, title, kind, date, officer, department, clauses
}
