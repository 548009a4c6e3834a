import DocketJSON

/// One JSON file changed the safe way: take the advisory lock beside it,
/// re-read it under the lock, apply the change to what is there now, write it
/// atomically, unlock. Two processes of the same person never lose each
/// other's changes, and a file that cannot be read is never overwritten.
public struct LockedFile<Contents: Codable & Sendable> {
    public let path: String
    public let schema: String
    public let permissions: UInt16
    /// Where the file's folder comes from when it is missing: a private folder
    /// (made 0700), or a store folder (made as the layout says).
    let folder: Folder
    let reader: StoreReader

    enum Folder {
        case privateFolder
        case store(String)
    }

    public var fileSystem: any FileSystem { reader.fileSystem }
    /// Hidden beside the data, so loaders and git (via the store's .gitignore) pass it by.
    public var lockPath: String { lockPathOf(path) }

    /// A file in the store, in the folder `storeFolder` (relative to the store's root).
    init(path: String, schema: String, storeFolder: String, reader: StoreReader) {
        self.init(path: path, schema: schema, permissions: StoreLayout.fileMode, folder: .store(storeFolder), reader: reader)
    }

    /// A private file, outside the store.
    init(privatePath path: String, schema: String, reader: StoreReader) {
        self.init(path: path, schema: schema, permissions: 0o600, folder: .privateFolder, reader: reader)
    }

    private init(path: String, schema: String, permissions: UInt16, folder: Folder, reader: StoreReader) {
        self.path = path
        self.schema = schema
        self.permissions = permissions
        self.folder = folder
        self.reader = reader
    }

    /// Reads the current contents (nil when there is no file yet).
    public func read() throws(WriteError) -> Contents? {
        guard fileSystem.kind(at: path) != nil else { return nil }
        let (value, problems) = reader.read(Contents.self, atAbsolute: path, schema: schema)
        if let problem = problems.first { throw .unreadable(problem) }
        return value
    }

    /// Applies `change` to the contents as they are under the lock, and saves
    /// the result, once it passes every rule reading applies: the schema, the
    /// model and `check` (the references between files). Docket never writes
    /// a file it would refuse to read.
    @discardableResult
    public func update(checkedBy check: (Contents) -> [StoreProblem] = { _ in [] },
                       _ change: (Contents?) -> Contents) throws(WriteError) -> Written<Contents> {
        do {
            switch folder {
            case .privateFolder: try fileSystem.createDirectory(at: parentDirectory(of: path), permissions: 0o700)
            case .store(let relative): try StoreFolders.ensure(relative, reader: reader)
            }
        } catch {
            throw .io(error)
        }
        let lock: Int32
        do {
            lock = try fileSystem.lockExclusively(at: lockPath)
        } catch {
            throw .io(error)
        }
        defer { fileSystem.unlock(lock) }
        TemporaryFile.removeLeftovers(of: path, fileSystem: fileSystem)
        let updated = change(try read())
        let value: JSONValue
        do {
            value = try JSONValueEncoder().encode(updated)
        } catch {
            throw .io(FileSystemError(path: path, reason: .system(errno: 22)))
        }
        // Judged as reading judges the file, on the value the bytes are printed from.
        let (decoded, problems) = reader.judge(Contents.self, value, file: path, schema: schema)
        let refusals = problems + (decoded.map(check) ?? [])
        guard refusals.isEmpty else { throw .invalid(refusals) }
        let bytes = CanonicalJSON.bytes(value)
        do {
            try fileSystem.writeFileAtomically(bytes, to: path, permissions: permissions)
        } catch {
            throw .io(error)
        }
        // Taken under the lock: no other writer can have replaced the file yet.
        return Written(contents: updated, stamp: fileSystem.modificationStamp(at: path))
    }
}

/// The lock file of a store file, beside it.
func lockPathOf(_ path: String) -> String { "\(parentDirectory(of: path))/.\(lastComponent(of: path)).lock" }

/// A file as written: its contents, and its modification stamp as the write left it,
/// by which a session knows its own write when the watcher brings it back.
public struct Written<Contents: Sendable>: Sendable {
    public let contents: Contents
    public let stamp: String?
}
