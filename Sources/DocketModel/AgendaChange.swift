/// A change made when the agenda was approved.
public struct AgendaChange: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Equatable, Sendable {
        /// The item is struck (utgår): it is not handled and gets no § number.
        case struck
        /// An extra item, handled although not on the agenda sent out.
        case added
        /// The item is handled before another one (or last, when `before` is absent).
        case moved
    }

    public var kind: Kind
    /// The item concerned, by id (for `added`, the extra item's id).
    public var item: String
    /// For `moved`: the item it now comes before.
    public var before: String?
    /// For `added`: the extra item itself.
    public var added: AgendaItem?

    public init(kind: Kind, item: String, before: String? = nil, added: AgendaItem? = nil) {
        self.kind = kind
        self.item = item
        self.before = before
        self.added = added
    }

    public static func struck(_ item: String) -> AgendaChange { AgendaChange(kind: .struck, item: item) }
}
