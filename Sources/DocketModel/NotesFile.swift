/// The shape of a notes file, shared (`members/<id>/notes.json`) or private.
public struct NotesFile: Codable, Equatable, Sendable {
    public var notes: [Note]

    public init(notes: [Note]) {
        self.notes = notes
    }
}

/// A note as the interface holds it: the note, and whether it is shared.
public struct VisibleNote: Equatable, Sendable {
    public var note: Note
    public var shared: Bool

    public init(note: Note, shared: Bool) {
        self.note = note
        self.shared = shared
    }
}
