import Glibc

/// Why the file layer could not do what was asked, in words for the person at the keyboard.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case notFound
        case permissionDenied
        case isDirectory
        case notDirectory
        case notRegularFile
        /// A symbolic link where Docket reads or writes only what is really there.
        case symbolicLink
        case tooLarge(limit: Int)
        case noSpace
        /// The size limit for files this process may write (ulimit -f).
        case fileSizeLimit
        case system(errno: Int32)
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    init(path: String, errno code: Int32) {
        switch code {
        case ENOENT: self.init(path: path, reason: .notFound)
        case EACCES, EPERM: self.init(path: path, reason: .permissionDenied)
        case EISDIR: self.init(path: path, reason: .isDirectory)
        case ENOTDIR: self.init(path: path, reason: .notDirectory)
        case ENOSPC, EDQUOT: self.init(path: path, reason: .noSpace)
        case EFBIG: self.init(path: path, reason: .fileSizeLimit)
        default: self.init(path: path, reason: .system(errno: code))
        }
    }

    public var explanation: String { explanation(in: .english) }

    public var description: String { "\(path): \(explanation)" }

    /// What kind of store problem this makes: something that is not a store
    /// file at all is bad data (65); a file that could not be read is an I/O problem (74).
    public var problemKind: StoreProblem.Kind {
        switch reason {
        case .isDirectory, .notDirectory, .notRegularFile, .symbolicLink, .tooLarge: return .content
        default: return .unreadable
        }
    }
}
