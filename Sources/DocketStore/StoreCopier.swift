import DocketJSON
import DocketModel
import Foundation

/// Creates a store by copying another (the bundled demo) so that the
/// destination appears whole or not at all: the copy is written into a hidden
/// sibling folder and renamed into place.
public struct StoreCopier {
    public let fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case destinationNotEmpty(String)
        case destinationIsFile(String)
        case io(FileSystemError)

        public var description: String {
            switch self {
            case .destinationNotEmpty(let path): return "\(path): the folder is not empty; name a new or empty folder"
            case .destinationIsFile(let path): return "\(path): is a file; name a new or empty folder"
            case .io(let error): return error.description
            }
        }
    }

    /// A new random store id: every store created gets its own, so the private
    /// notes, positions and read marks of one copy never appear in another.
    public static func freshStoreID() -> String {
        "store-" + UUID().uuidString.lowercased()
    }

    /// Copies every file under `source` to `destination`, which must not exist
    /// or be empty, and gives the copy a store id of its own.
    public func copyStore(from source: String, to destination: String, storeID: String = StoreCopier.freshStoreID()) throws(Failure) {
        try build(destination) { staging throws(FileSystemError) in
            try copyTree(from: source, to: staging, root: staging)
            try setStoreID(storeID, in: staging)
        }
    }

    /// An empty store: its manifest and committee, judged by the reading rules
    /// before it appears, and the folders of the layout.
    public func createStore(at destination: String, manifest: StoreManifest, committee: Committee) throws(Failure) {
        try build(destination) { staging throws(FileSystemError) in
            let invalid = FileSystemError(path: destination, reason: .system(errno: 22))
            guard let manifestBytes = try? CanonicalJSON.bytes(of: manifest), let committeeBytes = try? CanonicalJSON.bytes(of: committee) else {
                throw invalid
            }
            try fileSystem.writeFileAtomically(manifestBytes, to: "\(staging)/\(StoreLayout.manifest)")
            try fileSystem.writeFileAtomically(committeeBytes, to: "\(staging)/\(StoreLayout.committee)")
            try fileSystem.writeFileAtomically(Array(StoreLayout.gitignore.utf8), to: "\(staging)/.gitignore")
            for folder in [StoreLayout.mattersDirectory, StoreLayout.meetingsDirectory, StoreLayout.membersDirectory, StoreLayout.journalDirectory] {
                try fileSystem.createDirectory(at: "\(staging)/\(folder)", permissions: StoreLayout.folderMode(folder))
            }
            guard let loader = try? StoreLoader(root: staging, fileSystem: fileSystem), let result = try? loader.load(), result.isValid else {
                throw invalid
            }
        }
    }

    /// Fills a hidden sibling folder and renames it into place, so the store appears whole or not at all.
    private func build(_ destination: String, _ fill: (String) throws(FileSystemError) -> Void) throws(Failure) {
        switch fileSystem.kind(at: destination) {
        case nil: break
        case .directory?:
            let existing = try io { () throws(FileSystemError) in try fileSystem.contentsOfDirectory(at: destination) }
            guard existing.isEmpty else { throw .destinationNotEmpty(destination) }
        default: throw .destinationIsFile(destination)
        }
        let parent = parentDirectory(of: destination)
        try io { () throws(FileSystemError) in try fileSystem.createDirectory(at: parent, permissions: 0o755) }
        let staging = "\(parent)/.\(lastComponent(of: destination)).\(UInt32.random(in: 0...UInt32.max)).partial"
        try io { () throws(FileSystemError) in
            try fileSystem.createDirectory(at: staging, permissions: 0o755)  // becomes the store's root
            try fill(staging)
            // rename(2) replaces an empty directory, so an empty destination is fine too.
            try fileSystem.rename(staging, to: destination)
            try fileSystem.synchronizeDirectory(at: parent)
        }
    }

    private func copyTree(from source: String, to destination: String, root: String) throws(FileSystemError) {
        for name in try fileSystem.contentsOfDirectory(at: source) {
            let from = "\(source)/\(name)"
            let to = "\(destination)/\(name)"
            switch fileSystem.kind(at: from) {
            case .directory?:
                try fileSystem.createDirectory(at: to, permissions: StoreLayout.folderMode(String(to.dropFirst(root.count + 1))))
                try copyTree(from: from, to: to, root: root)
            case .file?:
                try fileSystem.writeFileAtomically(try fileSystem.readFile(at: from), to: to)
            case .other?, nil:
                throw FileSystemError(path: from, reason: .notRegularFile)
            }
        }
    }

    /// Rewrites the copy's manifest with its own id, by the same rules reading applies.
    private func setStoreID(_ id: String, in store: String) throws(FileSystemError) {
        let path = "\(store)/\(StoreLayout.manifest)"
        let invalid = FileSystemError(path: path, reason: .system(errno: 22))
        guard StoreIdentifier.isValid(id),
              var manifest = try? JSONValueDecoder().decode(StoreManifest.self, from: JSONParser.parse(try fileSystem.readFile(at: path))) else {
            throw invalid
        }
        manifest.storeId = id
        guard let bytes = try? CanonicalJSON.bytes(of: manifest) else { throw invalid }
        try fileSystem.writeFileAtomically(bytes, to: path)
    }

    private func io<Result>(_ body: () throws(FileSystemError) -> Result) throws(Failure) -> Result {
        do {
            return try body()
        } catch {
            throw .io(error)
        }
    }
}
