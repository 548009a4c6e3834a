import DocketCore
import DocketText

/// A meeting's notes by agenda item: one line a note, Enter goes to its place.
enum NotesOverviewView {
    static func draw(_ state: AppState, overview: NotesOverviewScreen, in area: Area, into grid: inout Grid) {
        let wrapper = TextWrapper(metrics: state.metrics)
        let glyphs = ChromeGlyphs(metrics: state.metrics)
        guard !overview.rows.isEmpty else {
            grid.put(wrapper.truncate(state.strings.noNotesInMeeting, width: area.width - 4), x: area.x + 2, y: area.y, role: .muted)
            return
        }
        let meeting = state.store.meetings[overview.meetingIndex]
        for (row, index) in (overview.cursor.offset..<min(overview.rows.count, overview.cursor.offset + area.height)).enumerated() {
            let y = area.y + row
            switch overview.rows[index] {
            case .item(let itemIndex):
                let item = meeting.agenda[itemIndex]
                grid.put(wrapper.truncate("\(item.printedNumber). \(state.title(of: item))", width: area.width - 2), x: area.x + 1, y: y, role: .heading)
            case .note(_, let visible):
                let selected = index == overview.cursor.selected
                if selected { grid.fill(x: area.x, y: y, count: area.width, role: .selected) }
                let note = visible.note
                let who: String
                if note.author == state.identity.member?.id {
                    who = visible.shared ? state.strings.noteSharedLabel : state.strings.notePrivate
                } else {
                    who = state.store.committee.member(id: note.author)?.name ?? note.author
                }
                let place = note.anchor.map { "¶\($0.paragraph + 1)" } ?? state.strings.noteOnItem
                let firstLine = note.text.split(separator: "\n").first.map(String.init) ?? ""
                let x = grid.put(who + glyphs.separator + place + glyphs.separator, x: 4, y: y, role: selected ? .selected : .muted)
                grid.put(wrapper.truncate(firstLine, width: max(0, area.width - x - 1)), x: x, y: y, role: selected ? .selected : .normal)
                Highlighter.highlight(firstLine, x: x, y: y, state: state, isCurrent: state.matchLine == index, into: &grid)
            }
        }
    }
}
