import DocketText
import Foundation

/// Messages for people go to standard error; results go to standard output.
/// Everything printed passes through here and is made inert: text from the
/// store can never reach a terminal (or a file someone will `cat`) as control
/// characters or escape sequences.
enum Console {
    static func error(_ message: String) {
        write(InertText.lines(message) + "\n", to: STDERR_FILENO)
    }

    static func output(_ message: String, terminator: String = "\n") {
        write(InertText.lines(message) + terminator, to: STDOUT_FILENO)
    }

    /// JSON for programs: control characters inside strings become JSON escapes.
    static func outputJSON(_ bytes: [UInt8]) {
        write(InertText.json(String(decoding: bytes, as: UTF8.self)), to: STDOUT_FILENO)
    }

    /// SIGPIPE is ignored (a write must fail, not kill): when the reader has gone
    /// (`docket log | head`), stop quietly as a pipe's writer would, with 128 + SIGPIPE.
    /// Any other failure (a full disk behind `> file`) is said, and ends with 74.
    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 {
                bytes = bytes.dropFirst(count)
                continue
            }
            switch errno {
            case EINTR: continue
            case EPIPE: exit(128 + SIGPIPE)
            default:
                if descriptor != STDERR_FILENO { error("docket: the output could not be written: \(String(cString: strerror(errno)))") }
                exit(74)
            }
        }
    }
}
