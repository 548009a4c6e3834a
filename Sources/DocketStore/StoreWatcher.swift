import Glibc

/// Notices when files change, as cheaply and quickly as the file system allows:
/// inotify on the directories that hold them (a watch on a file itself goes
/// deaf after an atomic rename replaces it), and a comparison of modification
/// stamps as the fallback for file systems that deliver no events. With
/// inotify only the files named by events are looked at: an archive of twenty
/// years watches thousands of files, and a key must not stat them all.
public final class StoreWatcher {
    let fileSystem: any FileSystem
    let files: () -> [String]
    /// `files`, as evaluated when watching began or a directory appeared.
    private var known: Set<String> = []
    private var stamps: [String: String?] = [:]
    /// Readable when an event is waiting; nil without inotify.
    public private(set) var descriptor: Int32?
    /// The directory of each watch.
    private var watched: [Int32: String] = [:]
    /// Directories that do not exist yet: watched once they appear, their files then looked at.
    private var awaited: Set<String> = []
    /// Directories inotify refused (a full watch table, say): their files are compared by stamp every time.
    private var polled: Set<String> = []

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM)

    /// Watches `directories` for events and compares the stamps of `files` (evaluated again without
    /// inotify on every call, with it when a directory that was missing appears).
    public init(directories: [String], files: @escaping () -> [String], fileSystem: any FileSystem = LocalFileSystem(),
                useInotify: Bool = true) {
        self.fileSystem = fileSystem
        self.files = files
        if useInotify {
            let handle = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            if handle >= 0 {
                descriptor = handle
                for directory in Set(directories) { watch(directory) }
                if watched.isEmpty {
                    close(handle)
                    descriptor = nil
                }
            }
        }
        known = Set(files())
        stamps = currentStamps(of: descriptor == nil ? Array(known) : filesPolled())
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// The watched files that changed since the last call, each reported once:
    /// events drained, then the stamps of the files they name compared. Empty when nothing changed.
    public func changedFiles() -> Set<String> {
        guard let descriptor else { return compare(files()) }
        guard let events = drainEvents(descriptor) else { return compare(files()) }
        var candidates = events.intersection(known)
        let appeared = Set(Array(awaited).filter { watch($0) })
        if !appeared.isEmpty {
            known = Set(files())
            candidates.formUnion(known.filter { appeared.contains(Self.folder(of: $0)) })
        }
        candidates.formUnion(filesPolled())
        return compare(Array(candidates))
    }

    /// Adds a watch; a directory that is missing is awaited, one inotify refuses is polled.
    @discardableResult
    private func watch(_ directory: String) -> Bool {
        guard let descriptor else { return false }
        let handle = inotify_add_watch(descriptor, directory, StoreWatcher.mask)
        if handle >= 0 {
            watched[handle] = directory
            awaited.remove(directory)
            return true
        }
        if errno == ENOENT || errno == ENOTDIR { awaited.insert(directory) } else { polled.insert(directory) }
        return false
    }

    /// The paths the waiting events name, or nil when the queue overflowed and any file may have changed.
    private func drainEvents(_ descriptor: Int32) -> Set<String>? {
        var paths = Set<String>()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { return paths }
            var offset = 0
            while offset + 16 <= count {
                let (handle, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { return nil }
                let name = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                if let directory = watched[handle], !name.isEmpty {
                    paths.insert(directory + "/" + String(decoding: name, as: UTF8.self))
                }
                offset += 16 + length
            }
        }
    }

    /// The files among `candidates` whose stamp is not the one last seen.
    private func compare(_ candidates: [String]) -> Set<String> {
        var changed = Set<String>()
        for (path, stamp) in currentStamps(of: candidates) where stamps[path] != .some(stamp) {
            stamps[path] = .some(stamp)
            changed.insert(path)
        }
        return changed
    }

    private func filesPolled() -> [String] {
        polled.isEmpty ? [] : known.filter { polled.contains(Self.folder(of: $0)) }
    }

    private func currentStamps(of paths: [String]) -> [String: String?] {
        Dictionary(paths.map { ($0, fileSystem.modificationStamp(at: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    private static func folder(of path: String) -> String {
        String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    }
}
