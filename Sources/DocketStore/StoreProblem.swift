import DocketText

/// One thing wrong with a store, tied to the file and the place in it.
public struct StoreProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Place: Equatable, Sendable {
        /// A syntax error: 1-based line and column.
        case text(line: Int, column: Int)
        /// A schema or reference problem: a JSONPath such as `$.agenda[3].matter`.
        case value(path: String)
        /// The file as a whole (missing, unreadable, misnamed).
        case file
    }

    public enum Kind: Equatable, Sendable {
        case syntax
        case content
        case reference
        case unreadable
        case unsupportedVersion
        /// Something that is no part of the store (a stray file, a link where a folder belongs) or a file
        /// made by an account that may not write it: reported, never read, and no reason to refuse anything else.
        case notUsed
    }

    /// The file's path as the user named the store, e.g. `demo/matters/x.json`.
    public let file: String
    public let place: Place
    public let kind: Kind
    public let message: String

    public init(file: String, place: Place, kind: Kind, message: String) {
        self.file = file
        self.place = place
        self.kind = kind
        self.message = message
    }

    /// One line, safe to print: file names and messages can carry text from the files.
    public var description: String {
        let line: String
        switch place {
        case .text(let row, let column): line = "\(file):\(row):\(column): \(message)"
        case .value(let path): line = "\(file): \(path): \(message)"
        case .file: line = "\(file): \(message)"
        }
        return InertText.make(line)
    }
}
