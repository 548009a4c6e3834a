/// One terminal cell: a grapheme cluster (or nothing, for the right half of a
/// wide character) and its role.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var role: Role
    /// The right half of a wide character: the terminal draws nothing here.
    public var isContinuation: Bool

    public static let blank = Cell(" ", role: .normal)

    public init(_ character: Character, role: Role, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }
}
