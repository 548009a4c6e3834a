import DocketModel
import DocketText

/// Everything the interface shows, as one value. Only `update` changes it.
public struct AppState: Sendable, Equatable {
    public static let minimumWidth = 40
    public static let minimumHeight = 10

    /// The store as loaded; each meeting's agenda as changed at the meeting, and records as on disk now.
    public internal(set) var store: StoreContents
    /// The meetings as the administration sent them out.
    /// The meetings as their files have them; `store.meetings` adds the agenda changes of their records.
    var sentMeetings: [Meeting]
    /// Today's date in the committee's time zone: what separates upcoming from past.
    public let today: String
    public let metrics: TextMetrics
    public let keymap: Keymap
    public internal(set) var meetingRows: [MeetingRow]
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// Never empty: the meetings list is at the bottom.
    public internal(set) var stack: [Screen]
    /// What has the keyboard before the screen does, when anything: one at a time.
    public internal(set) var modal: Modal?
    /// Who is at the keyboard.
    public let identity: Identity
    /// Store files that could not be used: the rest opened without them.
    public let damage: [DamagedFile]
    /// My notes (private and shared) and everyone else's shared notes.
    public internal(set) var notes: [VisibleNote]
    /// Positions on the store's meetings: mine, and others' shared ones.
    public internal(set) var positions: [VisiblePosition]
    /// What I have read, at which revision.
    public internal(set) var readMarks: [ReadMark]
    /// Each meeting's live state, by meeting id, for meetings that have been opened.
    public internal(set) var live: [String: LiveMeeting]
    /// Whether my screen follows the live meeting.
    public internal(set) var following: Following = .off
    /// Meetings whose approved record I am correcting.
    public internal(set) var correcting: Set<String> = []
    /// The last deleted note, for `u`.
    public internal(set) var lastDeleted: VisibleNote?
    /// Note changes that could not be written yet: retried with the next save and on quit.
    public internal(set) var unsaved: [NoteChange] = []
    /// The clerk's record changes that could not be written yet: shown, retried with the next change and on quit.
    public internal(set) var unsavedRecords: [RecordChange] = []
    /// The clerk's changes this session, for undo; and those undone, for redo.
    public internal(set) var recordUndo: [RecordStep] = []
    public internal(set) var recordRedo: [RecordStep] = []
    /// Presiding actions that could not be written yet: retried with the next one and on quit.
    public internal(set) var unsavedLive: [LiveAction] = []
    /// Position and read-mark changes that could not be written yet: retried with the next one and on quit.
    public internal(set) var unsavedPositions: [PositionChange] = []
    /// Quit was asked for while changes were unsaved: quit once they are written.
    var quitPending = false
    /// Matters asked of the runtime and not read yet: asked once.
    var requestedMatters: Set<String> = []
    /// Meetings whose records were asked for and not read yet.
    var requestedRecords: Set<String> = []
    /// The matter whose meetings' records were last asked for: its history is complete.
    var historyReadFor: String?
    /// An extra item typed as a diary number while the archive's other matters are still unread: added when they are.
    var pendingExtraItem: PendingExtraItem?
    /// The item last taken off an agenda being prepared.
    var lastTakenOff: TakenOffItem?
    /// The agenda whose still-open matters were last looked up (a walk through every meeting): once, and again when records arrive.
    var takeUpLookedUpFor: String?
    /// The archive's search index, built when the archive is first searched.
    public internal(set) var archiveIndex: SharedArchiveIndex?
    /// The last confirmed find text; n and N look for it.
    public internal(set) var query: String?
    /// The lines the last find matched, and in which text: kept while the query and the text stay.
    var found: FoundLines?
    /// The line (of the top screen's lines or rows) holding the current match.
    public internal(set) var matchLine: Int?
    public internal(set) var status: String?
    public internal(set) var isRunning = true
    /// The language the interface speaks to this person; content keeps its own.
    public let language: InterfaceLanguage

    public var strings: Strings { Strings.for(language) }
    /// Words that become content (a proposal recorded from the agenda, say): always the committee's language.
    public var contentStrings: Strings { Strings.for(store.committee.locale) }

    public init(store: StoreContents, today: String, width: Int, height: Int,
                metrics: TextMetrics = TextMetrics(), keymap: Keymap = .standard,
                identity: Identity = Identity(member: nil, role: nil, banner: nil), notes: [VisibleNote] = [],
                positions: [VisiblePosition] = [], readMarks: [ReadMark] = [], live: [String: LiveMeeting] = [:],
                damage: [DamagedFile] = [], language: InterfaceLanguage? = nil) {
        self.language = language ?? store.committee.locale
        self.live = live
        self.damage = damage
        self.sentMeetings = store.meetings
        var changed = store
        changed.meetings = store.meetings.map { $0.applying(store.records[$0.id]?.agendaChanges ?? []) }
        self.store = changed
        self.identity = identity
        self.notes = notes
        self.positions = positions
        self.readMarks = readMarks
        self.today = today
        self.metrics = metrics
        self.keymap = keymap
        self.width = width
        self.height = height
        self.meetingRows = AppState.meetingRows(store: store, today: today, live: live, strings: Strings.for(language ?? store.committee.locale))
        self.stack = [.meetings(MeetingsScreen(cursor: ListCursor.first(in: meetingRows.map(\.isSelectable))))]
    }

    public var screen: Screen { stack[stack.count - 1] }

    /// The state with a message in the status line (a problem found at start, for instance).
    public func showing(_ message: String) -> AppState {
        var state = self
        state.status = message
        return state
    }
    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

    /// The meetings list again, after a meeting was closed or added: the cursor stays on its meeting.
    mutating func refreshMeetingRows() {
        let fresh = AppState.meetingRows(store: store, today: today, live: live, strings: strings)
        guard fresh != meetingRows else { return }
        let selected = stack.first.flatMap { screen -> MeetingRow? in
            if case .meetings(let meetings) = screen { return meetingRows[safe: meetings.cursor.selected] } else { return nil }
        }
        meetingRows = fresh
        guard case .meetings(var meetings)? = stack.first else { return }
        if let selected, let row = fresh.firstIndex(of: selected) {
            meetings.cursor.select(row, selectable: fresh.map(\.isSelectable), visible: meetingsVisibleRows)
        } else {
            meetings.cursor = ListCursor.first(in: fresh.map(\.isSelectable))
        }
        stack[0] = .meetings(meetings)
    }

    /// Upcoming meetings soonest first, then past ones latest first: a meeting closed today is past.
    static func meetingRows(store: StoreContents, today: String, live: [String: LiveMeeting], strings: Strings) -> [MeetingRow] {
        let indexed = store.meetings.indices.sorted { store.meetings[$0].date < store.meetings[$1].date }
        let isPast = { (index: Int) in store.meetings[index].date < today || live[store.meetings[index].id]?.closed != nil }
        let upcoming = indexed.filter { !isPast($0) }
        let past = indexed.filter(isPast).reversed()
        var rows: [MeetingRow] = []
        if !upcoming.isEmpty { rows.append(.heading(strings.upcoming)); rows += upcoming.map { .meeting($0) } }
        if !past.isEmpty { rows.append(.heading(strings.past)); rows += past.map { .meeting($0) } }
        return rows
    }

    static func agendaRows(for meeting: Meeting) -> [AgendaRow] {
        var rows: [AgendaRow] = []
        var section: String?
        for (index, item) in meeting.agenda.enumerated() {
            if item.section != section {
                section = item.section
                rows.append(.heading(meeting.sections.first { $0.id == item.section }?.title ?? item.section))
            }
            rows.append(.item(index))
        }
        return rows
    }

    // MARK: Geometry shared with the views

    /// Rows between the title bar and the status line.
    public var bodyHeight: Int { max(0, height - 2) }

    /// The first screen row of the meetings list and of an agenda's rows.
    public static let meetingsTop = 1
    public static let agendaTop = 2

    public var agendaVisibleRows: Int { max(1, height - AppState.agendaTop - 1) }
    /// The banners (damaged files, and who you are if Docket had to guess) take the rows above the status line.
    public var meetingsVisibleRows: Int {
        max(1, height - AppState.meetingsTop - 1 - (identity.banner == nil ? 0 : 1) - damageLines.count)
    }

    /// The first screen row of an item's part, below its header and tab bar.
    public func itemBodyTop(_ item: ItemScreen) -> Int { 1 + item.layout.header.count + 1 }
    public func itemBodyHeight(_ item: ItemScreen) -> Int { max(1, height - itemBodyTop(item) - 1) }
    public var textBodyHeight: Int { max(1, height - 2) }

    /// Width available to laid-out text.
    var layoutWidth: Int { max(AppState.minimumWidth, width) }
}
