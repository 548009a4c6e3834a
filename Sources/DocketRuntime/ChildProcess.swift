import Glibc

/// Runs a program to completion with posix_spawn and waitpid, its input and
/// errors on /dev/null. Foundation's Process does not reliably reap a tmux
/// client whose server it forked, which tests and the benchmark drive.
public enum ChildProcess {
    /// Whether a program of that name is on PATH, to be run.
    public static func isInstalled(_ program: String) -> Bool {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }

    /// Runs `arguments` (found on PATH); returns its standard output when `capture` is set.
    @discardableResult
    public static func run(_ arguments: [String], capture: Bool = false) -> String {
        run(arguments, capture: capture, errorsTo: "/dev/null").output
    }

    /// Runs `arguments` and captures what it printed and its exit status, with the first
    /// line of what it said on its error stream: for a helper whose failure is told to the user.
    public static func outcome(_ arguments: [String]) -> (output: String, status: Int32, error: String) {
        var template = Array("/tmp/docket-errors-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { return ("", -1, String(cString: strerror(errno))) }
        close(descriptor)
        let errors = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(errors) }
        let (output, status) = run(arguments, capture: true, errorsTo: errors)
        let said = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        return (output, status, said.split(separator: "\n").first.map(String.init) ?? "")
    }

    private static func run(_ arguments: [String], capture: Bool, errorsTo errors: String) -> (output: String, status: Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY, 0)
        if capture {
            _ = pipe(&pipeEnds)
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
        var output: [UInt8] = []
        if capture {
            close(pipeEnds[1])
            var buffer = [UInt8](repeating: 0, count: 65536)
            while status == 0 {
                let count = read(pipeEnds[0], &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                output += buffer[0..<count]
            }
            close(pipeEnds[0])
        }
        var exit: Int32 = status == 0 ? 0 : -1
        if status == 0 {
            while waitpid(pid, &exit, 0) < 0 && errno == EINTR {}
        }
        // The exit code, as the shell gives it (WEXITSTATUS); -1 when it could not start.
        return (String(decoding: output, as: UTF8.self), status == 0 ? (exit >> 8) & 0xFF : -1)
    }
}
