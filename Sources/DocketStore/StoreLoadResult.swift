import DocketModel

/// What loading a store gave: the contents that could be read, and every problem found.
public struct StoreLoadResult: Sendable {
    /// Nil when the manifest or the committee could not be read; otherwise the
    /// files that passed every check (a bad meeting or matter is left out).
    public let contents: StoreContents?
    public let problems: [StoreProblem]

    /// Whether the store can be used: a file that is only not used (a stray, a forgery) stops nothing.
    public var isValid: Bool { problems.allSatisfy { $0.kind == .notUsed } }
    /// What is reported but stops nothing.
    public var unusedFiles: [StoreProblem] { problems.filter { $0.kind == .notUsed } }
}
