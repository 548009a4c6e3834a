/// A file system that passes every step to another one, except the steps it
/// implements itself: for tests and measurements that count or fail one step.
public protocol ForwardingFileSystem: FileSystem {
    var base: any FileSystem { get }
}

extension ForwardingFileSystem {
    public func readFile(at path: String) throws(FileSystemError) -> [UInt8] { try base.readFile(at: path) }
    public func kind(at path: String) -> FileKind? { base.kind(at: path) }
    public func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] { try base.contentsOfDirectory(at: path) }
    public func createDirectory(at path: String, permissions: UInt16) throws(FileSystemError) {
        try base.createDirectory(at: path, permissions: permissions)
    }
    public func permissions(at path: String) -> UInt16? { base.permissions(at: path) }
    public func removeFile(at path: String) throws(FileSystemError) { try base.removeFile(at: path) }
    public func removeDirectory(at path: String) throws(FileSystemError) { try base.removeDirectory(at: path) }
    public func isSymbolicLink(at path: String) -> Bool { base.isSymbolicLink(at: path) }
    public func setFolderMode(_ mode: UInt16, at path: String) throws(FileSystemError) { try base.setFolderMode(mode, at: path) }
    public func modificationStamp(at path: String) -> String? { base.modificationStamp(at: path) }
    public func createExclusively(at path: String, permissions: UInt16) throws(FileSystemError) -> Int32 {
        try base.createExclusively(at: path, permissions: permissions)
    }
    public func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileSystemError) {
        try base.write(bytes, to: descriptor, path: path)
    }
    public func synchronize(_ descriptor: Int32, path: String) throws(FileSystemError) { try base.synchronize(descriptor, path: path) }
    public func close(_ descriptor: Int32, path: String) throws(FileSystemError) { try base.close(descriptor, path: path) }
    public func rename(_ source: String, to destination: String) throws(FileSystemError) { try base.rename(source, to: destination) }
    public func synchronizeDirectory(at path: String) throws(FileSystemError) { try base.synchronizeDirectory(at: path) }
    public func synchronizeFileSystem(containing path: String) throws(FileSystemError) { try base.synchronizeFileSystem(containing: path) }
    public func append(_ bytes: [UInt8], to path: String, permissions: UInt16) throws(FileSystemError) {
        try base.append(bytes, to: path, permissions: permissions)
    }
    public func lockExclusively(at path: String) throws(FileSystemError) -> Int32 { try base.lockExclusively(at: path) }
    public func unlock(_ descriptor: Int32) { base.unlock(descriptor) }
    public func ownership(at path: String) -> FileOwnership? { base.ownership(at: path) }
    public func setOwnership(_ ownership: FileOwnership, at path: String) throws(FileSystemError) {
        try base.setOwnership(ownership, at: path)
    }
}
