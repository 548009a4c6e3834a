import DocketText
import Foundation

/// Messages for people go to standard error; results go to standard output.
/// Everything printed passes through here and is made inert: text from the
/// store can never reach a terminal (or a file someone will `cat`) as control
/// characters or escape sequences.
enum Console {
    static func error(_ message: String) {
        write(InertText.lines(message) + "\n", to: .standardError)
    }

    static func output(_ message: String, terminator: String = "\n") {
        write(InertText.lines(message) + terminator, to: .standardOutput)
    }

    /// JSON for programs: control characters inside strings become JSON escapes.
    static func outputJSON(_ bytes: [UInt8]) {
        write(InertText.json(String(decoding: bytes, as: UTF8.self)), to: .standardOutput)
    }

    /// SIGPIPE is ignored (a write must fail, not kill): when the reader has gone
    /// (`docket log | head`), stop as a pipe's writer would, quietly, with 128 + SIGPIPE.
    private static func write(_ text: String, to handle: FileHandle) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            exit(128 + SIGPIPE)
        }
    }
}
