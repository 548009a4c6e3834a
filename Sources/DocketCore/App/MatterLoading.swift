import DocketModel

/// An archive opens with the matters its upcoming meetings need; a meeting's
/// matters are read when it is selected or opened, and all of them when the
/// archive is searched. Reading is the runtime's: these ask for it and take the result.
extension AppState {
    /// The matters the screen needs and nobody has asked for yet.
    mutating func mattersToRead() -> [Effect] {
        guard !store.unloadedMatters.isEmpty else { return [] }
        let wanted: [String]
        if case .search(let search) = screen, prompt?.purpose == .archiveSearch || !search.text.isEmpty {
            wanted = store.unloadedMatters.sorted()
        } else if let meetingIndex = currentMeeting {
            wanted = store.unloaded(in: [store.meetings[meetingIndex]])
        } else {
            wanted = []
        }
        let fresh = wanted.filter { !requestedMatters.contains($0) }
        guard !fresh.isEmpty else { return [] }
        requestedMatters.formUnion(fresh)
        return [.readMatters(fresh)]
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
