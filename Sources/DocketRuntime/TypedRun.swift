import DocketCore

extension Session {
    /// Keys handled before a frame is drawn, at most: a paste of a megabyte still redraws now and then.
    static let keysPerFrame = 65_536

    /// The next message of `pending` (kept last first). While a typing line is open, a run of
    /// typed characters comes as one `.typed` message: a paste is one edit of the line and,
    /// for the archive search, one search, not one per character.
    static func nextMessage(from pending: inout [Message], typingInto typing: Bool) -> Message? {
        guard let message = pending.popLast() else { return nil }
        guard typing, case .key(.character(let first)) = message else { return message }
        var text = String(first)
        while case .key(.character(let character))? = pending.last {
            text.append(character)
            pending.removeLast()
        }
        return text.count == 1 ? message : .typed(text)
    }
}
