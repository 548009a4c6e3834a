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
        removeLeftovers(in: parentDirectory(of: target), of: ".\(lastComponent(of: target)).", fileSystem: fileSystem)
    }

    /// Removes every temporary file in the folder left by processes that no longer run: a folder listed once for many files.
    static func removeLeftovers(in directory: String, of prefix: String = ".", fileSystem: any FileSystem) {
        guard let names = try? fileSystem.contentsOfDirectory(at: directory) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            // ".<target>.<pid>.<random>.tmp": the pid is the third part from the end, whatever dots the target holds.
            let parts = name.dropLast(".tmp".count).split(separator: ".")
            guard parts.count >= 3, let pid = Int32(parts[parts.count - 2]) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? fileSystem.removeFile(at: "\(directory)/\(name)")
            }
        }
    }
}
