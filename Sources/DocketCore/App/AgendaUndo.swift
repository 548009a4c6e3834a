import DocketModel

/// An extra item typed as a diary number, waiting for the archive's matters to be read.
struct PendingExtraItem: Equatable, Sendable {
    var meeting: String
    var after: String
    var text: String
}

/// An item the clerk took off an agenda being prepared, and the item it stood before: `u` puts it back.
struct TakenOffItem: Equatable, Sendable {
    var meeting: String
    var item: AgendaItem
    var before: String?
}
