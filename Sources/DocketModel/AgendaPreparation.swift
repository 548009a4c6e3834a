/// What the clerk does to an agenda before it is sent out with the notice (kallelse),
/// applied to the meeting's file as it is when written: an item taken off, added or
/// moved, the matters still open taken up, the agenda sent. The items are numbered
/// again in their order, as a prepared agenda is. Once sent, changes are agenda
/// changes made at the meeting (`AgendaChange`, in the record) instead.
public enum AgendaPreparation: Sendable, Equatable {
    case change(AgendaChange)
    /// Items for matters not yet on the agenda, at its end.
    case takeUp([AgendaItem])
    case send(on: String)
    /// An item's own title (nil: its matter's), presenter (föredragande) and confidentiality.
    case details(item: String, title: String?, presenter: String?, confidential: Bool)
    /// The item moved to the end of another section.
    case section(item: String, section: String)
    /// The matter's proposals the item puts forward, in the matter's order.
    case proposals(item: String, [String])

    public func applied(to meeting: Meeting) -> Meeting {
        var prepared = meeting
        switch self {
        case .change(let change):
            switch change.kind {
            case .struck:
                prepared.agenda.removeAll { $0.id == change.item }
            case .added:
                guard var added = change.added, !prepared.agenda.contains(where: { $0.id == added.id }) else { return meeting }
                added.label = nil
                prepared.agenda.insert(added, at: position(before: change.before, in: prepared.agenda))
            case .moved:
                guard let from = prepared.agenda.firstIndex(where: { $0.id == change.item }), change.before != change.item else { return meeting }
                let item = prepared.agenda.remove(at: from)
                prepared.agenda.insert(item.placed(before: change.before, in: prepared.agenda), at: position(before: change.before, in: prepared.agenda))
            }
        case .takeUp(let items):
            for item in items where item.matter.map({ matter in !prepared.agenda.contains { $0.matter == matter } }) ?? true {
                prepared.agenda.insert(item, at: endOfSection(item.section, in: prepared))
            }
        case .send(let day):
            prepared.sent = day
            return prepared
        case .section(let id, let section):
            guard let from = prepared.agenda.firstIndex(where: { $0.id == id }), prepared.sections.contains(where: { $0.id == section }) else {
                return meeting
            }
            var item = prepared.agenda.remove(at: from)
            item.section = section
            prepared.agenda.insert(item, at: endOfSection(section, in: prepared))
        case .proposals(let id, let proposals):
            guard let index = prepared.agenda.firstIndex(where: { $0.id == id }), prepared.agenda[index].matter != nil else { return meeting }
            prepared.agenda[index].proposals = proposals.isEmpty ? nil : proposals
            return prepared
        case .details(let id, let title, let presenter, let confidential):
            guard let index = prepared.agenda.firstIndex(where: { $0.id == id }) else { return meeting }
            // A procedural item is known by its title alone.
            if title != nil || prepared.agenda[index].matter != nil { prepared.agenda[index].title = title }
            prepared.agenda[index].presenter = presenter
            prepared.agenda[index].confidential = confidential ? true : nil
            return prepared
        }
        for index in prepared.agenda.indices {
            prepared.agenda[index].number = index + 1
            prepared.agenda[index].label = nil
        }
        return prepared
    }

    /// After the last item of the section, or of the sections before it: where an agenda set out by sections takes a new item.
    private func endOfSection(_ section: String, in meeting: Meeting) -> Int {
        let order = meeting.sections.map(\.id)
        guard let rank = order.firstIndex(of: section) else { return meeting.agenda.count }
        let last = meeting.agenda.lastIndex { (order.firstIndex(of: $0.section) ?? order.count) <= rank }
        return last.map { $0 + 1 } ?? 0
    }

    private func position(before item: String?, in agenda: [AgendaItem]) -> Int {
        item.flatMap { id in agenda.firstIndex { $0.id == id } } ?? agenda.count
    }
}
