/// A change made when the agenda was approved.
public enum AgendaChange: Codable, Equatable, Sendable {
    /// The item is struck (utgår): it is not handled and gets no § number.
    case struck(item: String)
    /// An extra item, handled although not on the agenda sent out.
    case added(item: AgendaItem)
    /// The item is handled before another one (or last, when `before` is nil).
    case moved(item: String, before: String?)
}
