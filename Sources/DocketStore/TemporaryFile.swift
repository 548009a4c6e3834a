import Glibc

/// Names of the temporary files of safe writes: hidden (loaders skip names
/// starting with "."), beside their target, and carrying the writer's process
/// id so that leftovers of a crashed writer can be recognised and removed.
enum TemporaryFile {
    static func path(for target: String) -> String {
        "\(parentDirectory(of: target))/.\(lastComponent(of: target)).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Removes temporary files of `target` left by processes that no longer run.
    static func removeLeftovers(of target: String, fileSystem: any FileSystem) {
        let directory = parentDirectory(of: target)
        let prefix = ".\(lastComponent(of: target))."
        guard let names = try? fileSystem.contentsOfDirectory(at: directory) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let parts = name.dropFirst(prefix.count).split(separator: ".")
            guard parts.count == 3, let pid = Int32(parts[0]) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? fileSystem.removeFile(at: "\(directory)/\(name)")
            }
        }
    }
}
