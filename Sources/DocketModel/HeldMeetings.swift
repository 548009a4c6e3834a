/// A meeting the clerk has begun to record is held: its agenda and the matters on it
/// are what its record, and the minutes made from it, cite. They change only through
/// the record (agenda changes at the meeting); an import adds, never rewrites.
extension StoreContents {
    public func isHeld(_ meeting: Meeting) -> Bool {
        records[meeting.id] != nil || unloadedRecords.contains(meeting.id)
    }

    /// The held meetings whose agenda carries the matter, earliest first.
    public func heldMeetings(citing matter: String) -> [Meeting] {
        meetings.filter { meeting in isHeld(meeting) && meeting.agenda.contains { $0.matter == matter } }
            .sorted { $0.date < $1.date }
    }

    /// Whether the matter was on a confidential item of any meeting's agenda.
    public func wasConfidential(_ matter: String) -> Bool {
        meetings.contains { meeting in meeting.agenda.contains { $0.matter == matter && $0.isConfidential } }
    }
}
