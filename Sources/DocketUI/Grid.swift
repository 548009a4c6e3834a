import DocketText

/// The screen as a plain rectangle of cells. Views draw into it; the backend
/// copies it to the terminal; tests read it as text. Writing text into it is
/// the one place where grapheme clusters, display widths and inert control
/// characters are handled.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public let metrics: TextMetrics
    public private(set) var cells: [Cell]
    /// The clusters of more than one scalar drawn into this frame, which their cells point to.
    private var clusters: [Character] = []

    public init(width: Int, height: Int, metrics: TextMetrics = TextMetrics()) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.metrics = metrics
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// The grapheme cluster at (x, y), whole.
    public func character(x: Int, y: Int) -> Character {
        let cell = self[x, y]
        return cell.cluster == 0 ? Character(cell.scalar) : clusters[Int(cell.cluster) - 1]
    }

    /// Two frames are equal when they show the same, wherever their longer clusters are kept.
    public static func == (left: Grid, right: Grid) -> Bool {
        guard left.width == right.width, left.height == right.height, left.metrics == right.metrics else { return false }
        if left.clusters.isEmpty && right.clusters.isEmpty { return left.cells == right.cells }
        return (0..<left.height).allSatisfy { y in (0..<left.width).allSatisfy { x in left.sameCell(x: x, y: y, as: right) } }
    }

    /// Whether the cell at (x, y) shows the same as in `other` (a cluster compared by its text, not where it is kept).
    public func sameCell(x: Int, y: Int, as other: Grid) -> Bool {
        let cell = self[x, y], previous = other[x, y]
        if cell.cluster == 0 && previous.cluster == 0 { return cell == previous }
        return cell.role == previous.role && cell.isContinuation == previous.isContinuation
            && character(x: x, y: y) == other.character(x: x, y: y)
    }

    /// Writes text from (x, y), stopping before `limit` (default: the right edge).
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(limit ?? width, width)
        var column = x
        if metrics.isSimple(text) {
            for scalar in text.unicodeScalars {
                guard column < end else { return column }
                if column >= 0 { set(Cell(scalar, role: role), x: column, y: y) }
                column += 1
            }
            return column
        }
        for cluster in text {
            // Most text is printable ASCII: one cell, no glyph lookup.
            if let ascii = cluster.asciiValue, ascii >= 0x20, ascii < 0x7F {
                guard column < end else { return column }
                if column >= 0 { set(Cell(Unicode.Scalar(ascii), role: role), x: column, y: y) }
                column += 1
                continue
            }
            for glyph in metrics.glyphs(for: cluster) {
                guard column + glyph.width <= end else {
                    // A wide glyph that does not fit leaves blanks, never half a character.
                    while column < end { set(Cell(" ", role: role), x: column, y: y); column += 1 }
                    return column
                }
                if column >= 0 {
                    let glyphRole = glyph.inert && role == .normal ? Role.inert : role
                    set(cell(glyph.character, role: glyphRole), x: column, y: y)
                    if glyph.width == 2 { set(Cell(" ", role: glyphRole, isContinuation: true), x: column + 1, y: y) }
                }
                column += glyph.width
            }
        }
        return column
    }

    /// Fills `count` cells from (x, y) with blanks of a role.
    public mutating func fill(x: Int = 0, y: Int, count: Int? = nil, role: Role) {
        guard y >= 0, y < height else { return }
        let end = min(width, x + (count ?? width - x))
        for column in max(0, x)..<max(max(0, x), end) { set(Cell(" ", role: role), x: column, y: y) }
    }

    /// Changes the role of cells without changing their text (selection, find matches).
    public mutating func restyle(x: Int, y: Int, count: Int, role: Role) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + count) { cells[y * width + column].role = role }
    }

    /// A cell for a cluster: one scalar in the cell itself, more kept aside.
    private mutating func cell(_ character: Character, role: Role) -> Cell {
        let scalars = character.unicodeScalars
        guard scalars.count > 1 else { return Cell(scalars.first ?? " ", role: role) }
        clusters.append(character)
        return Cell(scalars.first!, cluster: UInt32(clusters.count), role: role)
    }

    /// Keeps wide characters whole: overwriting either half blanks the other.
    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(" ", role: cells[index - 1].role)
        }
        if x + 1 < width, cells[index + 1].isContinuation, !cell.isContinuation {
            cells[index + 1] = Cell(" ", role: cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// The text of each row, trailing blanks removed: how snapshot tests read a screen.
    public func textLines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line.append(character(x: x, y: y)) }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// The role of each cell as one character per column (see `Role`), for snapshots of styling.
    public func roleLines() -> [String] {
        (0..<height).map { y in String((0..<width).map { self[$0, y].role.rawValue }) }
    }
}
