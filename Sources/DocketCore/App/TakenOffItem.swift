import DocketModel

/// An item the clerk took off an agenda being prepared, and the item it stood before: `u` puts it back.
struct TakenOffItem: Equatable, Sendable {
    var meeting: String
    var item: AgendaItem
    var before: String?
}
