import DocketModel
import DocketText

extension AppState {
    mutating func open() -> [Effect] {
        switch screen {
        case .meetings(let cursor):
            guard case .meeting(let index)? = meetingRows[safe: cursor.selected] else { return [] }
            openAgenda(meetingIndex: index, itemIndex: nil)
        case .agenda(let agenda):
            guard let itemIndex = agenda.selectedItem else { return [] }
            openItem(meetingIndex: agenda.meetingIndex, itemIndex: itemIndex, part: .proposal)
        case .item(let item):
            guard let target = item.layout.part(item.part).targets[safe: item.selection] else { return [] }
            switch target {
            case .none:
                status = strings.onlyMeetingsOpen
            case .agenda(let meetingIndex, let itemIndex):
                openAgenda(meetingIndex: meetingIndex, itemIndex: itemIndex)
            case .attachment(let attachment):
                return open(attachment)
            case .note(let visible):
                showPlace(of: visible)
            }
        case .pager:
            break
        case .notesOverview(let overview):
            openFromOverview(overview)
        case .positionsOverview(let overview):
            if let itemIndex = overview.rows[safe: overview.cursor.selected] {
                openItem(meetingIndex: overview.meetingIndex, itemIndex: itemIndex, part: .proposal)
            }
        case .meetingRecord(let record):
            // A warning opens its item's Outcome.
            if case .warning(let id?)? = record.selectedTarget,
               let itemIndex = store.meetings[record.meetingIndex].agenda.firstIndex(where: { $0.id == id }) {
                openItem(meetingIndex: record.meetingIndex, itemIndex: itemIndex, part: .outcome)
            }
        }
        return []
    }

    mutating func back() {
        if helpOffset != nil { helpOffset = nil; return }
        guard stack.count > 1 else { return }
        stack.removeLast()
        matchLine = nil
    }

    mutating func openAgenda(meetingIndex: Int, itemIndex: Int?) {
        let rows = AppState.agendaRows(for: store.meetings[meetingIndex])
        let selectable = rows.map(\.isSelectable)
        var cursor = ListCursor.first(in: selectable)
        if let itemIndex, let row = rows.firstIndex(of: .item(itemIndex)) {
            cursor.select(row, selectable: selectable, visible: agendaVisibleRows)
        }
        stack.append(.agenda(AgendaScreen(meetingIndex: meetingIndex, rows: rows, cursor: cursor)))
        matchLine = nil
    }

    mutating func openItem(meetingIndex: Int, itemIndex: Int, part: ItemPart) {
        let layout = itemLayout(meetingIndex: meetingIndex, itemIndex: itemIndex)
        stack.append(.item(ItemScreen(meetingIndex: meetingIndex, itemIndex: itemIndex, part: part,
                                      offsets: [:], selections: [:], layout: layout)))
        matchLine = nil
    }

    mutating func switchPart(by delta: Int) {
        guard var item = openItem else { return }
        let count = ItemPart.allCases.count
        item.part = ItemPart(rawValue: (item.part.rawValue + delta + count) % count)!
        replaceTop(.item(item))
        matchLine = nil
    }

    mutating func jumpToPart(_ number: Int) {
        guard var item = openItem else { return }
        guard let part = ItemPart(rawValue: number - 1) else { return }
        item.part = part
        replaceTop(.item(item))
        matchLine = nil
    }

    /// `]` and `[`: the neighbouring item of the same agenda, in the same part.
    mutating func switchItem(by delta: Int) {
        guard let item = openItem else { return }
        let target = item.itemIndex + delta
        stack.removeLast()
        // The agenda underneath follows, so going back lands on this item.
        if case .agenda(var agenda) = screen, agenda.meetingIndex == item.meetingIndex,
           let row = agenda.rows.firstIndex(of: .item(target)) {
            agenda.cursor.select(row, selectable: agenda.rows.map(\.isSelectable), visible: agendaVisibleRows)
            replaceTop(.agenda(agenda))
        }
        openItem(meetingIndex: item.meetingIndex, itemIndex: target, part: item.part)
    }

    /// Text attachments open in Docket's pager; other files and web addresses go to
    /// the desktop. Only paths inside the store and http(s) addresses are opened.
    func openAttachmentEffect(_ attachment: Attachment) -> Effect? {
        if let text = attachment.text, !text.isEmpty { return nil }
        if let path = attachment.path, StorePath.isConfined(path) {
            return attachment.mediaType.hasPrefix("text/")
                ? .readAttachment(path: path, title: attachment.title)
                : .openExternally(.storeFile(path: path))
        }
        if let url = attachment.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
            return .openExternally(.webAddress(url))
        }
        return nil
    }

    private mutating func open(_ attachment: Attachment) -> [Effect] {
        if let text = attachment.text, !text.isEmpty {
            openPager(title: attachment.title, text: text)
            return []
        }
        guard let effect = openAttachmentEffect(attachment) else {
            status = strings.attachmentRefused(attachment.path ?? attachment.url ?? attachment.title)
            return []
        }
        if case .openExternally = effect { status = strings.attachmentNotText(attachment.title) }
        return [effect]
    }

    mutating func openPager(title: String, text: String) {
        stack.append(.pager(PagerScreen(title: title, text: text,
                                        lines: AppState.pagerLines(text, width: layoutWidth, metrics: metrics), offset: 0)))
        matchLine = nil
    }

    static func pagerLines(_ text: String, width: Int, metrics: TextMetrics) -> [StyledLine] {
        TextWrapper(metrics: metrics).wrap(text, width: max(10, width - 3)).map { StyledLine($0) }
    }

    /// Enter on a note: its paragraph in the Report or Proposal, or the Proposal for a note on the item.
    mutating func showPlace(of visible: VisibleNote) {
        guard var item = openItem else { return }
        item.part = visible.note.anchor?.kind == .document ? .report : .proposal
        if let anchor = visible.note.anchor, let matter = openMatter, case .paragraph(let index) = NotePlacement.of(anchor, in: matter),
           let line = item.lines.firstIndex(where: { $0.anchor?.kind == anchor.kind && $0.anchor?.id == anchor.id && $0.anchor?.paragraph == index }) {
            item.offsets[item.part] = max(0, min(line - 1, max(0, item.lines.count - itemBodyHeight(item))))
        }
        replaceTop(.item(item))
    }
}
