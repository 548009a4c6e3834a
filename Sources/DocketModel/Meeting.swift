/// A meeting (sammanträde) and its agenda (föredragningslista). Written by the
/// administration; what happens at the meeting lives in its live and record files.
public struct Meeting: Codable, Equatable, Sendable {
    public var id: String
    /// Local date (ISO 8601) and wall-clock start time (HH:MM) in the committee's zone.
    public var date: String
    public var time: String
    public var place: String
    /// The agenda's section headings, in order.
    public var sections: [AgendaSection]
    public var agenda: [AgendaItem]

    public init(id: String, date: String, time: String, place: String, sections: [AgendaSection], agenda: [AgendaItem]) {
        self.id = id
        self.date = date
        self.time = time
        self.place = place
        self.sections = sections
        self.agenda = agenda
    }
}
