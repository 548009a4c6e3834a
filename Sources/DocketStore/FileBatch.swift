/// Many store files replaced at once, as an import replaces thousands: each written
/// to its temporary file without a flush of its own, the file system flushed once,
/// then each renamed into place under its lock and every folder flushed once. A crash
/// leaves each file whole, old or new, as a single safe write does; the time is
/// that of one flush, not one per file. The bytes must have been judged already
/// (`StorePreview`): a batch writes exactly what was judged.
struct FileBatch {
    struct Entry {
        /// Relative to the store's root.
        var relative: String
        /// The store folder it lives in, made as the layout says when missing.
        var folder: String
        var bytes: [UInt8]
    }

    let reader: StoreReader
    var fileSystem: any FileSystem { reader.fileSystem }

    /// - Parameter progress: files placed so far, and how many in all.
    func write(_ entries: [Entry], progress: (Int, Int) -> Void) throws(WriteError) {
        var temporaries: [String: String] = [:]
        defer {
            // Whatever failed, no temporary file of this batch stays behind.
            for temporary in temporaries.values { try? fileSystem.removeFile(at: temporary) }
        }
        do {
            let folders = Set(entries.map(\.folder))
            for folder in folders.sorted() {
                try StoreFolders.ensure(folder, reader: reader)
                TemporaryFile.removeLeftovers(in: reader.path(folder), fileSystem: fileSystem)
            }
        } catch {
            throw .io(error)
        }
        for entry in entries {
            let path = reader.path(entry.relative)
            try underLock(path) { () throws(FileSystemError) in
                let temporary = TemporaryFile.path(for: path)
                let descriptor = try fileSystem.createExclusively(at: temporary, permissions: StoreLayout.fileMode)
                temporaries[path] = temporary
                do throws(FileSystemError) {
                    try fileSystem.write(entry.bytes, to: descriptor, path: temporary)
                } catch {
                    try? fileSystem.close(descriptor, path: temporary)
                    throw error
                }
                try fileSystem.close(descriptor, path: temporary)
            }
        }
        do {
            try fileSystem.synchronizeFileSystem(containing: reader.root)
        } catch {
            throw .io(error)
        }
        for (index, entry) in entries.enumerated() {
            let path = reader.path(entry.relative)
            try underLock(path) { () throws(FileSystemError) in
                try fileSystem.rename(temporaries[path]!, to: path)
                temporaries[path] = nil
            }
            progress(index + 1, entries.count)
        }
        do {
            for folder in Set(entries.map { parentDirectory(of: reader.path($0.relative)) }).sorted() {
                try fileSystem.synchronizeDirectory(at: folder)
            }
        } catch {
            throw .io(error)
        }
    }

    /// The step done holding the file's lock, so that it never lands between another writer's read and write.
    private func underLock(_ path: String, _ step: () throws(FileSystemError) -> Void) throws(WriteError) {
        let lock: Int32
        do {
            lock = try fileSystem.lockExclusively(at: lockPathOf(path))
        } catch {
            throw .io(error)
        }
        defer { fileSystem.unlock(lock) }
        do {
            try step()
        } catch {
            throw .io(error)
        }
    }
}
