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

    public init(file: String, on: String, warnings: [ImportWarning], checked: String? = nil) {
        self.file = file
        self.on = on
        self.warnings = warnings
        self.checked = checked
    }

    /// Warnings the clerk has still to look at.
    public var openWarnings: [ImportWarning] { checked == nil ? warnings : [] }
}
