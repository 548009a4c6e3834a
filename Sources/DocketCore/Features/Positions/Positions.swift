import DocketModel

/// Where I stand on each item, and what I have read.
extension AppState {
    public func myPosition(meeting: String, matter: String) -> VisiblePosition? {
        positions.first { $0.position.author == identity.member?.id && $0.position.meeting == meeting && $0.position.matter == matter }
    }

    /// Read, unread or revised since read; nil for a procedural item, which has nothing to read.
    public func readState(meetingIndex: Int, itemIndex: Int) -> ReadState? {
        let meeting = store.meetings[meetingIndex]
        guard let matterID = meeting.agenda[itemIndex].matter, let revision = store.revisions[matterID] else { return nil }
        guard let mark = readMarks.first(where: { $0.meeting == meeting.id && $0.matter == matterID }) else { return .unread }
        return mark.revision == revision ? .read : .revised
    }

    /// "read 3/9": items with a matter read at their current revision, of all items with a matter.
    public func readProgress(meetingIndex: Int) -> (read: Int, total: Int) {
        let states = store.meetings[meetingIndex].agenda.indices.compactMap { readState(meetingIndex: meetingIndex, itemIndex: $0) }
        return (states.filter { $0 == .read }.count, states.count)
    }

    /// The meeting and matter of the open item, when it has a matter.
    var openMeetingMatter: (meeting: String, matter: Matter)? {
        guard let item = openItem, let matter = openMatter else { return nil }
        return (store.meetings[item.meetingIndex].id, matter)
    }

    /// A key of the position menu.
    mutating func performPosition(_ command: PositionCommand) -> [Effect] {
        switch command {
        case .stance(.own): chooseOwn(inEditor: false)
        case .stance(let stance): return choose(stance)
        case .ownInEditor: chooseOwn(inEditor: true)
        case .motivation: startMotivation()
        case .share: return sharePosition()
        case .clear: return clearPosition()
        case .kind(let kind): return choose(kind)
        }
        return []
    }

    mutating func openPositionMenu() {
        guard let (meeting, matter) = openMeetingMatter else { return }
        positionMenu = PositionMenu(meeting: meeting, matter: matter.id, step: .stance)
    }

    /// s, o, a in the menu: a stance, keeping any motivation and where the position is kept.
    mutating func choose(_ stance: Position.Stance) -> [Effect] {
        guard let menu = positionMenu else { return [] }
        positionMenu = nil
        let current = myPosition(meeting: menu.meeting, matter: menu.matter)
        status = strings.positionSaved(strings.stanceNames[stance] ?? stance.rawValue)
        return changingPosition(.set(meeting: menu.meeting, matter: menu.matter, stance: stance, own: nil,
                                     motivation: current?.position.motivation, shared: current?.shared ?? false))
    }

    /// e or E: an own proposal; its kind first.
    mutating func chooseOwn(inEditor: Bool) {
        positionMenu?.step = .ownKind(inEditor: inEditor)
    }

    mutating func choose(_ kind: OwnProposal.Kind) -> [Effect] {
        guard let menu = positionMenu, case .ownKind(let inEditor) = menu.step else { return [] }
        positionMenu = nil
        let existing = myPosition(meeting: menu.meeting, matter: menu.matter)?.position.ownProposal?.text ?? ""
        if inEditor {
            return [.editExternally(.ownProposal(meeting: menu.meeting, matter: menu.matter, kind: kind), text: existing)]
        }
        prompt = Prompt(purpose: .ownProposal(meeting: menu.meeting, matter: menu.matter, kind: kind), text: existing)
        return []
    }

    mutating func saveOwnProposal(meeting: String, matter: String, kind: OwnProposal.Kind, text: String) -> [Effect] {
        let text = text.trimmingWhitespace
        guard !text.isEmpty else { return [] }
        let current = myPosition(meeting: meeting, matter: matter)
        status = strings.positionSaved(strings.stanceNames[.own] ?? "own")
        return changingPosition(.set(meeting: meeting, matter: matter, stance: .own, own: OwnProposal(kind: kind, text: text),
                                     motivation: current?.position.motivation, shared: current?.shared ?? false))
    }

    mutating func startMotivation() {
        guard let menu = positionMenu else { return }
        positionMenu = nil
        let current = myPosition(meeting: menu.meeting, matter: menu.matter)
        prompt = Prompt(purpose: .motivation(meeting: menu.meeting, matter: menu.matter), text: current?.position.motivation ?? "")
    }

    mutating func saveMotivation(meeting: String, matter: String, text: String) -> [Effect] {
        guard let current = myPosition(meeting: meeting, matter: matter)?.position else { return [] }
        let motivation = text.trimmingWhitespace
        return changingPosition(.set(meeting: meeting, matter: matter, stance: current.stance, own: current.ownProposal,
                                     motivation: motivation.isEmpty ? nil : motivation,
                                     shared: myPosition(meeting: meeting, matter: matter)?.shared ?? false))
    }

    mutating func clearPosition() -> [Effect] {
        guard let menu = positionMenu else { return [] }
        positionMenu = nil
        status = strings.positionCleared
        return changingPosition(.clear(meeting: menu.meeting, matter: menu.matter))
    }

    mutating func sharePosition() -> [Effect] {
        guard let menu = positionMenu, let current = myPosition(meeting: menu.meeting, matter: menu.matter) else { return [] }
        positionMenu = nil
        status = strings.positionShared(!current.shared)
        return changingPosition(.share(current.position, toShared: !current.shared))
    }

    /// m: read ↔ unread.
    mutating func toggleRead() -> [Effect] {
        guard let item = openItem, let (meeting, matter) = openMeetingMatter else { return [] }
        let isRead = readState(meetingIndex: item.meetingIndex, itemIndex: item.itemIndex) == .read
        status = isRead ? strings.markedUnread : strings.markedRead
        return changingPosition(.markRead(meeting: meeting, matter: matter.id, revision: isRead ? nil : store.revisions[matter.id]))
    }

    /// Reading the report to its end marks the item read.
    mutating func readByScrolling() -> [Effect] {
        guard let item = openItem, item.part == .report, let (meeting, matter) = openMeetingMatter,
              readState(meetingIndex: item.meetingIndex, itemIndex: item.itemIndex) != .read,
              identity.canWrite,
              item.offset + itemBodyHeight(item) >= item.lines.count else { return [] }
        return changingPosition(.markRead(meeting: meeting, matter: matter.id, revision: store.revisions[matter.id]))
    }

    /// U: the next item not read at its current revision, after the current one.
    mutating func nextUnread() {
        guard let meetingIndex = currentMeeting else { return }
        let after = screen.unit.agendaItem ?? -1
        let agenda = store.meetings[meetingIndex].agenda
        let order = Array(agenda.indices.dropFirst(after + 1)) + Array(agenda.indices.prefix(after + 1))
        guard let target = order.first(where: { readState(meetingIndex: meetingIndex, itemIndex: $0).map { $0 != .read } ?? false }) else {
            status = strings.allRead
            return
        }
        if case .item = screen { stack.removeLast() }
        if case .agenda(let agenda) = screen, agenda.meetingIndex == meetingIndex {
            stack.removeLast()
        }
        openAgenda(meetingIndex: meetingIndex, itemIndex: target)
        openItem(meetingIndex: meetingIndex, itemIndex: target, part: .report)
    }

    /// A position or read-mark change to write, after any that could not be written before.
    mutating func changingPosition(_ change: PositionChange) -> [Effect] {
        let changes = unsavedPositions + [change]
        unsavedPositions = []
        return [.changePositions(changes)]
    }

    /// The answer to my position changes: what is on disk, and what is kept for the next try.
    mutating func positionsSaved(_ saved: [VisiblePosition], marks: [ReadMark], failed: [PositionChange], error: String?) -> [Effect] {
        replacePositions(saved, marks: marks)
        unsavedPositions += failed
        if let error, !failed.isEmpty { return notSaved(error) }
        return continueQuitting()
    }

    /// Positions change the Notes part (others' shared positions) and the overviews.
    mutating func replacePositions(_ fresh: [VisiblePosition], marks: [ReadMark]) {
        readMarks = marks
        guard fresh != positions else { return }
        positions = fresh
        refreshScreens(for: .positions)
    }
}

extension Strings {
    /// Where a position stands, as the lists write it: an own proposal by its kind ("tilläggsyrkande: att …"), any other stance by its name.
    public func stance(of position: Position) -> String {
        position.ownProposal.map { "\(ownProposalKinds[$0.kind] ?? $0.kind.rawValue): \($0.text)" }
            ?? stanceNames[position.stance] ?? position.stance.rawValue
    }
}
