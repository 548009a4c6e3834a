/// Store folders created as the layout says, one missing level at a time,
/// each with its own mode (`StoreLayout.folderMode`) narrowed by the umask.
enum StoreFolders {
    static func ensure(_ relative: String, reader: StoreReader) throws(FileSystemError) {
        var path = ""
        for part in relative.split(separator: "/") {
            path = path.isEmpty ? String(part) : "\(path)/\(part)"
            let absolute = reader.path(path)
            if reader.fileSystem.kind(at: absolute) != .directory {
                try reader.fileSystem.createDirectory(at: absolute, permissions: StoreLayout.folderMode(path))
            }
        }
    }
}
