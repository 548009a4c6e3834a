import Foundation

/// Where a store's private data lives (`<data>/private/<store id>/`), bound to
/// the folder the store was first opened from. Two folders that are copies of
/// one store (the same id) would otherwise share one member's private notes;
/// the second gets a directory of its own, and the person is told why.
public struct PrivateLocation: Equatable, Sendable {
    /// The folder holding every member's private directory for this store.
    public let directory: String
    /// The other folder with the same store id, when this one is a copy of it.
    public let copyOf: String?

    /// The member's private directory.
    public func member(_ id: String) -> String { "\(directory)/\(id)" }

    public static func resolve(dataDirectory: String, storeID: String, storeRoot: String,
                               fileSystem: any FileSystem = LocalFileSystem()) -> PrivateLocation {
        let here = URL(fileURLWithPath: storeRoot).standardizedFileURL.resolvingSymlinksInPath().path
        let shared = "\(dataDirectory)/private/\(storeID)"
        let binding = "\(shared)/.store-folder"
        let bound = (try? fileSystem.readFile(at: binding)).map { String(decoding: $0, as: UTF8.self) }
        // The bound folder still holds this store: this one is a copy of it.
        if let bound, bound != here, sameStore(at: bound, id: storeID, fileSystem: fileSystem) {
            return PrivateLocation(directory: "\(shared)-copy-\(StableHash.of(here))", copyOf: bound)
        }
        // First use, or the store was moved: bind it here. A failure only means the check waits for the next start.
        if bound != here, (try? fileSystem.createDirectory(at: shared, permissions: 0o700)) != nil {
            try? fileSystem.writeFileAtomically(Array(here.utf8), to: binding, permissions: 0o600)
        }
        return PrivateLocation(directory: shared, copyOf: nil)
    }

    private static func sameStore(at folder: String, id: String, fileSystem: any FileSystem) -> Bool {
        guard let bytes = try? fileSystem.readFile(at: "\(folder)/\(StoreLayout.manifest)") else { return false }
        return String(decoding: bytes, as: UTF8.self).contains("\"storeId\": \"\(id)\"")
    }
}
