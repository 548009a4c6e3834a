import DocketModel

/// What loading a store gave: the contents that could be read, and every problem found.
public struct StoreLoadResult: Sendable {
    /// Nil when the manifest or the committee could not be read; otherwise the
    /// files that passed every check (a bad meeting or matter is left out).
    public let contents: StoreContents?
    public let problems: [StoreProblem]

    public var isValid: Bool { problems.isEmpty }
}
