import DocketModel
import DocketText

extension AppState {
    /// Enter: what the top screen's selection opens.
    mutating func open() -> [Effect] {
        screen.unit.open(in: &self)
    }

    /// A screen a key opens over the current one.
    mutating func show(_ kind: ScreenKind) {
        switch kind.opened(in: self) {
        case .success(let opened):
            stack.append(opened)
            matchLine = nil
        case .failure(let refusal):
            status = refusal.reason
        }
    }

    mutating func back() {
        if helpOffset != nil { helpOffset = nil; return }
        guard stack.count > 1 else { return }
        stack.removeLast()
        matchLine = nil
    }

    mutating func openAgenda(meetingIndex: Int, itemIndex: Int?) {
        let rows = AppState.agendaRows(for: store.meetings[meetingIndex])
        let agenda = AgendaScreen(meetingIndex: meetingIndex, rows: rows, cursor: ListCursor.first(in: rows.map(\.isSelectable)))
        stack.append(.agenda(itemIndex.map { agenda.selecting(item: $0, in: self) } ?? agenda))
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
        if case .agenda(let agenda) = screen, agenda.meetingIndex == item.meetingIndex {
            replaceTop(.agenda(agenda.selecting(item: target, in: self)))
        }
        openItem(meetingIndex: item.meetingIndex, itemIndex: target, part: item.part)
    }

    /// Text attachments open in Docket's pager; other files and web addresses go to
    /// the desktop. Only paths inside the store and http(s) addresses are opened.
    func openAttachmentEffect(_ attachment: Attachment) -> Effect? {
        if let text = attachment.text, !text.isEmpty { return nil }
        if let path = attachment.path, StorePath.isConfined(path) {
            return attachment.isText
                ? .readAttachment(path: path, title: attachment.title)
                : .openExternally(.storeFile(path: path))
        }
        if let url = attachment.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
            return .openExternally(.webAddress(url))
        }
        return nil
    }

    mutating func open(_ attachment: Attachment) -> [Effect] {
        if let text = attachment.text, !text.isEmpty {
            openPager(title: attachment.title, text: text)
            return []
        }
        if attachment.isTitleOnly {
            status = strings.attachmentNotInStore(attachment.title)
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
                                        lines: PagerScreen.lines(text, width: layoutWidth, metrics: metrics), offset: 0)))
        matchLine = nil
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
