/// The store as it would be with files written: loaded through a file system
/// that shows the new bytes at those paths, so that what the administration's
/// side writes (a matter, an agenda, the committee, a whole import) is judged by
/// every check loading makes — between files too — before anything is written.
struct StorePreview {
    let reader: StoreReader

    /// What loading would say of the file at `path` if it held `bytes`: its own problems, and those of
    /// another file that name it (a diary number taken twice is told at the file read second).
    func problems(of bytes: [UInt8], at path: String) -> [StoreProblem] {
        problems(of: [path: bytes])
    }

    /// What loading would say of these files (absolute paths) if they held these bytes, and of any other file that names one.
    func problems(of files: [String: [UInt8]]) -> [StoreProblem] {
        let shown = ProposedFiles(base: reader.fileSystem, files: files)
        let previewReader = StoreReader(root: reader.root, fileSystem: shown, schemas: reader.schemas, validated: reader.validated)
        guard let result = try? StoreLoader(reader: previewReader).load() else {
            return files.keys.sorted().prefix(1).map { StoreProblem(file: $0, place: .file, kind: .content, message: "the store could not be read to check this file") }
        }
        return result.problems.filter { problem in
            files[problem.file] != nil || (problem.kind == .reference && files.keys.contains { problem.message.contains($0) })
        }
    }
}

/// The disk with some files' bytes replaced (or added, with the folders above them).
private struct ProposedFiles: ForwardingFileSystem {
    let base: any FileSystem
    let files: [String: [UInt8]]

    func readFile(at path: String) throws(FileSystemError) -> [UInt8] {
        if let bytes = files[path] { return bytes }
        return try base.readFile(at: path)
    }

    func readStampedFile(at path: String) throws(FileSystemError) -> (bytes: [UInt8], stamp: String?) {
        (try readFile(at: path), nil)
    }

    func kind(at path: String) -> FileKind? {
        if files[path] != nil { return .file }
        if base.kind(at: path) == nil, files.keys.contains(where: { $0.hasPrefix(path + "/") }) { return .directory }
        return base.kind(at: path)
    }

    func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
        let listed = base.kind(at: path) == .directory ? try base.contentsOfDirectory(at: path) : []
        let prefix = path + "/"
        let children = Set(files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count).prefix { $0 != "/" }) })
        return children.isSubset(of: listed) ? listed : Array(Set(listed).union(children)).sorted()
    }
}
