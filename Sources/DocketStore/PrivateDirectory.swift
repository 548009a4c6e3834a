/// A member's private directory outside the store: created 0700, refused for
/// writing while group or others can read it or a file in it, as ssh does with keys.
struct PrivateDirectory {
    let path: String
    let fileSystem: any FileSystem

    /// The first of the directory and `files` that others may read, with its mode.
    func exposure(of files: [String] = []) -> (path: String, permissions: UInt16)? {
        for candidate in [path] + files {
            if let permissions = fileSystem.permissions(at: candidate), permissions & 0o077 != 0 {
                return (candidate, permissions)
            }
        }
        return nil
    }

    func checkWritable(_ files: [String] = []) throws(WriteError) {
        if let exposure = exposure(of: files) { throw .exposed(path: exposure.path, permissions: exposure.permissions) }
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
        LockedFile(path: path + "/" + name, schema: schema, permissions: 0o600, directoryPermissions: 0o700, reader: reader)
    }
}
