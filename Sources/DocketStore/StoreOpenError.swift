import DocketModel

/// Why a store could not be opened at all (as opposed to problems inside it).
public enum StoreOpenError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing usable at the path: missing, or a file.
    case notFound(path: String, isFile: Bool)
    /// A directory, but without the manifest that makes it a store.
    case notAStore(path: String)
    /// Docket's own installation lacks its schema files.
    case installationIncomplete(String)

    public var description: String { description(in: .english) }

    public func description(in language: InterfaceLanguage) -> String {
        let words = StoreErrorWords.for(language)
        switch self {
        case .notFound(let path, let isFile): return words.noStore(path, isFile)
        case .notAStore(let path): return words.notAStore(path, StoreLayout.manifest)
        case .installationIncomplete(let detail): return words.installationIncomplete(detail)
        }
    }
}
