/// Where a matter goes on an agenda when the clerk names no section: the section
/// whose title tells the matter's kind, else the decisions, else the last; and the
/// item that puts it there, numbered after the rest.
public enum AgendaSections {
    public static func section(for kind: MatterKind, in meeting: Meeting) -> String {
        let words: [String]
        switch kind {
        case .motionResponse: words = ["motion", "skrivelse"]
        case .consultationResponse: words = ["remiss", "consultation"]
        case .information: words = ["anmäl", "information"]
        case .appointment: words = ["val", "appointment"]
        case .decision, .other: words = []
        }
        let titled = { (wanted: [String]) in
            meeting.sections.first { section in wanted.contains { section.title.lowercased().contains($0) } }?.id
        }
        return titled(words) ?? titled(["beslut", "decision"]) ?? meeting.sections.last?.id ?? "beslut"
    }

    /// The next item of the agenda for the matter: its administration's proposal put forward, its report's officer presenting.
    public static func item(for matter: Matter, on meeting: Meeting, section: String? = nil) -> AgendaItem {
        let number = (meeting.agenda.map(\.number).max() ?? 0) + 1
        let proposals = matter.proposal(id: DecisionProposal.administrationID) == nil ? nil : [DecisionProposal.administrationID]
        return AgendaItem(id: FreeIdentifier.free(matter.id, notIn: Set(meeting.agenda.map(\.id))), number: number,
                          section: section ?? self.section(for: matter.kind, in: meeting),
                          matter: matter.id, proposals: proposals, presenter: matter.report?.officer?.name)
    }

    /// Matters whose latest decision, at a meeting before `date`, tabled them or referred them back,
    /// and that no later agenda has taken up: what the next agenda usually carries again.
    public static func stillOpen(before date: String, in store: StoreContents) -> [Matter] {
        stillOpenIDs(before: date, in: store).compactMap { store.matters[$0] }
    }

    /// As `stillOpen`, by id: also those whose files are not read yet.
    public static func stillOpenIDs(before date: String, in store: StoreContents) -> [String] {
        var latest: [String: (date: String, category: Decision.Category?)] = [:]
        for meeting in store.meetings.sorted(by: { $0.date < $1.date }) where meeting.date < date {
            let record = store.records[meeting.id]
            for item in meeting.agenda {
                guard let matter = item.matter else { continue }
                latest[matter] = (meeting.date, record?.items.first { $0.item == item.id }?.decision?.category)
            }
        }
        let open = latest.filter { [.tabled, .referredBack].contains($0.value.category) }
        let takenUp = Set(store.meetings.filter { $0.date >= date }.flatMap { $0.agenda.compactMap(\.matter) })
        return open.keys.filter { !takenUp.contains($0) }
            .sorted { (latest[$0]!.date, $0) < (latest[$1]!.date, $1) }
    }
}
