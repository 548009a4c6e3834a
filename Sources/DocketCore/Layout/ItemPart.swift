/// The parts of an item view, in the order Tab visits them. The decision
/// proposal comes first: it is what the committee decides.
public enum ItemPart: Int, Sendable, CaseIterable, Hashable {
    case proposal, report, history, attachments, notes, outcome

    /// Parts that are lists of entries, with a selection, rather than running text.
    public var isList: Bool { self == .history || self == .attachments || self == .notes }
}
