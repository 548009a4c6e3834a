/// The store as it would be with one file written: loaded through a file system
/// that shows the new bytes at that path, so that a file the administration's
/// side writes (a matter, an agenda, the committee) is judged by every check
/// loading makes — between files too — before it is written.
struct StorePreview {
    let reader: StoreReader

    /// What loading would say of the file at `path` if it held `bytes`: its own problems, and those of
    /// another file that name it (a diary number taken twice is told at the file read second).
    func problems(of bytes: [UInt8], at path: String) -> [StoreProblem] {
        let shown = ProposedFile(base: reader.fileSystem, path: path, bytes: bytes)
        let previewReader = StoreReader(root: reader.root, fileSystem: shown, schemas: reader.schemas, validated: reader.validated)
        guard let result = try? StoreLoader(reader: previewReader).load() else {
            return [StoreProblem(file: path, place: .file, kind: .content, message: "the store could not be read to check this file")]
        }
        return result.problems.filter { $0.file == path || ($0.kind == .reference && $0.message.contains(path)) }
    }
}

/// The disk with one file's bytes replaced (or added, with the folders above it).
private struct ProposedFile: ForwardingFileSystem {
    let base: any FileSystem
    let path: String
    let bytes: [UInt8]

    func readFile(at path: String) throws(FileSystemError) -> [UInt8] {
        path == self.path ? bytes : try base.readFile(at: path)
    }

    func readStampedFile(at path: String) throws(FileSystemError) -> (bytes: [UInt8], stamp: String?) {
        (try readFile(at: path), nil)
    }

    func kind(at path: String) -> FileKind? {
        if path == self.path { return .file }
        if isAncestor(path) { return .directory }
        return base.kind(at: path)
    }

    func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
        let listed = base.kind(at: path) == .directory ? try base.contentsOfDirectory(at: path) : []
        guard isAncestor(path) else { return listed }
        let child = String(self.path.dropFirst(path.count + 1).prefix { $0 != "/" })
        return listed.contains(child) ? listed : (listed + [child]).sorted()
    }

    /// A folder the proposed file lies in, at any depth.
    private func isAncestor(_ folder: String) -> Bool {
        path.hasPrefix(folder + "/")
    }
}
