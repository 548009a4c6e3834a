import DocketModel

/// A person's own settings (`settings.json` in Docket's private data folder,
/// beside every store's private data): read by every store they open, written
/// only by them, through the write path and its checks.
public struct SettingsStore {
    public let directory: String
    let reader: StoreReader

    public init(directory: String, reader: StoreReader) {
        self.directory = directory
        self.reader = reader
    }

    public static let fileName = "settings.json"
    public var path: String { directory + "/" + SettingsStore.fileName }

    private var area: PrivateDirectory { PrivateDirectory(path: directory, fileSystem: reader.fileSystem) }
    private var file: LockedFile<PersonalSettings> { area.file(SettingsStore.fileName, schema: StoreSchema.settings, reader: reader) }

    /// The settings, or none when there is no file; an unusable file is reported, never written over.
    public func load() -> (settings: PersonalSettings, problem: StoreProblem?) {
        do {
            return (try file.read() ?? PersonalSettings(), nil)
        } catch {
            return (PersonalSettings(), NoteStore.problem(error, file: path))
        }
    }

    public func save(_ change: (PersonalSettings) -> PersonalSettings) throws(WriteError) {
        try area.ensure()
        try area.checkWritable([path])
        try file.update { change($0 ?? PersonalSettings()) }
    }
}
