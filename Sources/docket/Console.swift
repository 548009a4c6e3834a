import DocketText
import Foundation

/// Messages for people go to standard error; results go to standard output.
/// Everything printed passes through here and is made inert: text from the
/// store can never reach a terminal (or a file someone will `cat`) as control
/// characters or escape sequences.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((InertText.lines(message) + "\n").utf8))
    }

    static func output(_ message: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((InertText.lines(message) + terminator).utf8))
    }

    /// JSON for programs: control characters inside strings become JSON escapes.
    static func outputJSON(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(InertText.json(String(decoding: bytes, as: UTF8.self)).utf8))
    }
}
