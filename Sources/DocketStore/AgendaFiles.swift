import DocketJSON
import DocketModel

/// The files the administration's side writes when meetings are prepared: the
/// committee (its members and usual sections), a meeting and its agenda, a matter
/// (an imported report). Each goes through the locked write path and is judged,
/// before it is written, by every check loading makes of the store with it in
/// place: Docket never writes a file it would refuse to read.
public struct AgendaFiles {
    let reader: StoreReader

    public init(reader: StoreReader) {
        self.reader = reader
    }

    /// Writes the matter, new or changed.
    @discardableResult
    public func write(_ matter: Matter) throws(WriteError) -> Matter {
        try file(Matter.self, StoreLayout.matter(matter.id), folder: StoreLayout.mattersDirectory, schema: StoreSchema.matter)
            .update(checkedBy: judged(StoreLayout.matter(matter.id))) { _ in matter }.contents
    }

    /// Creates a meeting; one with its id already there is left as it is, and the write refused.
    @discardableResult
    public func create(_ meeting: Meeting) throws(WriteError) -> Meeting {
        let relative = StoreLayout.meeting(meeting.id)
        guard reader.fileSystem.kind(at: reader.path(relative)) == nil else {
            throw .invalid([StoreProblem(file: reader.path(relative), place: .file, kind: .content,
                                         message: "there is a meeting with the id \"\(meeting.id)\" already")])
        }
        return try file(Meeting.self, relative, folder: StoreLayout.meetingDirectory(meeting.id), schema: StoreSchema.meeting)
            .update(checkedBy: judged(relative)) { current in current ?? meeting }.contents
    }

    /// Adds an item to a meeting's agenda, unless an item already puts that matter on it; returns the agenda's item and the meeting as written.
    @discardableResult
    public func add(_ item: AgendaItem, to meetingID: String) throws(WriteError) -> (item: AgendaItem, meeting: Meeting) {
        let relative = StoreLayout.meeting(meetingID)
        guard reader.fileSystem.kind(at: reader.path(relative)) != nil else {
            throw .invalid([StoreProblem(file: reader.path(relative), place: .file, kind: .content, message: "there is no such meeting")])
        }
        var placed = item
        let written = try file(Meeting.self, relative, folder: StoreLayout.meetingDirectory(meetingID), schema: StoreSchema.meeting)
            .update(checkedBy: judged(relative)) { current in
                guard var meeting = current else { return Meeting(id: meetingID, date: "", time: "", place: "", sections: [], agenda: []) }
                if let existing = meeting.agenda.first(where: { item.matter != nil && $0.matter == item.matter }) {
                    placed = existing
                    return meeting
                }
                // Before the notice, in its section and numbered with the rest; after it, last.
                guard meeting.sent == nil else {
                    meeting.agenda.append(item)
                    return meeting
                }
                let prepared = AgendaPreparation.takeUp([item]).applied(to: meeting)
                placed = prepared.agenda.first { $0.id == item.id } ?? item
                return prepared
            }
        return (placed, written.contents)
    }

    /// Applies the clerk's preparation to the meeting's agenda as it is on disk now; refused once the agenda is sent,
    /// except the sending itself.
    @discardableResult
    public func prepare(_ meetingID: String, _ preparation: AgendaPreparation) throws(WriteError) -> Meeting {
        let relative = StoreLayout.meeting(meetingID)
        guard reader.fileSystem.kind(at: reader.path(relative)) != nil else {
            throw .invalid([StoreProblem(file: reader.path(relative), place: .file, kind: .content, message: "there is no such meeting")])
        }
        var alreadySent: String?
        let written = try file(Meeting.self, relative, folder: StoreLayout.meetingDirectory(meetingID), schema: StoreSchema.meeting)
            .update(checkedBy: judged(relative)) { current in
                guard let current else { return Meeting(id: meetingID, date: "", time: "", place: "", sections: [], agenda: []) }
                if let sent = current.sent { alreadySent = sent; return current }
                return preparation.applied(to: current)
            }
        if let alreadySent {
            throw .invalid([StoreProblem(file: reader.path(relative), place: .value(path: "$.sent"), kind: .content,
                                         message: "the agenda was sent on \(alreadySent); changes now are agenda changes in the record")])
        }
        return written.contents
    }

    /// Changes the committee (its members, its usual sections) as it is on disk now.
    @discardableResult
    public func updateCommittee(_ change: (Committee) -> Committee) throws(WriteError) -> Committee {
        let relative = StoreLayout.committee
        guard reader.fileSystem.kind(at: reader.path(relative)) != nil else {
            throw .invalid([StoreProblem(file: reader.path(relative), place: .file, kind: .content, message: "the store has no committee.json")])
        }
        return try file(Committee.self, relative, folder: ".", schema: StoreSchema.committee)
            .update(checkedBy: judged(relative)) { current in current.map(change) ?? Committee(id: "", name: "", shortName: "", municipality: "") }
            .contents
    }

    private func file<Contents>(_ type: Contents.Type, _ relative: String, folder: String, schema: String) -> LockedFile<Contents> {
        LockedFile(path: reader.path(relative), schema: schema, storeFolder: folder, reader: reader)
    }

    /// The checks loading makes of the file at `relative`, with the value about to be written in place.
    private func judged<Contents: Encodable>(_ relative: String) -> (Contents) -> [StoreProblem] {
        let path = reader.path(relative)
        return { value in
            guard let encoded = try? JSONValueEncoder().encode(value) else {
                return [StoreProblem(file: path, place: .file, kind: .content, message: "could not be written as JSON")]
            }
            return StorePreview(reader: reader).problems(of: CanonicalJSON.bytes(encoded), at: path)
        }
    }
}
