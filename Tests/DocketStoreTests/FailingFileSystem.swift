import DocketStore
import Synchronization

/// The real disk, except that one step of a write fails, as a full disk, a
/// read-only mount or a failing device would make it fail.
final class FailingFileSystem: ForwardingFileSystem {
    enum Step: String, CaseIterable, Sendable {
        case createDirectory, create, write, fsync, close, rename, directoryFsync, lock, fileSystemSync

        /// The steps of one file's safe write (a batch adds the one flush of the file system).
        static let singleWrite = allCases.filter { $0 != .fileSystemSync }
    }

    let base: any FileSystem = LocalFileSystem()
    let failing: Step
    let reason: FileSystemError.Reason

    init(failing: Step, reason: FileSystemError.Reason = .noSpace) {
        self.failing = failing
        self.reason = reason
    }

    private func check(_ step: Step, _ path: String) throws(FileSystemError) {
        if step == failing { throw FileSystemError(path: path, reason: reason) }
    }


    func createDirectory(at path: String, permissions: UInt16) throws(FileSystemError) {
        if base.kind(at: path) != .directory { try check(.createDirectory, path) }
        try base.createDirectory(at: path, permissions: permissions)
    }

    func createExclusively(at path: String, permissions: UInt16) throws(FileSystemError) -> Int32 {
        try check(.create, path)
        return try base.createExclusively(at: path, permissions: permissions)
    }

    func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileSystemError) {
        if failing == .write {
            // A short write before the failure, as a full disk does.
            try base.write(Array(bytes.prefix(bytes.count / 2)), to: descriptor, path: path)
        }
        try check(.write, path)
        try base.write(bytes, to: descriptor, path: path)
    }

    func synchronize(_ descriptor: Int32, path: String) throws(FileSystemError) {
        try check(.fsync, path)
        try base.synchronize(descriptor, path: path)
    }

    func close(_ descriptor: Int32, path: String) throws(FileSystemError) {
        try base.close(descriptor, path: path)
        try check(.close, path)
    }

    func rename(_ source: String, to destination: String) throws(FileSystemError) {
        try check(.rename, destination)
        try base.rename(source, to: destination)
    }

    func synchronizeDirectory(at path: String) throws(FileSystemError) {
        try check(.directoryFsync, path)
        try base.synchronizeDirectory(at: path)
    }

    func synchronizeFileSystem(containing path: String) throws(FileSystemError) {
        try check(.fileSystemSync, path)
        try base.synchronizeFileSystem(containing: path)
    }

    func lockExclusively(at path: String) throws(FileSystemError) -> Int32 {
        try check(.lock, path)
        return try base.lockExclusively(at: path)
    }

    func append(_ bytes: [UInt8], to path: String, permissions: UInt16) throws(FileSystemError) {
        try check(.write, path)
        try base.append(bytes, to: path, permissions: permissions)
    }

}
