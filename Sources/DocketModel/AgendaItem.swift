/// One item of an agenda: a matter with the proposals this agenda puts forward,
/// or a procedural item with only a title.
public struct AgendaItem: Codable, Equatable, Sendable {
    /// Stable within the meeting, so records and positions survive renumbering.
    public var id: String
    /// Its number on the agenda, unique within the meeting.
    public var number: Int
    /// The number as the agenda prints it when it is not plain ("4 a", "17 a)"): an item added between others.
    public var label: String?
    /// Id of one of the meeting's sections.
    public var section: String
    /// The matter's id; absent for procedural items.
    public var matter: String?
    /// Ids of the matter's proposals this agenda puts forward.
    public var proposals: [String]?
    /// Title of a procedural item, or a shorter title than the matter's.
    public var title: String?
    /// Confidential items are shown to members but left out of public minutes.
    public var confidential: Bool?
    /// Who presents the item (föredragande).
    public var presenter: String?
    /// What a procedural item is, so its usual decision can be written for the clerk.
    public var procedure: Procedure?

    /// The standard procedural items of a Swedish committee meeting.
    public enum Procedure: String, Codable, Equatable, Sendable, CaseIterable {
        /// Mötets öppnande.
        case opening
        /// Val av justerare (and the time and place of checking).
        case checkers
        /// Godkännande av dagordningen.
        case agenda
        /// Information to the committee, which it notes.
        case information
    }

    public init(id: String, number: Int, section: String, matter: String? = nil, proposals: [String]? = nil,
                title: String? = nil, confidential: Bool? = nil, presenter: String? = nil, procedure: Procedure? = nil, label: String? = nil) {
        self.id = id
        self.number = number
        self.label = label
        self.section = section
        self.matter = matter
        self.proposals = proposals
        self.title = title
        self.confidential = confidential
        self.presenter = presenter
        self.procedure = procedure
    }

    /// The most characters a label may have (the schema's maxLength).
    public static let labelLimit = 20

    public var isConfidential: Bool { confidential ?? false }
    public var isProcedural: Bool { matter == nil }

    /// The number as people see it: the label, else the number.
    public var printedNumber: String { label ?? "\(number)" }

    /// Whether a typed number names this item: "4 a", "4a" and "4A" name the item labelled "4 a".
    public func isNumbered(_ typed: String) -> Bool {
        func plain(_ text: String) -> String { text.lowercased().filter { !$0.isWhitespace && $0 != ")" } }
        return plain(typed) == plain(printedNumber)
    }
}
