/// A member's private directory outside the store: created 0700, refused for
/// writing while group or others can read it, a folder or a file in it, or
/// write a folder above it, as ssh does with keys.
struct PrivateDirectory {
    let path: String
    let fileSystem: any FileSystem

    /// The first of the directory, the folders between it and `files`, and `files`, that others may read or write, with its mode.
    func exposure(of files: [String] = []) -> (path: String, permissions: UInt16)? {
        for candidate in [path] + folders(leadingTo: files) + files {
            if let permissions = fileSystem.permissions(at: candidate), permissions & 0o077 != 0 {
                return (candidate, permissions)
            }
        }
        return nil
    }

    /// The first folder above the directory that others may write without the
    /// sticky bit: whoever can write it can replace the private directory.
    func exposedAncestor() -> (path: String, permissions: UInt16)? {
        var folder = parentDirectory(of: path)
        while true {
            if let permissions = fileSystem.permissions(at: folder), permissions & 0o022 != 0, permissions & 0o1000 == 0 {
                return (folder, permissions)
            }
            let parent = parentDirectory(of: folder)
            if parent == folder || folder == "." { return nil }
            folder = parent
        }
    }

    func checkWritable(_ files: [String] = []) throws(WriteError) {
        if let exposure = exposure(of: files) { throw .exposed(path: exposure.path, permissions: exposure.permissions) }
        if let ancestor = exposedAncestor() { throw .exposedFolder(path: ancestor.path, permissions: ancestor.permissions) }
        // The owner's own "read-only" is respected, never silently replaced.
        for file in files {
            if let permissions = fileSystem.permissions(at: file), permissions & 0o200 == 0 {
                throw .readOnlyFile(path: file, permissions: permissions)
            }
        }
    }

    func ensure() throws(WriteError) {
        try checkWritable()
        do {
            try fileSystem.createDirectory(at: path, permissions: 0o700)
        } catch {
            throw .io(error)
        }
    }

    func file<Contents>(_ name: String, schema: String, reader: StoreReader) -> LockedFile<Contents> {
        LockedFile(privatePath: path + "/" + name, schema: schema, reader: reader)
    }

    /// The folders inside the directory on the way to each file (`positions/`).
    private func folders(leadingTo files: [String]) -> [String] {
        var found: [String] = []
        for file in files where file.hasPrefix(path + "/") {
            var folder = parentDirectory(of: file)
            while folder.count > path.count {
                if !found.contains(folder) { found.append(folder) }
                folder = parentDirectory(of: folder)
            }
        }
        return found
    }
}
