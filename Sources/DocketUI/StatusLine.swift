import DocketCore
import DocketText

/// The last row: the find prompt while typing; otherwise a message or the
/// hints for this screen (generated from the keymap) and the position.
enum StatusLine {
    /// `above`: the rows over the status row, where a message too long for one row continues upwards
    /// (at most `messageRows` in all), so that a sentence is never cut on a narrow terminal.
    static func draw(_ state: AppState, in area: Area, above: Area, into grid: inout Grid) {
        let y = area.y
        grid.fill(x: area.x, y: y, count: area.width, role: .statusBar)
        let wrapper = TextWrapper(metrics: state.metrics)
        if let question = state.confirmation {
            drawMessage(questionText(question, state), role: .selected, width: area.width - 2, area: area, above: above, into: &grid, wrapper: wrapper)
            return
        }
        if let prompt = state.prompt {
            drawPrompt(prompt, state: state, in: area, into: &grid)
            return
        }
        // While a meeting is live, where it is matters more than the scroll position.
        let position = state.liveSummary.map { wrapper.truncate($0, width: area.width / 2) } ?? positionText(state)
        let positionWidth = state.metrics.width(of: position)
        if !position.isEmpty {
            grid.put(position, x: area.width - positionWidth - 1, y: y, role: state.liveSummary == nil ? .statusBar : .activeTab)
        }
        let room = max(0, area.width - 2 - (position.isEmpty ? 0 : positionWidth + 2))
        if let status = state.status {
            drawMessage(status, role: .statusBar, width: room, area: area, above: above, into: &grid, wrapper: wrapper)
        } else {
            grid.put(wrapper.truncate(fitting(hints(state), into: room, state: state), width: room), x: area.x + 1, y: y, role: .statusBar)
        }
    }

    static let messageRows = 3

    /// A message on the status row; one too long for it wraps, its first lines on the rows above, on the status bar's colour.
    private static func drawMessage(_ text: String, role: Role, width: Int, area: Area, above: Area, into grid: inout Grid, wrapper: TextWrapper) {
        var lines = wrapper.wrap(text, width: max(1, width))
        if lines.count > messageRows {
            lines = Array(lines.prefix(messageRows))
            lines[messageRows - 1] = wrapper.truncate(lines[messageRows - 1] + " …", width: width)
        }
        let extra = min(lines.count - 1, above.height)
        for (index, line) in lines.suffix(extra + 1).dropLast().enumerated() {
            let y = above.bottom - extra + index
            grid.fill(x: area.x, y: y, count: area.width, role: role)
            grid.put(line, x: area.x + 1, y: y, role: role)
        }
        grid.put(wrapper.truncate(lines.last ?? "", width: width), x: area.x + 1, y: area.y, role: role)
    }

    /// The label, then as much of the text as fits with the cursor in view.
    static func drawPrompt(_ prompt: Prompt, state: AppState, in area: Area, into grid: inout Grid) {
        let y = area.y
        let label: String
        switch prompt.purpose {
        case .find, .findInHelp: label = state.strings.findPrompt
        case .newNote(_, nil): label = state.strings.notePromptOnItem
        case .newNote(_, let anchor?): label = state.strings.notePromptOnParagraph(anchor.paragraph + 1, anchor.kind)
        case .ownProposal(_, _, let kind): label = state.strings.ownProposalPrompt(state.strings.ownProposalKinds[kind] ?? kind.rawValue)
        case .motivation: label = state.strings.motivationPrompt
        case .jumpLive: label = state.strings.jumpPrompt
        case .archiveSearch: label = state.strings.search.prompt
        case .item(let purpose): label = itemPromptLabel(purpose, state.strings)
        case .meeting(let purpose): label = meetingPromptLabel(purpose, state.strings.clerk)
        case .matterField(_, let field): label = matterFieldLabel(field, state)
        }
        let start = grid.put(label, x: area.x + 1, y: y, role: .statusBar)
        let room = max(1, area.width - start - 1)
        // Only the characters around the cursor are measured: a pasted megabyte costs a frame no more than a word.
        let characters = prompt.editor.characters
        let cursor = prompt.editor.cursor
        var first = cursor
        var beforeCursor = 0
        while first > 0 {
            let width = state.metrics.width(of: String(characters[first - 1]))
            guard beforeCursor + width + 1 <= room else { break }
            beforeCursor += width
            first -= 1
        }
        var shown = ""
        var shownWidth = 0
        var index = first
        while index < characters.count, shownWidth < room {
            shown.append(characters[index])
            shownWidth += state.metrics.width(of: String(characters[index]))
            index += 1
        }
        grid.put(shown, x: start, y: y, role: .statusBar, limit: area.width - 1)
        grid.restyle(x: start + beforeCursor, y: y, count: 1, role: .selected)
    }

    static func itemPromptLabel(_ purpose: Prompt.ItemRecordPurpose, _ strings: Strings) -> String {
        switch purpose {
        case .proposalText: return strings.clerk.proposalTextPrompt
        case .decision(_, _, let category): return strings.clerk.decisionPrompt(strings.decisionCategories[category] ?? category.rawValue)
        case .statement: return strings.clerk.statementPrompt
        case .lines(_, _, let list): return strings.clerk.textList(list).prompt
        case .referralBody: return strings.clerk.referralBodyPrompt
        case .voteCounts: return strings.clerk.voteCountsPrompt
        case .presenter: return strings.clerk.presenterPrompt
        }
    }

    static func matterFieldLabel(_ field: MatterField, _ state: AppState) -> String {
        let words = state.strings.clerk.correction
        switch field {
        case .diaryNumber: return words.prompt(words.diaryNumber)
        case .title: return words.prompt(words.matterTitle)
        case .kind: return words.prompt(words.kind)
        case .date: return words.datePrompt
        case .officer: return words.optionalPrompt(words.officer)
        case .department: return words.optionalPrompt(words.department)
        case .clauses: return words.clausesPrompt
        case .warningsChecked: return ""
        }
    }

    static func meetingPromptLabel(_ purpose: Prompt.MeetingRecordPurpose, _ clerk: ClerkStrings) -> String {
        switch purpose {
        case .arrivedAt: return clerk.arrivedPrompt
        case .leftAt: return clerk.leftPrompt
        case .checking: return clerk.checkingPrompt
        case .held: return clerk.heldPrompt
        case .official: return clerk.officialPrompt
        case .firstParagraph: return clerk.firstParagraphPrompt
        case .approvedOn: return clerk.approvedPrompt
        case .postedOn: return clerk.postedPrompt
        case .correctionReason: return clerk.correctionPrompt
        case .extraItem: return clerk.extraItemPrompt
        case .moveItem: return clerk.moveItemPrompt
        case .itemTitle: return clerk.itemTitlePrompt
        case .presenter: return clerk.presenterPrompt
        }
    }

    static func questionText(_ question: Confirmation, _ state: AppState) -> String {
        let strings = state.strings
        switch question {
        case .deleteNote: return strings.confirmDeleteNote
        case .discardNote: return strings.confirmDiscardNote
        case .useFailedEdit(_, _, let failure): return strings.confirmUseFailedEdit(failure)
        case .quitWithUnsaved(let count, let reason): return strings.confirmQuitUnsaved(count, reason)
        case .closeMeeting: return strings.confirmCloseMeeting
        case .writtenReservation: return strings.clerk.writtenQuestion
        case .titleOnlyItem(_, _, let text): return strings.clerk.noMatterWithNumber(text)
        case .sendNotice: return strings.clerk.confirmSendNotice
        case .openEarly(let meeting): return strings.confirmOpenEarly(state.store.meetings.first { $0.id == meeting }.map { state.longDate($0.date) } ?? meeting)
        }
    }

    /// Whole hints only: the last ones give way until the line fits; help and back never do.
    static func fitting(_ hints: [(command: Command, text: String)], into room: Int, state: AppState) -> String {
        var kept = hints
        func line() -> String { kept.map(\.text).joined(separator: "  ") }
        while state.metrics.width(of: line()) > room, let last = kept.lastIndex(where: { ![.help, .back].contains($0.command) }) {
            kept.remove(at: last)
        }
        return line()
    }

    static func hints(_ state: AppState) -> [(command: Command, text: String)] {
        var seen = Set<Command>()
        var contexts = state.activeContexts
        // Enter opens nothing in running text, so it is not offered there.
        if case .item(let item) = state.screen, !item.part.isList { contexts.removeAll { $0 == .list } }
        let strings = state.strings
        return state.keymap.bindings(in: contexts)
            .filter { $0.hint && seen.insert($0.command).inserted }
            .filter { $0.command != .picker(.mark) || state.picker?.allowsSeveral == true }
            // The clerk's way in is offered to the clerk only.
            .filter { ![.recordMenu, .show(.meetingRecord)].contains($0.command) || state.identity.role == .clerk }
            .filter { $0.command != .show(.meetingRecord) || !state.isOnMeetingRecord }
            .map { ($0.command, "\(strings.keyLabel($0.keys[0])) \(strings.hintLabels[$0.command] ?? strings.describe($0.command))") }
    }

    private static func positionText(_ state: AppState) -> String {
        switch state.screen.look(in: state) {
        case .item(let item) where !item.part.isList:
            let visible = state.itemBodyHeight(item)
            return state.strings.linePosition(min(item.lines.count, item.offset + visible), item.lines.count)
        case .text(let lines, let offset):
            return state.strings.linePosition(min(lines.count, offset + state.textBodyHeight), lines.count)
        case .meetings, .agenda, .item, .notesOverview, .positionsOverview, .rows, .search:
            return ""
        }
    }
}
