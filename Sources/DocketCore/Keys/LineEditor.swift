/// A one-line text editor: the find prompt and quick notes. Works on grapheme
/// clusters, so å, ä, ö, CJK and emoji are each one step for the cursor,
/// Backspace and Delete.
public struct LineEditor: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Index in `characters` before which typing inserts.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    public mutating func insert(_ character: Character) {
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// A paste: inserted in one step, however long, wherever the cursor is.
    public mutating func insert(contentsOf typed: [Character]) {
        characters.insert(contentsOf: typed, at: cursor)
        cursor += typed.count
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Ctrl-W: the word before the cursor, and the spaces after it.
    public mutating func deleteWord() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-U: the whole line.
    public mutating func clear() {
        characters = []
        cursor = 0
    }
}

/// A key's edit of the typing line.
public enum LineEdit: Sendable, Hashable {
    case deleteBackward, deleteForward, left, right, home, end, deleteWord, clear
}

extension LineEditor {
    public mutating func apply(_ edit: LineEdit) {
        switch edit {
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home: moveHome()
        case .end: moveEnd()
        case .deleteWord: deleteWord()
        case .clear: clear()
        }
    }
}
