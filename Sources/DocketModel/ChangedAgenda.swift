extension Meeting {
    /// The agenda as approved at the meeting: extra items added, items moved.
    /// Struck items stay in place (shown as struck, without a § number).
    public func applying(_ changes: [AgendaChange]) -> Meeting {
        var meeting = self
        for change in changes {
            switch change.kind {
            case .struck:
                continue
            case .added:
                guard let added = change.added, !meeting.agenda.contains(where: { $0.id == added.id }) else { continue }
                meeting.agenda.insert(added, at: position(before: change.before, in: meeting.agenda))
            case .moved:
                guard let from = meeting.agenda.firstIndex(where: { $0.id == change.item }), change.before != change.item else { continue }
                let item = meeting.agenda.remove(at: from)
                meeting.agenda.insert(item.placed(before: change.before, in: meeting.agenda), at: position(before: change.before, in: meeting.agenda))
            }
        }
        return meeting
    }

    /// Before the item with that id, or last.
    private func position(before item: String?, in agenda: [AgendaItem]) -> Int {
        item.flatMap { id in agenda.firstIndex { $0.id == id } } ?? agenda.count
    }

    /// The number for an extra item: after every number on the agenda.
    public var nextItemNumber: Int { (agenda.map(\.number).max() ?? 0) + 1 }

    /// The label of an item added after `item`, as agendas print it: "11 a", else "11 b"….
    public func extraLabel(after item: AgendaItem) -> String {
        let base = item.printedNumber.prefix { $0.isNumber }
        let taken = Set(agenda.map(\.printedNumber))
        let letters = "abcdefghijklmnopqrstuvwxyz".map { "\(base) \($0)" }
        return letters.first { !taken.contains($0) } ?? "\(nextItemNumber)"
    }
}

extension AgendaItem {
    /// The item moved to stand before another (or last): it joins that item's section (or the last one), so that
    /// moving an item never puts a section's heading twice or out of its order.
    func placed(before other: String?, in agenda: [AgendaItem]) -> AgendaItem {
        var moved = self
        if let section = other.flatMap({ id in agenda.first { $0.id == id } })?.section ?? agenda.last?.section { moved.section = section }
        return moved
    }
}
