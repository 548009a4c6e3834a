import Glibc

/// Notices when files change, as cheaply and quickly as the file system allows:
/// inotify on the directories that hold them (a watch on a file itself goes
/// deaf after an atomic rename replaces it), and a comparison of modification
/// stamps as the fallback for file systems that deliver no events.
public final class StoreWatcher {
    let fileSystem: any FileSystem
    let files: () -> [String]
    private var stamps: [String: String?] = [:]
    /// Readable when an event is waiting; nil without inotify.
    public private(set) var descriptor: Int32?

    /// Watches `directories` for events and compares the stamps of `files` (re-evaluated each time).
    public init(directories: [String], files: @escaping () -> [String], fileSystem: any FileSystem = LocalFileSystem(),
                useInotify: Bool = true) {
        self.fileSystem = fileSystem
        self.files = files
        if useInotify {
            let handle = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            if handle >= 0 {
                let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM)
                let watched = directories.filter { inotify_add_watch(handle, $0, mask) >= 0 }.count
                if watched > 0 { descriptor = handle } else { close(handle) }
            }
        }
        stamps = currentStamps()
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// The watched files that changed since the last call, each reported once:
    /// events drained, then the stamps compared. Empty when nothing changed.
    public func changedFiles() -> Set<String> {
        if let descriptor {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while read(descriptor, &buffer, buffer.count) > 0 {}
        }
        let fresh = currentStamps()
        defer { stamps = fresh }
        return Set(fresh.keys.filter { fresh[$0] != stamps[$0] })
    }

    private func currentStamps() -> [String: String?] {
        Dictionary(files().map { ($0, fileSystem.modificationStamp(at: $0)) }, uniquingKeysWith: { first, _ in first })
    }
}
