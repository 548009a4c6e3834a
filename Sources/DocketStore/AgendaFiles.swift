import DocketModel

/// The files the administration's side writes when a meeting is prepared: a
/// matter (an imported report) and a meeting's agenda. Each goes through the
/// locked write path and is judged by its schema and by the checks loading makes
/// between files, against the store as it is: Docket never writes a file it would refuse to read.
public struct AgendaFiles {
    let reader: StoreReader

    public init(reader: StoreReader) {
        self.reader = reader
    }

    /// Writes the matter, new or changed, given the store it joins.
    @discardableResult
    public func write(_ matter: Matter, in store: StoreContents) throws(WriteError) -> Matter {
        let file = LockedFile<Matter>(path: reader.path(StoreLayout.matter(matter.id)), schema: StoreSchema.matter,
                                      storeFolder: StoreLayout.mattersDirectory, reader: reader)
        return try file.update(checkedBy: { check($0, in: store, file: file.path) }) { _ in matter }.contents
    }

    /// Adds an item to a meeting's agenda, unless an item already puts that matter on it; returns the agenda's item.
    @discardableResult
    public func add(_ item: AgendaItem, to meetingID: String, in store: StoreContents, matter: Matter) throws(WriteError) -> AgendaItem {
        let file = LockedFile<Meeting>(path: reader.path(StoreLayout.meeting(meetingID)), schema: StoreSchema.meeting,
                                       storeFolder: StoreLayout.meetingDirectory(meetingID), reader: reader)
        var placed = item
        try file.update(checkedBy: { check($0, matter: matter, file: file.path) }) { current in
            guard var meeting = current else { return Meeting(id: meetingID, date: "", time: "", place: "", sections: [], agenda: []) }
            if let existing = meeting.agenda.first(where: { $0.matter == item.matter }) {
                placed = existing
                return meeting
            }
            meeting.agenda.append(item)
            return meeting
        }
        return placed
    }

    /// What loading checks of a matter beyond its schema, against the rest of the store.
    func check(_ matter: Matter, in store: StoreContents, file: String) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        func report(_ path: String, _ message: String) {
            problems.append(StoreProblem(file: file, place: .value(path: path), kind: .reference, message: message))
        }
        if !StoreIdentifier.isValid(matter.id) { report("$.id", "\"\(matter.id)\" is not an id (a-z, 0-9 and hyphens)") }
        if let other = store.matters.values.first(where: { $0.id != matter.id && $0.diaryNumber == matter.diaryNumber }) {
            report("$.diaryNumber", "the diary number \"\(matter.diaryNumber)\" is also used by \(reader.path(StoreLayout.matter(other.id))); each matter needs its own")
        }
        if let administration = matter.administration, !store.committee.administrations.contains(where: { $0.id == administration }) {
            report("$.administration", "no administration with id \"\(administration)\" in \(StoreLayout.committee)")
        }
        for (index, document) in matter.documents.enumerated() where !CalendarDate.isValid(document.date) {
            report("$.documents[\(index)].date", "\(document.date) is not a day of the calendar")
        }
        for (index, event) in matter.history.enumerated() where !CalendarDate.isValid(event.date) {
            report("$.history[\(index)].date", "\(event.date) is not a day of the calendar")
        }
        return problems
    }

    /// What loading checks of a meeting's agenda beyond its schema: the file exists, ids and numbers once, sections and proposals known.
    func check(_ meeting: Meeting, matter: Matter, file: String) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        func report(_ path: String, _ message: String) {
            problems.append(StoreProblem(file: file, place: .value(path: path), kind: .reference, message: message))
        }
        guard CalendarDate.isValid(meeting.date) else {
            return [StoreProblem(file: file, place: .file, kind: .content, message: "there is no such meeting")]
        }
        let sections = Set(meeting.sections.map(\.id))
        for (index, item) in meeting.agenda.enumerated() {
            if meeting.agenda[..<index].contains(where: { $0.id == item.id }) { report("$.agenda[\(index)].id", "the item id \"\(item.id)\" is used twice") }
            if meeting.agenda[..<index].contains(where: { $0.number == item.number }) { report("$.agenda[\(index)].number", "the number \(item.number) is used twice") }
            if !sections.contains(item.section) { report("$.agenda[\(index)].section", "no section with id \"\(item.section)\" in this meeting's sections") }
            if item.matter == matter.id {
                for proposal in item.proposals ?? [] where matter.proposal(id: proposal) == nil {
                    report("$.agenda[\(index)].proposals", "the matter \"\(matter.id)\" has no proposal \"\(proposal)\"")
                }
            }
        }
        return problems
    }
}
