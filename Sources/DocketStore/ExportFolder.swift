import Glibc

/// A folder Docket writes whole, for an export. Every file goes into a new folder
/// beside it, which then takes the old one's place: nothing the new export no
/// longer holds (an item made confidential since) survives, no link in the old
/// folder is followed, and a folder that is not an earlier export is never replaced.
public struct ExportFolder {
    public enum Failure: Error, Equatable, Sendable {
        case io(FileSystemError)
        /// The folder holds files that no export of Docket's wrote.
        case notAnExport(path: String)
        /// A file name the export gave that would leave its folder.
        case unsafeName(String)
    }

    /// Written into every export, so that a later one knows the folder is its to replace.
    static let markerName = ".docket-export"

    public let path: String
    public let fileSystem: any FileSystem

    public init(path: String, fileSystem: any FileSystem) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.fileSystem = fileSystem
    }

    /// Writes `files` (paths relative to the folder) as the folder's whole content.
    public func replace(with files: [String: [UInt8]]) throws(Failure) {
        for name in files.keys where !ExportFolder.isSafe(name) { throw .unsafeName(name) }
        let existing = try existingExport()
        let parent = parentDirectory(of: path)
        let suffix = "\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        let fresh = "\(parent)/.\(lastComponent(of: path)).new.\(suffix)"
        let old = "\(parent)/.\(lastComponent(of: path)).old.\(suffix)"
        do throws(FileSystemError) {
            try fileSystem.createDirectory(at: parent, permissions: 0o755)
            try fileSystem.createDirectory(at: fresh, permissions: 0o755)
            for (name, bytes) in files.sorted(by: { $0.key < $1.key }) + [(ExportFolder.markerName, [])] {
                let full = fresh + "/" + name
                try fileSystem.createDirectory(at: parentDirectory(of: full), permissions: 0o755)
                try fileSystem.writeFileAtomically(bytes, to: full, permissions: 0o644)
            }
            if existing { try fileSystem.rename(path, to: old) }
            try fileSystem.rename(fresh, to: path)
            try fileSystem.synchronizeDirectory(at: parent)
        } catch {
            removeTree(fresh)
            if existing && fileSystem.kind(at: path) == nil { try? fileSystem.rename(old, to: path) }
            throw .io(error)
        }
        if existing { removeTree(old) }
    }

    /// Whether there is an earlier export to replace; refuses a link, a file, or a folder of other things.
    private func existingExport() throws(Failure) -> Bool {
        if fileSystem.isSymbolicLink(at: path) { throw .io(FileSystemError(path: path, reason: .symbolicLink)) }
        switch fileSystem.kind(at: path) {
        case nil: return false
        case .file?, .other?: throw .io(FileSystemError(path: path, reason: .notDirectory))
        case .directory?:
            let names: [String]
            do throws(FileSystemError) { names = try fileSystem.contentsOfDirectory(at: path) } catch { throw .io(error) }
            // An export written before the marker existed starts with OParl's system object.
            guard names.isEmpty || names.contains(ExportFolder.markerName) || names.contains("system.json") else {
                throw .notAnExport(path: path)
            }
            return true
        }
    }

    /// Removes a folder and what it holds; a link is removed, never followed.
    private func removeTree(_ folder: String) {
        guard !fileSystem.isSymbolicLink(at: folder), fileSystem.kind(at: folder) == .directory else {
            try? fileSystem.removeFile(at: folder)
            return
        }
        for name in (try? fileSystem.contentsOfDirectory(at: folder)) ?? [] {
            removeTree(folder + "/" + name)
        }
        try? fileSystem.removeDirectory(at: folder)
    }

    static func isSafe(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("/") && name != markerName
            && name.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
