import Glibc

/// Runs a text editor on a file in the foreground and returns its exit status.
public protocol EditorLauncher {
    func edit(_ file: String) -> Int32
}

/// `$VISUAL`, else `$EDITOR`, else `vi`, run through the shell so that
/// settings such as EDITOR="code --wait" work.
public struct ShellEditor: EditorLauncher {
    let command: String

    public init(environment: [String: String]) {
        command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    }

    public func edit(_ file: String) -> Int32 {
        let arguments = ["/bin/sh", "-c", command + " \"$1\"", "sh", file]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
