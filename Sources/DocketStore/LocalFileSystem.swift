import Glibc

/// The real disk, through POSIX calls so that every failure keeps its errno.
public struct LocalFileSystem: FileSystem {
    /// No store file is anywhere near this; a larger one is refused rather than read into memory.
    public static let maximumFileSize = 256 * 1024 * 1024

    public init() {}

    public func readFile(at path: String) throws(FileSystemError) -> [UInt8] {
        try readStampedFile(at: path).bytes
    }

    /// The change time (ctime) is set by the kernel on every write and cannot be set back,
    /// so a file with the same stamp has not been touched since.
    public func readStampedFile(at path: String) throws(FileSystemError) -> (bytes: [UInt8], stamp: String?) {
        let descriptor = try openRegularFile(path, flags: O_RDONLY)
        defer { Glibc.close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileSystemError(path: path, errno: errno) }
        let stamp = "\(status.st_dev):\(status.st_ino):\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
            + ":\(status.st_ctim.tv_sec).\(status.st_ctim.tv_nsec)"
        guard status.st_size <= LocalFileSystem.maximumFileSize else {
            throw FileSystemError(path: path, reason: .tooLarge(limit: LocalFileSystem.maximumFileSize))
        }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, errno: errno)
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return (bytes, stamp)
    }

    public func kind(at path: String) -> FileKind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    public func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
        guard let directory = opendir(path) else { throw FileSystemError(path: path, errno: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public func createDirectory(at path: String, permissions: UInt16) throws(FileSystemError) {
        if kind(at: path) == .directory { return }
        let parent = parentDirectory(of: path)
        if parent != path && kind(at: parent) == nil {
            try createDirectory(at: parent, permissions: permissions)
        }
        guard mkdir(path, mode_t(permissions)) == 0 || errno == EEXIST else {
            throw FileSystemError(path: path, errno: errno)
        }
        guard kind(at: path) == .directory else { throw FileSystemError(path: path, reason: .notDirectory) }
        // In a store, mkdir's mode is the most the layout allows, narrowed by the umask, and a
        // setgid folder passes on its group. Private data is exactly what was asked for (0700).
        if isPrivate(permissions) { chmod(path, mode_t(permissions)) }
        try synchronizeDirectory(at: parent)
    }

    public func permissions(at path: String) -> UInt16? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return UInt16(status.st_mode & 0o7777)
    }

    public func modificationStamp(at path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec):\(status.st_size):\(status.st_ino)"
    }

    public func removeFile(at path: String) throws(FileSystemError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw FileSystemError(path: path, errno: errno) }
    }

    public func removeDirectory(at path: String) throws(FileSystemError) {
        guard rmdir(path) == 0 || errno == ENOENT else { throw FileSystemError(path: path, errno: errno) }
    }

    public func setFolderMode(_ mode: UInt16, at path: String) throws(FileSystemError) {
        guard !isSymbolicLink(at: path), kind(at: path) == .directory else { throw FileSystemError(path: path, reason: .notDirectory) }
        guard chmod(path, mode_t(mode)) == 0 else { throw FileSystemError(path: path, errno: errno) }
    }

    public func isSymbolicLink(at path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    public func createExclusively(at path: String, permissions: UInt16) throws(FileSystemError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(permissions))
        guard descriptor >= 0 else { throw FileSystemError(path: path, errno: errno) }
        if isPrivate(permissions) { fchmod(descriptor, mode_t(permissions)) }
        return descriptor
    }

    public func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileSystemError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, errno: errno)
            }
            written += count
        }
    }

    public func synchronize(_ descriptor: Int32, path: String) throws(FileSystemError) {
        guard fsync(descriptor) == 0 else { throw FileSystemError(path: path, errno: errno) }
    }

    public func close(_ descriptor: Int32, path: String) throws(FileSystemError) {
        guard Glibc.close(descriptor) == 0 else { throw FileSystemError(path: path, errno: errno) }
    }

    public func rename(_ source: String, to destination: String) throws(FileSystemError) {
        guard Glibc.rename(source, destination) == 0 else { throw FileSystemError(path: destination, errno: errno) }
    }

    public func synchronizeDirectory(at path: String) throws(FileSystemError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(path: path, errno: errno) }
        defer { Glibc.close(descriptor) }
        // Some file systems cannot fsync a directory (EINVAL); the rename still happened.
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw FileSystemError(path: path, errno: errno) }
    }

    public func synchronizeFileSystem(containing path: String) throws(FileSystemError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(path: path, errno: errno) }
        defer { Glibc.close(descriptor) }
        guard linuxSyncfs(descriptor) == 0 else { throw FileSystemError(path: path, errno: errno) }
    }

    public func append(_ bytes: [UInt8], to path: String, permissions: UInt16) throws(FileSystemError) {
        let descriptor = try openRegularFile(path, flags: O_WRONLY | O_APPEND | O_CREAT, permissions: permissions)
        defer { Glibc.close(descriptor) }
        try write(bytes, to: descriptor, path: path)
        try synchronize(descriptor, path: path)
    }

    public func lockExclusively(at path: String) throws(FileSystemError) -> Int32 {
        // Read-only is enough for flock, so a lock file made by another writer's account still serves.
        let descriptor = try openRegularFile(path, flags: O_RDONLY | O_CREAT, permissions: 0o644)
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            Glibc.close(descriptor)
            throw FileSystemError(path: path, errno: code)
        }
        return descriptor
    }

    public func ownership(at path: String) -> FileOwnership? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return FileOwnership(owner: status.st_uid, group: status.st_gid, mode: UInt16(status.st_mode & 0o7777))
    }

    public func setOwnership(_ ownership: FileOwnership, at path: String) throws(FileSystemError) {
        // lchown, and chmod only where lstat saw no link: a link planted in the store changes nothing outside it.
        guard lchown(path, ownership.owner, ownership.group) == 0 else { throw FileSystemError(path: path, errno: errno) }
        var status = stat()
        guard lstat(path, &status) == 0 else { throw FileSystemError(path: path, errno: errno) }
        guard status.st_mode & S_IFMT != S_IFLNK else { throw FileSystemError(path: path, reason: .symbolicLink) }
        // chown clears setgid; the mode is set after it.
        guard chmod(path, mode_t(ownership.mode)) == 0 else { throw FileSystemError(path: path, errno: errno) }
    }

    /// Opens without blocking and refuses anything but a regular file: opening a
    /// named pipe or a device put in place of a store file would otherwise wait
    /// forever (or talk to the device). Later reads and writes block as usual.
    private func openRegularFile(_ path: String, flags: Int32, permissions: UInt16 = 0) throws(FileSystemError) -> Int32 {
        let descriptor = open(path, flags | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, mode_t(permissions))
        guard descriptor >= 0 else {
            // A pipe with no reader answers a write-only open with ENXIO.
            if errno == ENXIO { throw FileSystemError(path: path, reason: .notRegularFile) }
            throw FileSystemError(path: path, errno: errno)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw FileSystemError(path: path, errno: code)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
            return descriptor
        case S_IFDIR:
            Glibc.close(descriptor)
            throw FileSystemError(path: path, reason: .isDirectory)
        default:
            Glibc.close(descriptor)
            throw FileSystemError(path: path, reason: .notRegularFile)
        }
    }

    public func unlock(_ descriptor: Int32) {
        flock(descriptor, LOCK_UN)
        Glibc.close(descriptor)
    }
}

/// Private data's modes (0700, 0600) give group and others nothing, and are set exactly.
private func isPrivate(_ permissions: UInt16) -> Bool { permissions & 0o077 == 0 }

func parentDirectory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}

func lastComponent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
}

/// syncfs(2), which Glibc's Swift module leaves out (it is a GNU extension): flushes one file system, not all.
@_silgen_name("syncfs")
private func linuxSyncfs(_ descriptor: Int32) -> Int32
