import DocketModel

/// A change to notes, as data: `update` asks for it, the runtime writes it
/// (assigning ids and times), and a failed one comes back to be retried.
public enum NoteChange: Equatable, Sendable {
    case add(matter: String, anchor: NoteAnchor?, text: String, shared: Bool)
    /// Adds or replaces a complete note (an edit, an undone delete, a retried add).
    case put(Note, shared: Bool)
    case remove(Note, shared: Bool)
    case move(Note, toShared: Bool)
}
