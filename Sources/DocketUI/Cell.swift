/// One terminal cell: a grapheme cluster (or nothing, for the right half of a
/// wide character) and its role.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: Role

    public static let blank = Cell(text: " ", role: .normal)

    public init(text: String, role: Role) {
        self.text = text
        self.role = role
    }

    /// The right half of a wide character: the terminal draws nothing here.
    public var isContinuation: Bool { text.isEmpty }
}
