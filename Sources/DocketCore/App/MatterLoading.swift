import DocketModel

/// An archive opens with the matters its upcoming meetings need; a meeting's
/// matters are read when it is selected or opened, and all of them when the
/// archive is searched. Reading is the runtime's: these ask for it and take the result.
extension AppState {
    /// The matters the screen needs and nobody has asked for yet.
    mutating func mattersToRead() -> [Effect] {
        guard !store.unloadedMatters.isEmpty else { return [] }
        let wanted: [String]
        if isSearchingArchive {
            wanted = store.unloadedMatters.sorted()
        } else if let meetingIndex = currentMeeting {
            wanted = store.unloaded(in: [store.meetings[meetingIndex]]) + openMattersToTakeUp(meetingIndex)
        } else {
            wanted = []
        }
        let fresh = wanted.filter { !requestedMatters.contains($0) }
        guard !fresh.isEmpty else { return [] }
        requestedMatters.formUnion(fresh)
        return [.readMatters(fresh)]
    }

    /// On an agenda the clerk is arranging, the matters still open that `T` would take up.
    private mutating func openMattersToTakeUp(_ meetingIndex: Int) -> [String] {
        let meeting = store.meetings[meetingIndex]
        guard identity.role == .clerk, case .agenda = screen, isPreparingAgenda(meeting), takeUpLookedUpFor != meeting.id else { return [] }
        takeUpLookedUpFor = meeting.id
        return AgendaSections.stillOpenIDs(before: meeting.date, in: store).filter { store.unloadedMatters.contains($0) }
    }

    /// The records a year back from an agenda the clerk is arranging: what tabled or referred back the matters `T` takes up.
    private func recordsForTakingUp(_ meetingIndex: Int) -> [String] {
        let meeting = store.meetings[meetingIndex]
        guard identity.role == .clerk, case .agenda = screen, isPreparingAgenda(meeting),
              let yearBefore = CalendarDate.adding(days: -366, to: meeting.date) else { return [] }
        return store.meetings.filter { $0.date >= yearBefore && $0.date < meeting.date }.map(\.id)
    }

    /// On the archive search, typing or with something typed: it needs every file of the archive.
    private var isSearchingArchive: Bool {
        guard case .search(let search) = screen else { return false }
        return prompt?.purpose == .archiveSearch || !search.text.isEmpty
    }

    /// Matters read: added to the store, and a search waiting for them run.
    mutating func mattersRead(_ matters: [Matter], unusable: [String], problem: String?) {
        store.adding(matters, unusable: unusable)
        requestedMatters.subtract(matters.map(\.id) + unusable)
        archiveIndex = nil
        if let problem { status = strings.mattersUnreadable(unusable.count, problem) }
        refreshScreens(for: .matters)
        if case .search = screen { searchAgain(force: true) }
    }
}

/// An archive opens with the records of this year's meetings; an earlier meeting's record is read
/// when the meeting is selected, the records of every meeting an item was on when the item is opened
/// (its history comes from them), and all of them before the first archive search.
extension AppState {
    mutating func recordsToRead() -> [Effect] {
        guard !store.unloadedRecords.isEmpty else { return [] }
        var wanted: [String] = []
        if isSearchingArchive {
            wanted = store.unloadedRecords.sorted()
        } else if let item = openItem, let matter = store.meetings[item.meetingIndex].agenda[item.itemIndex].matter {
            // Looked up once per matter opened, not on every key while it is open.
            guard historyReadFor != matter else { return [] }
            historyReadFor = matter
            wanted = store.meetings.filter { meeting in meeting.agenda.contains { $0.matter == matter } }.map(\.id)
        } else if let meetingIndex = currentMeeting {
            wanted = [store.meetings[meetingIndex].id] + recordsForTakingUp(meetingIndex)
        }
        let fresh = wanted.filter { store.unloadedRecords.contains($0) && !requestedRecords.contains($0) }
        guard !fresh.isEmpty else { return [] }
        requestedRecords.formUnion(fresh)
        return [.readRecords(fresh)]
    }

    /// Records read: the agendas as changed at their meetings, the screens following, a search waiting for them run.
    mutating func recordsRead(_ read: [String: MeetingRecord], live lives: [String: LiveMeeting] = [:], unusable: [String], problem: String?) {
        store.markRecordsRead(Array(read.keys) + unusable)
        live.merge(lives) { _, fresh in fresh }
        takeUpLookedUpFor = nil
        requestedRecords.subtract(Array(read.keys) + unusable)
        replaceRecords(store.records.merging(read) { _, fresh in fresh })
        archiveIndex = nil
        if let problem { status = strings.recordsUnreadable(unusable.count, problem) }
        if case .search = screen { searchAgain(force: true) }
    }
}
