/// One terminal cell: a grapheme cluster (or nothing, for the right half of a
/// wide character) and its role. Plain bits, so that a frame of twelve thousand
/// cells is made and compared without a retain: the cluster is one scalar here,
/// and a cluster of several scalars (an accent apart, a flag, a joined emoji) is
/// kept whole by the grid, which this cell then points into (`Grid.character`).
public struct Cell: Equatable, Sendable {
    /// The cluster's only scalar; for a longer cluster, its first.
    public private(set) var scalar: Unicode.Scalar
    /// 1 + the index of the longer cluster in its grid, or 0 for a cluster of one scalar.
    var cluster: UInt32
    public var role: Role
    /// The right half of a wide character: the terminal draws nothing here.
    public var isContinuation: Bool

    public static let blank = Cell(" ", role: .normal)

    public init(_ scalar: Unicode.Scalar, role: Role, isContinuation: Bool = false) {
        self.init(scalar, cluster: 0, role: role, isContinuation: isContinuation)
    }

    init(_ scalar: Unicode.Scalar, cluster: UInt32, role: Role, isContinuation: Bool = false) {
        self.scalar = scalar
        self.cluster = cluster
        self.role = role
        self.isContinuation = isContinuation
    }
}
