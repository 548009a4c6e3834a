import Foundation

/// Messages for people go to standard error; results go to standard output.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func output(_ message: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((message + terminator).utf8))
    }
}
