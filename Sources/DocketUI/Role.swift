/// What a cell is, not how it looks: the backend maps roles to colours and
/// attributes for the terminal at hand (256 colours, monochrome, NO_COLOR).
public enum Role: Character, Sendable, CaseIterable {
    case normal = "."
    case titleBar = "T"
    case statusBar = "S"
    case selected = "*"
    case heading = "H"
    case muted = "m"
    case marker = "!"
    case match = "f"
    case currentMatch = "F"
    case inert = "^"
    case border = "b"
    case tab = "t"
    case activeTab = "A"
    case key = "k"
}
