import DocketStore
import Synchronization

/// The real disk with some paths replaced by other bytes or by a failure, and
/// every write counted: lets tests break any file in memory, simulate errors
/// a root CI cannot produce with chmod, and prove a reader writes nothing.
final class OverlayFileSystem: FileSystem {
    enum Override: Sendable {
        case bytes([UInt8])
        case failure(FileSystemError.Reason)
        case directory
    }

    private let base = LocalFileSystem()
    private let overrides: [String: Override]
    private let writes = Mutex(0)

    init(_ overrides: [String: Override] = [:]) {
        self.overrides = overrides
    }

    var writeCount: Int { writes.withLock { $0 } }

    func readFile(at path: String) throws(FileSystemError) -> [UInt8] {
        switch overrides[path] {
        case .bytes(let bytes)?: return bytes
        case .failure(let reason)?: throw FileSystemError(path: path, reason: reason)
        case .directory?: throw FileSystemError(path: path, reason: .isDirectory)
        case nil: return try base.readFile(at: path)
        }
    }

    func kind(at path: String) -> FileKind? {
        switch overrides[path] {
        case .bytes?, .failure?: return .file
        case .directory?: return .directory
        case nil: return base.kind(at: path)
        }
    }

    func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
        if case .failure(let reason)? = overrides[path] { throw FileSystemError(path: path, reason: reason) }
        var names = Set(base.kind(at: path) == .directory ? try base.contentsOfDirectory(at: path) : [])
        for key in overrides.keys where parentOf(key) == path {
            names.insert(String(key.dropFirst(path.count + 1)))
        }
        return names.sorted()
    }

    func permissions(at path: String) -> UInt16? { base.permissions(at: path) }
    func modificationStamp(at path: String) -> String? { base.modificationStamp(at: path) }

    func removeFile(at path: String) throws(FileSystemError) { try refuseWrite(path) }
    func removeDirectory(at path: String) throws(FileSystemError) { try refuseWrite(path) }
    func isSymbolicLink(at path: String) -> Bool { overrides[path] == nil && base.isSymbolicLink(at: path) }

    func createDirectory(at path: String, permissions: UInt16) throws(FileSystemError) { try refuseWrite(path) }

    func createExclusively(at path: String, permissions: UInt16) throws(FileSystemError) -> Int32 {
        try refuseWrite(path)
        return -1
    }

    func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileSystemError) { try refuseWrite(path) }
    func synchronize(_ descriptor: Int32, path: String) throws(FileSystemError) { try refuseWrite(path) }
    func close(_ descriptor: Int32, path: String) throws(FileSystemError) {}
    func rename(_ source: String, to destination: String) throws(FileSystemError) { try refuseWrite(destination) }
    func synchronizeDirectory(at path: String) throws(FileSystemError) { try refuseWrite(path) }
    func synchronizeFileSystem(containing path: String) throws(FileSystemError) { try refuseWrite(path) }

    func lockExclusively(at path: String) throws(FileSystemError) -> Int32 {
        try refuseWrite(path)
        return -1
    }

    func append(_ bytes: [UInt8], to path: String, permissions: UInt16) throws(FileSystemError) { try refuseWrite(path) }

    func unlock(_ descriptor: Int32) {}

    /// Counts the attempt and refuses it: a reader must never get this far.
    private func refuseWrite(_ path: String) throws(FileSystemError) {
        writes.withLock { $0 += 1 }
        throw FileSystemError(path: path, reason: .permissionDenied)
    }

    private func parentOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}
