/// A place in a file where its bytes stop being JSON, with a message a clerk can act on.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line and column; columns count characters (Unicode scalars), not bytes.
    public let line: Int
    public let column: Int
    public let byteOffset: Int
    public let message: String

    public var description: String { "\(line):\(column): \(message)" }

    init(bytes: [UInt8], offset: Int, message: String) {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        // Continuation bytes (10xxxxxx) do not start a character.
        var column = 1
        for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        self.line = line
        self.column = column
        self.byteOffset = offset
        self.message = message
    }
}
