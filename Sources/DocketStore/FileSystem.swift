/// Everything Docket does to the disk goes through this protocol, so tests can
/// inject a failure at any step (permission denied, a full disk, a failed
/// fsync) that a root CI cannot produce with chmod, and so no other module
/// ever touches a file. The steps of a safe write are separate for that reason;
/// `writeFileAtomically` composes them.
public protocol FileSystem: Sendable {
    func readFile(at path: String) throws(FileSystemError) -> [UInt8]
    /// The bytes with the stamp of the very file they came from (device, inode, size,
    /// modification and change times), or no stamp where the file system cannot give one.
    func readStampedFile(at path: String) throws(FileSystemError) -> (bytes: [UInt8], stamp: String?)
    func kind(at path: String) -> FileKind?
    /// The names in a directory, sorted, without "." and "..".
    func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String]
    /// Creates the directory and any missing parents.
    func createDirectory(at path: String, permissions: UInt16) throws(FileSystemError)
    /// The permission bits, or nil when there is nothing at the path.
    func permissions(at path: String) -> UInt16?
    func removeFile(at path: String) throws(FileSystemError)
    /// Removes an empty directory.
    func removeDirectory(at path: String) throws(FileSystemError)
    /// Whether the path itself is a symbolic link (`kind` answers for what it points to).
    func isSymbolicLink(at path: String) -> Bool
    /// Changes when the file is replaced or modified (time and size), nil when absent.
    func modificationStamp(at path: String) -> String?

    /// Creates a new file that must not exist yet, open for writing.
    func createExclusively(at path: String, permissions: UInt16) throws(FileSystemError) -> Int32
    func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileSystemError)
    func synchronize(_ descriptor: Int32, path: String) throws(FileSystemError)
    func close(_ descriptor: Int32, path: String) throws(FileSystemError)
    /// Renames atomically, replacing the destination.
    func rename(_ source: String, to destination: String) throws(FileSystemError)
    /// Flushes a directory, which makes a rename in it durable.
    func synchronizeDirectory(at path: String) throws(FileSystemError)
    /// Flushes every file written on the file system holding the path: one flush for many files written at once.
    func synchronizeFileSystem(containing path: String) throws(FileSystemError)

    /// Appends to a file (creating it), and fsyncs it: for append-only journals.
    func append(_ bytes: [UInt8], to path: String, permissions: UInt16) throws(FileSystemError)

    /// Opens (creating) the lock file and waits for an exclusive advisory lock on it.
    func lockExclusively(at path: String) throws(FileSystemError) -> Int32
    func unlock(_ descriptor: Int32)

    /// Owner, group and mode, without following a symbolic link; nil when there is nothing at the path.
    func ownership(at path: String) -> FileOwnership?
    /// Sets owner, group and mode (`docket access --apply`, run by an administrator).
    func setOwnership(_ ownership: FileOwnership, at path: String) throws(FileSystemError)
    /// Sets the mode of a folder one owns, whatever the umask narrowed it to.
    func setFolderMode(_ mode: UInt16, at path: String) throws(FileSystemError)
}

public struct FileOwnership: Equatable, Sendable {
    public var owner: UInt32
    public var group: UInt32
    /// Permission bits with setuid, setgid and sticky.
    public var mode: UInt16

    public init(owner: UInt32, group: UInt32, mode: UInt16) {
        self.owner = owner
        self.group = group
        self.mode = mode
    }
}

extension FileSystem {
    /// Test file systems give no stamp, so nothing they hold is ever trusted unjudged.
    public func readStampedFile(at path: String) throws(FileSystemError) -> (bytes: [UInt8], stamp: String?) {
        (try readFile(at: path), nil)
    }

    /// Test file systems that never deal with owners see none.
    public func ownership(at path: String) -> FileOwnership? { nil }

    public func setOwnership(_ ownership: FileOwnership, at path: String) throws(FileSystemError) {
        throw FileSystemError(path: path, reason: .permissionDenied)
    }

    public func setFolderMode(_ mode: UInt16, at path: String) throws(FileSystemError) {
        throw FileSystemError(path: path, reason: .permissionDenied)
    }
}

public enum FileKind: Equatable, Sendable {
    case file
    case directory
    case other
}

extension FileSystem {
    /// Replaces the file whole or not at all: a temporary file in the same
    /// directory, written and fsynced, renamed over the old one, then the
    /// directory fsynced. On any failure the old file is untouched and the
    /// temporary file is removed.
    public func writeFileAtomically(_ bytes: [UInt8], to path: String, permissions: UInt16 = 0o644) throws(FileSystemError) {
        let temporary = TemporaryFile.path(for: path)
        let descriptor = try createExclusively(at: temporary, permissions: permissions)
        do throws(FileSystemError) {
            try write(bytes, to: descriptor, path: temporary)
            try synchronize(descriptor, path: temporary)
        } catch {
            try? close(descriptor, path: temporary)
            try? removeFile(at: temporary)
            throw error
        }
        do throws(FileSystemError) {
            try close(descriptor, path: temporary)
            try rename(temporary, to: path)
        } catch {
            try? removeFile(at: temporary)
            throw error
        }
        try synchronizeDirectory(at: parentDirectory(of: path))
    }
}
