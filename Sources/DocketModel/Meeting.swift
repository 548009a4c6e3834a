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
    /// The day the agenda went out with the notice (kallelse); until then the clerk arranges it
    /// in this file, after it changes are agenda changes made at the meeting, in its record.
    public var sent: String?

    public init(id: String, date: String, time: String, place: String, sections: [AgendaSection], agenda: [AgendaItem], sent: String? = nil) {
        self.sent = sent
        self.id = id
        self.date = date
        self.time = time
        self.place = place
        self.sections = sections
        self.agenda = agenda
    }
}
