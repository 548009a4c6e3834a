import DocketModel

/// The whole archive searched as you type: each matter found once, with the
/// meetings it was on, its diary number and where the words stand.
public struct SearchScreen: ListScreenUnit, Equatable {
    /// The query as typed.
    public var text: String
    public var results: [SearchResult]
    public var cursor: ListCursor

    var screen: Screen { .search(self) }

    /// Two rows a result: the matter, then its snippet.
    public static let rowsPerResult = 2
    /// The query line and a blank line stand above the results.
    var firstRow: Int { 3 }
    func visibleRows(in state: AppState) -> Int { max(1, state.bodyHeight - 2) }

    var selectedResult: SearchResult? { results[safe: cursor.selected / SearchScreen.rowsPerResult] }

    func look(in state: AppState) -> ScreenLook { .search(self) }
    func selectable(in state: AppState) -> [Bool] { results.flatMap { _ in [true, false] } }

    func crumbs(in state: AppState, below: Screen?) -> [String] { [state.strings.search.title] }

    func searchableLines(in state: AppState) -> [String] {
        results.flatMap { [state.resultHeading($0), $0.snippet] }
    }

    func openRefusal(in state: AppState) -> String? { results.isEmpty ? state.strings.search.nothingFound : nil }

    /// Enter: the item, at the latest meeting it was on, in the part where the words stand, at the first of them.
    func open(in state: inout AppState) -> [Effect] {
        guard let result = selectedResult, let appearance = result.appearances.first else { return [] }
        let part: ItemPart = switch result.place {
        case .title, .document: .report
        case .proposal: .proposal
        case .decision: .outcome
        case .note: .notes
        }
        state.openItem(meetingIndex: appearance.meetingIndex, itemIndex: appearance.itemIndex, part: part)
        if let word = SearchQuery(text).highlighted.first { state.confirmFind(word) }
        return []
    }
}

/// The archive's index, shared between states without being copied or compared word by word.
public final class SharedArchiveIndex: Sendable, Equatable {
    public let index: ArchiveIndex

    init(_ index: ArchiveIndex) { self.index = index }

    public static func == (left: SharedArchiveIndex, right: SharedArchiveIndex) -> Bool { left === right }
}

extension AppState {
    /// `S`: the archive search, over whatever screen is open; typing searches.
    mutating func openSearch() {
        if case .search(let open) = screen {
            prompt = Prompt(purpose: .archiveSearch, text: open.text)
            return
        }
        stack.append(.search(SearchScreen(text: "", results: [], cursor: ListCursor.first(in: []))))
        prompt = Prompt(purpose: .archiveSearch)
    }

    /// After each key on the search line: the results for what is typed now; `force` once the archive is read.
    mutating func searchAgain(force: Bool = false) {
        guard case .search(var open) = screen else { return }
        let typed = prompt?.editor.text ?? open.text
        guard force || typed != open.text else { return }
        // The whole archive is searched: until every matter is read, the search waits, and says so.
        guard store.unloadedMatters.isEmpty, store.unloadedRecords.isEmpty else {
            status = strings.search.reading
            return
        }
        if archiveIndex == nil { archiveIndex = SharedArchiveIndex(ArchiveIndex(store: store)) }
        let own = notes.filter { $0.note.author == identity.member?.id }.map(\.note)
        open.text = typed
        open.results = archiveIndex?.index.search(SearchQuery(typed), in: store, notes: own) ?? []
        open.cursor = ListCursor.first(in: open.results.flatMap { _ in [true, false] })
        replaceTop(.search(open))
    }

    /// Esc on the search line: back where the search began.
    mutating func leaveSearch() {
        if case .search = screen { back() }
    }

    /// A result's first line: the latest meeting and its item, the diary number, the title, and the other meetings.
    public func resultHeading(_ result: SearchResult) -> String {
        let latest = result.appearances.first.map { appearance in
            let meeting = store.meetings[appearance.meetingIndex]
            return "\(longDate(meeting.date)), \(strings.search.item) \(meeting.agenda[appearance.itemIndex].printedNumber)"
        }
        let others = result.appearances.dropFirst().map { store.meetings[$0.meetingIndex].date }
        let more = others.isEmpty ? "" : " · " + strings.search.alsoOn(others)
        return [latest, result.diaryNumber, result.title].compactMap { $0 }.joined(separator: " · ") + more
    }
}
