/// Store folders created as the layout says, one missing level at a time,
/// each with its own mode (`StoreLayout.folderMode`) narrowed by the umask.
/// On a shared server (the store's folder setgid, as `docket access --apply` leaves it)
/// a folder several people make files in gets the mode `--apply` gives it whatever the
/// umask: a meeting added under umask 022 is one the chair can preside at at once.
enum StoreFolders {
    static func ensure(_ relative: String, reader: StoreReader) throws(FileSystemError) {
        var path = ""
        let sharedServer = (reader.fileSystem.permissions(at: reader.root) ?? 0) & 0o2000 != 0
        for part in relative.split(separator: "/") {
            path = path.isEmpty ? String(part) : "\(path)/\(part)"
            let absolute = reader.path(path)
            if reader.fileSystem.kind(at: absolute) != .directory {
                let mode = StoreLayout.folderMode(path)
                try reader.fileSystem.createDirectory(at: absolute, permissions: mode)
                if sharedServer && mode & 0o020 != 0 { try reader.fileSystem.setFolderMode(StoreAccess.sharedFolderMode, at: absolute) }
            }
        }
    }
}
