import DocketCore
import DocketModel
import DocketStore
import Foundation

/// Applies note changes through the store's locked write path. Used by the
/// interface and by `docket notes`, so both write the same way.
public struct NoteWriter {
    public let store: NoteStore
    public let timeZone: TimeZone

    public init(store: NoteStore, timeZone: TimeZone) {
        self.store = store
        self.timeZone = timeZone
    }

    /// Applies the changes in order. Stops at the first failure and returns it
    /// with that change and every later one, made concrete so a retry cannot
    /// create a second note.
    public func apply(_ changes: [NoteChange], now: Date = Date()) -> (failed: [NoteChange], error: WriteError?) {
        for (index, change) in changes.enumerated() {
            let concrete = concretized(change, now: now)
            do {
                switch concrete {
                case .add: break
                case .put(let note, let shared): try store.save(note, shared: shared)
                case .remove(let note, let shared): try store.delete(note.id, shared: shared)
                case .move(let note, let shared): try store.move(note, toShared: shared)
                }
            } catch {
                return ([concrete] + changes[(index + 1)...].map { concretized($0, now: now) }, error)
            }
        }
        return ([], nil)
    }

    /// An `add` becomes a complete note with an id and times; a `put` gets a new modification time.
    func concretized(_ change: NoteChange, now: Date) -> NoteChange {
        let stamp = Timestamp.rfc3339(now, in: timeZone)
        switch change {
        case .add(let matter, let anchor, let text, let shared):
            let note = Note(id: Timestamp.noteID(now), matter: matter, author: store.member, anchor: anchor,
                            text: text, created: stamp, modified: stamp)
            return .put(note, shared: shared)
        case .put(var note, let shared):
            note.modified = stamp
            return .put(note, shared: shared)
        case .move(var note, let shared):
            note.modified = stamp
            return .move(note, toShared: shared)
        case .remove:
            return change
        }
    }
}
