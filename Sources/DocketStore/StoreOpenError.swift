/// Why a store could not be opened at all (as opposed to problems inside it).
public enum StoreOpenError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing usable at the path: missing, not a directory, or unreadable.
    case notFound(path: String, explanation: String)
    /// A directory, but without the manifest that makes it a store.
    case notAStore(path: String)
    /// Docket's own installation lacks its schema files.
    case installationIncomplete(String)

    public var description: String {
        switch self {
        case .notFound(let path, let explanation):
            return "\(path): no store here: \(explanation)"
        case .notAStore(let path):
            return "\(path): not a Docket store: it has no \(StoreLayout.manifest). Create one with 'docket demo --output DIR', or name the folder that holds \(StoreLayout.manifest)."
        case .installationIncomplete(let detail):
            return "Docket's installation is incomplete: \(detail)"
        }
    }
}
