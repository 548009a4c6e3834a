/// An extra item typed as a diary number, waiting for the archive's matters to be read.
struct PendingExtraItem: Equatable, Sendable {
    var meeting: String
    var after: String
    var text: String
}
