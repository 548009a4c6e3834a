/// `docket.json`, the file that makes a directory a Docket store.
public struct StoreManifest: Codable, Equatable, Sendable {
    /// Always "docket-store": tells a stray JSON file from a manifest.
    public var format: String
    /// The on-disk format's version; a reader refuses versions newer than it knows.
    public var formatVersion: Int
    /// Stable identity of the store, also naming its private data directory.
    public var storeId: String
    /// Set in the bundled demo: an unknown user there becomes a demo member.
    public var demo: Bool?
    /// How a person is identified; absent means `.accounts`.
    public var identity: IdentitySource?

    /// Who someone is, in a store that is not the demo.
    public enum IdentitySource: String, Codable, Equatable, Sendable {
        /// A shared store (a server, a network folder): the operating system's
        /// account, matched to a member's `login`; nobody can name someone else.
        case accounts
        /// A single person's laptop: `--as`, `$DOCKET_USER` or `$USER` name the member.
        case local
    }

    /// How a person is identified in this store.
    public var identitySource: IdentitySource { isDemo ? .local : identity ?? .accounts }

    public static let formatName = "docket-store"
    public static let currentFormatVersion = 1

    public var isDemo: Bool { demo ?? false }

    public init(storeId: String) {
        self.format = StoreManifest.formatName
        self.formatVersion = StoreManifest.currentFormatVersion
        self.storeId = storeId
    }
}
