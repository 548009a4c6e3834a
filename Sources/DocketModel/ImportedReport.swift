/// Where a matter came from when a report was imported, and what the importer
/// could not find in it: the clerk sees the warnings until they mark them checked.
public struct ImportedReport: Codable, Equatable, Sendable {
    /// The report's file name, as given to the importer (no folder).
    public var file: String
    /// The day it was imported.
    public var on: String
    public var warnings: [ImportWarning]
    /// The day the clerk checked the warnings; a new import of the report clears it.
    public var checked: String?
    /// The fields the clerk completed or corrected (`C` in the item, or `--set` on import):
    /// a later import of the same report keeps them as the clerk set them.
    public var completed: [ImportedField]?

    public init(file: String, on: String, warnings: [ImportWarning], checked: String? = nil, completed: [ImportedField]? = nil) {
        self.file = file
        self.on = on
        self.warnings = warnings
        self.checked = checked
        self.completed = completed
    }

    /// Whether the clerk set this field.
    public func isCompleted(_ field: ImportedField) -> Bool { completed?.contains(field) ?? false }

    /// Warnings the clerk has still to look at.
    public var openWarnings: [ImportWarning] { checked == nil ? warnings : [] }
}
