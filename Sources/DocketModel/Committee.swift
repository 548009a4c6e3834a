/// The committee (nämnd) a store belongs to: one committee per store.
public struct Committee: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var shortName: String
    public var municipality: String
    public var locale: InterfaceLanguage
    /// IANA zone in which meeting dates and times are wall-clock times.
    public var timeZone: String
    /// The administrations (förvaltningar) that prepare the committee's matters.
    public var administrations: [Administration]
    public var members: [Member]
    /// Where the approved minutes are kept (förvaringsplats), printed on the notice of posting.
    public var minutesKeptAt: String?
    /// The sections a new meeting's agenda starts with; without them, `AgendaTemplate`'s.
    public var agendaSections: [AgendaSection]?
    /// The committee's own words in its minutes, where they differ from the usual ones.
    public var minutesTerms: MinutesTerms?

    public init(id: String, name: String, shortName: String, municipality: String,
                locale: InterfaceLanguage = .swedish, timeZone: String = "Europe/Stockholm",
                administrations: [Administration] = [], members: [Member] = [], minutesKeptAt: String? = nil,
                agendaSections: [AgendaSection]? = nil) {
        self.agendaSections = agendaSections
        self.id = id
        self.name = name
        self.shortName = shortName
        self.municipality = municipality
        self.locale = locale
        self.timeZone = timeZone
        self.administrations = administrations
        self.members = members
        self.minutesKeptAt = minutesKeptAt
    }

    public func member(id: String) -> Member? {
        members.first { $0.id == id }
    }

    /// Who holds the chair on the day.
    public func chair(on date: String) -> String? {
        members.first { $0.role(on: date) == .chair }?.id
    }

    /// Who presides at a meeting: whoever opened it, else the chair on its day.
    public func presiding(_ meeting: Meeting, live: LiveMeeting?) -> String? {
        live?.opened?.by ?? chair(on: meeting.date)
    }

    /// A member's name with their party, or the id itself when nobody has it.
    public func nameWithParty(_ id: String) -> String {
        member(id: id)?.nameWithParty ?? id
    }
}
