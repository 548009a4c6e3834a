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

    public static let formatName = "docket-store"
    public static let currentFormatVersion = 1

    public var isDemo: Bool { demo ?? false }

    public init(storeId: String) {
        self.format = StoreManifest.formatName
        self.formatVersion = StoreManifest.currentFormatVersion
        self.storeId = storeId
    }
}
