/// Everything Docket does to the disk goes through this protocol, so tests can
/// inject failures (permission denied, a full disk) that a root CI cannot
/// produce with chmod, and so no other module ever touches a file.
public protocol FileSystem: Sendable {
    func readFile(at path: String) throws(FileSystemError) -> [UInt8]
    func kind(at path: String) -> FileKind?
    /// The names in a directory, sorted, without "." and "..".
    func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String]
    /// Replaces the file whole or not at all: temp file, fsync, rename, fsync of the directory.
    func writeFileAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError)
    /// Creates the directory and any missing parents.
    func createDirectory(at path: String, permissions: UInt16) throws(FileSystemError)
    func rename(_ source: String, to destination: String) throws(FileSystemError)
}

public enum FileKind: Equatable, Sendable {
    case file
    case directory
    case other
}
