import DocketModel

/// The record of a whole meeting (`R`): attendance, officials, checkers,
/// agenda changes, approval, and every warning of the checks. Everyone can
/// read it; the clerk changes it here.
public struct MeetingRecordScreen: ListScreenUnit, Equatable {
    /// What a row is about, for the clerk's keys.
    public enum Target: Sendable, Equatable {
        case attendance(String)
        case official(Int)
        case agendaChange(Int)
        case firstParagraph, held, checkers, checking, approval
        case warning(item: String?)
    }

    public struct Row: Sendable, Equatable {
        public let text: String
        public let style: StyledLine.Style
        public let target: Target?

        public var isSelectable: Bool { target != nil }
    }

    public let meetingIndex: Int
    public internal(set) var rows: [Row] = []
    public internal(set) var cursor = ListCursor()

    init(meetingIndex: Int, in state: AppState) {
        self.meetingIndex = meetingIndex
        refresh(in: state)
        cursor = ListCursor.first(in: rows.map(\.isSelectable))
    }

    var selectedTarget: Target? { rows[safe: cursor.selected]?.target }
    var screen: Screen { .meetingRecord(self) }

    static func opened(in state: AppState) -> Result<Screen, Refusal> {
        guard let index = state.currentMeeting else { return .failure(Refusal(reason: state.strings.nothingToOpen)) }
        return .success(.meetingRecord(MeetingRecordScreen(meetingIndex: index, in: state)))
    }

    func look(in state: AppState) -> ScreenLook {
        .rows(rows.map { ScreenRow(text: $0.text, style: $0.style, isSelectable: $0.isSelectable) }, cursor: cursor)
    }

    func meetingIndex(in state: AppState) -> Int? { meetingIndex }
    func selectable(in state: AppState) -> [Bool] { rows.map(\.isSelectable) }
    func searchableLines(in state: AppState) -> [String] { rows.map(\.text) }

    func crumbs(in state: AppState, below: Screen?) -> [String] {
        state.crumbs(meetingIndex: meetingIndex, below: below) + [state.strings.clerk.recordTitle]
    }

    /// Space pages for a member; only the clerk's keys change the record.
    func contexts(in state: AppState) -> [KeyContext] {
        state.identity.role == .clerk ? [.meetingRecord, .list, .navigation, .global] : [.list, .navigation, .global]
    }

    /// The agenda item a warning is about, if it is on the agenda.
    private func warnedItem(in state: AppState) -> Int? {
        guard case .warning(let id?)? = selectedTarget else { return nil }
        return state.store.meetings[meetingIndex].agenda.firstIndex { $0.id == id }
    }

    func openRefusal(in state: AppState) -> String? { warnedItem(in: state) == nil ? state.strings.nothingToOpen : nil }

    /// A warning opens its item's Outcome.
    func open(in state: inout AppState) -> [Effect] {
        if let itemIndex = warnedItem(in: state) { state.openItem(meetingIndex: meetingIndex, itemIndex: itemIndex, part: .outcome) }
        return []
    }

    func refreshed(for change: ScreenRefresh, in state: AppState) -> Screen {
        guard case .records = change else { return screen }
        var copy = self
        copy.refresh(in: state)
        return copy.screen
    }

    /// The rows again from the record, the cursor staying on what it was on.
    mutating func refresh(in state: AppState) {
        let target = selectedTarget
        rows = MeetingRecordScreen.rows(state, meetingIndex: meetingIndex)
        if let target, let row = rows.firstIndex(where: { $0.target == target }) {
            cursor.select(row, selectable: rows.map(\.isSelectable), visible: state.bodyHeight)
        } else {
            cursor = ListCursor.first(in: rows.map(\.isSelectable), from: min(cursor.selected, rows.count - 1))
        }
    }

    static func rows(_ state: AppState, meetingIndex: Int) -> [Row] {
        let strings = state.strings.clerk
        let meeting = state.store.meetings[meetingIndex]
        let record = state.store.records[meeting.id]
        var rows: [Row] = []
        func add(_ text: String, _ style: StyledLine.Style = .body, _ target: Target? = nil) {
            rows.append(Row(text: text, style: style, target: target))
        }
        func itemLabel(_ id: String?) -> String {
            guard let id, let item = meeting.agenda.first(where: { $0.id == id }) else { return id ?? "" }
            return "\(item.printedNumber). \(state.title(of: item))"
        }
        add(strings.firstParagraphRow(record?.firstParagraph ?? state.firstParagraph(for: meeting), record == nil), .body, .firstParagraph)
        add("")
        add(strings.attendanceHeading, .heading)
        for member in state.store.committee.members {
            guard let role = member.role(on: meeting.date), role != .clerk else { continue }
            let attendance = record?.attendance.first { $0.member == member.id }
            var text = (attendance?.present == true ? "● " : attendance == nil ? "  " : "○ ") + state.memberName(member.id)
            text += ", " + (state.strings.clerk.roleNames[role] ?? role.rawValue)
            switch attendance {
            case nil: text += " — " + strings.notRecorded
            case let present? where present.present:
                text += " — " + (present.servingFor.map { strings.servingFor(state.memberName($0)) }
                                 ?? (present.serving == true ? strings.servingWithoutSeat : strings.present))
                // Each stretch of taking part: "från 3. …, gick före 5. …; från 7. …".
                // Several stretches name their items by number alone, so the row stays readable.
                let label: (String) -> String = present.periods == nil ? itemLabel : { id in
                    meeting.agenda.first { $0.id == id }?.printedNumber ?? id
                }
                let stretches = present.stretches.map { stretch in
                    [stretch.arrivedAt.map { strings.arrivedAt(label($0)) }, stretch.leftAt.map { strings.leftAt(label($0)) }]
                        .compactMap { $0 }.joined(separator: ", ")
                }.filter { !$0.isEmpty }
                if !stretches.isEmpty { text += ", " + stretches.joined(separator: "; ") }
            case .some: text += " — " + strings.absent
            }
            add(text, .body, .attendance(member.id))
        }
        add("")
        add(strings.officialsHeading, .heading)
        if record?.officials.isEmpty ?? true { add(strings.noneRecorded, .muted) }
        for (index, official) in (record?.officials ?? []).enumerated() {
            add(official.title.map { "\(official.name), \($0)" } ?? official.name, .body, .official(index))
        }
        add("")
        let checkers = record?.checkers ?? []
        add(strings.checkersRow(checkers.isEmpty ? strings.noCheckers : checkers.map(state.memberName).joined(separator: ", ")), .body, .checkers)
        add(strings.checkingRow(record?.checking.map { checking in
            [[checking.date, checking.time].compactMap { $0 }.joined(separator: " "), checking.place].compactMap { $0 }.joined(separator: ", ")
        } ?? strings.noChecking), .body, .checking)
        // When it began and ended: from the live file, else as the clerk typed it (a meeting entered after the fact).
        let live = state.live[meeting.id]
        let start = live?.opened?.clockTime ?? record?.held?.start
        let end = live?.closed?.clockTime ?? record?.held?.end
        add(strings.heldRow(start.map { $0 + (end.map { "–" + $0 } ?? "") } ?? strings.heldNotRecorded), .body, .held)
        add("")
        add(strings.agendaChangesHeading, .heading)
        let changes = record?.agendaChanges ?? []
        if changes.isEmpty { add(strings.approvedAsSent, .muted) }
        for (index, change) in changes.enumerated() {
            let text: String
            switch change.kind {
            case .struck: text = strings.struckChange(itemLabel(change.item))
            case .added: text = strings.addedChange(itemLabel(change.item))
            case .moved: text = strings.movedChange(itemLabel(change.item), change.before.map(itemLabel) ?? strings.last)
            }
            add(text, .body, .agendaChange(index))
        }
        add("")
        add(strings.minutesHeading, .heading)
        add(strings.approvalRow(record?.approved, record?.posted), .body, .approval)
        for correction in record?.corrections ?? [] { add(strings.correctionRow(correction.at, state.memberName(correction.by), correction.reason), .muted) }
        add("")
        let warnings = state.recordWarnings(meetingIndex: meetingIndex)
        add(strings.checksHeading(warnings.count), .heading)
        if record == nil { add(strings.nothingRecordedYet, .muted) } else if warnings.isEmpty { add(strings.noWarnings, .muted) }
        let paragraphs = record?.paragraphNumbers ?? [:]
        for warning in warnings {
            let place = warning.item.map { id in paragraphs[id].map { "§ \($0)" } ?? itemLabel(id) } ?? strings.wholeMeeting
            add("⚠ \(place): \(state.words(for: warning, meeting: meeting.id))", .notice, .warning(item: warning.item))
        }
        return rows
    }
}
