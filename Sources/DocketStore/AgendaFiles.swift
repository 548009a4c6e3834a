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

    /// A meeting's file as on disk now, when it reads cleanly and is that meeting's (another process changed it).
    public func meeting(_ id: String) -> Meeting? {
        let (read, problems) = reader.read(Meeting.self, at: StoreLayout.meeting(id), schema: StoreSchema.meeting)
        guard let read, problems.isEmpty, read.id == id else { return nil }
        return read
    }

    /// Writes the matter, new or changed.
    @discardableResult
    public func write(_ matter: Matter) throws(WriteError) -> Matter {
        try file(Matter.self, StoreLayout.matter(matter.id), folder: StoreLayout.mattersDirectory, schema: StoreSchema.matter)
            .update(checkedBy: judged(StoreLayout.matter(matter.id))) { _ in matter }.contents
    }

    /// Corrects a matter as it is on disk now; refused when the matter is not there.
    @discardableResult
    public func correct(_ matterID: String, _ correction: MatterCorrection) throws(WriteError) -> Matter {
        let relative = StoreLayout.matter(matterID)
        try requireFile(relative, "there is no matter with the id \"\(matterID)\"")
        return try file(Matter.self, relative, folder: StoreLayout.mattersDirectory, schema: StoreSchema.matter)
            .update(checkedBy: judged(relative)) { current in
                current.map(correction.applied) ?? Matter(id: matterID, diaryNumber: "", title: "", kind: .other)
            }
            .contents
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
        var placed = item
        let written = try changeMeeting(meetingID) { meeting in
            if let existing = meeting.agenda.first(where: { item.matter != nil && $0.matter == item.matter }) {
                placed = existing
                return meeting
            }
            // Before the notice, in its section and numbered with the rest; after it, last.
            guard meeting.sent == nil else {
                var appended = meeting
                appended.agenda.append(item)
                return appended
            }
            let prepared = AgendaPreparation.takeUp([item]).applied(to: meeting)
            placed = prepared.agenda.first { $0.id == item.id } ?? item
            return prepared
        }
        return (placed, written)
    }

    /// Applies the clerk's preparation to the meeting's agenda as it is on disk now; refused once the agenda is sent,
    /// except the sending itself.
    @discardableResult
    public func prepare(_ meetingID: String, _ preparation: AgendaPreparation) throws(WriteError) -> Meeting {
        var alreadySent: String?
        let written = try changeMeeting(meetingID) { meeting in
            if let sent = meeting.sent { alreadySent = sent; return meeting }
            return preparation.applied(to: meeting)
        }
        if let alreadySent {
            throw .invalid([StoreProblem(file: reader.path(StoreLayout.meeting(meetingID)), place: .value(path: "$.sent"), kind: .content,
                                         message: "the agenda was sent on \(alreadySent); changes now are agenda changes in the record")])
        }
        return written
    }

    /// Changes the committee (its members, its usual sections) as it is on disk now.
    @discardableResult
    public func updateCommittee(_ change: (Committee) -> Committee) throws(WriteError) -> Committee {
        let relative = StoreLayout.committee
        try requireFile(relative, "the store has no committee.json")
        return try file(Committee.self, relative, folder: ".", schema: StoreSchema.committee)
            .update(checkedBy: judged(relative)) { current in current.map(change) ?? Committee(id: "", name: "", shortName: "", municipality: "") }
            .contents
    }

    /// A meeting's file changed as it is under the lock. Gone between the check and the lock, it becomes
    /// a meeting without a date, which the checks refuse: nothing is written.
    private func changeMeeting(_ meetingID: String, _ change: (Meeting) -> Meeting) throws(WriteError) -> Meeting {
        let relative = StoreLayout.meeting(meetingID)
        try requireFile(relative, "there is no such meeting")
        return try file(Meeting.self, relative, folder: StoreLayout.meetingDirectory(meetingID), schema: StoreSchema.meeting)
            .update(checkedBy: judged(relative)) { current in
                current.map(change) ?? Meeting(id: meetingID, date: "", time: "", place: "", sections: [], agenda: [])
            }
            .contents
    }

    private func requireFile(_ relative: String, _ message: String) throws(WriteError) {
        guard reader.fileSystem.kind(at: reader.path(relative)) != nil else {
            throw .invalid([StoreProblem(file: reader.path(relative), place: .file, kind: .content, message: message)])
        }
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
