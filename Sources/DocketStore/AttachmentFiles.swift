import DocketModel
import Glibc

/// Reaches attachment files, and only those inside the store: the path rule
/// is checked, then the resolved path (after symbolic links) must still lie
/// under the store's resolved root.
public struct AttachmentFiles {
    public let root: String
    public let fileSystem: any FileSystem
    /// Text attachments larger than this are not shown in the pager.
    public static let maximumTextSize = 16 * 1024 * 1024

    public init(root: String, fileSystem: any FileSystem = LocalFileSystem()) {
        self.root = root
        self.fileSystem = fileSystem
    }

    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        case outsideStore(String)
        case unreadable(FileSystemError)
        case tooLarge(String)

        public var description: String {
            switch self {
            case .outsideStore(let path): return "\(path) is not inside the store"
            case .unreadable(let error): return error.explanation
            case .tooLarge(let path): return "\(path) is too large to show"
            }
        }
    }

    /// The absolute, resolved path of an attachment file inside the store.
    public func resolve(_ relative: String) throws(Refusal) -> String {
        guard StorePath.isConfined(relative) else { throw .outsideStore(relative) }
        guard let base = AttachmentFiles.realPath(root) else { throw .unreadable(FileSystemError(path: root, reason: .notFound)) }
        guard let resolved = AttachmentFiles.realPath(root + "/" + relative) else {
            throw .unreadable(FileSystemError(path: relative, reason: .notFound))
        }
        guard resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/") else { throw .outsideStore(relative) }
        return resolved
    }

    /// The text of a text attachment; bytes that are not UTF-8 show as U+FFFD.
    public func readText(_ relative: String) throws(Refusal) -> String {
        let path = try resolve(relative)
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.readFile(at: path)
        } catch {
            throw .unreadable(error)
        }
        guard bytes.count <= AttachmentFiles.maximumTextSize else { throw .tooLarge(relative) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
