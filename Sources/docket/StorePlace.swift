import Foundation

/// Where a path is relative to a store, with symbolic links and `..` resolved.
enum StorePlace {
    /// Whether `path` (which need not exist yet) would be inside the store's folder.
    static func isInside(_ path: String, store: String) -> Bool {
        let root = URL(fileURLWithPath: store).standardizedFileURL.resolvingSymlinksInPath().path
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath().path
        let resolved = folder + "/" + target.lastPathComponent
        return resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
