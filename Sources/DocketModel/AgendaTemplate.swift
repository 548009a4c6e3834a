/// How a new meeting's agenda starts: the committee's usual sections (or these,
/// as most Swedish committees set theirs out), and in the first section the
/// items every meeting opens with: the opening, the election of the members who
/// check the minutes, and the approval of the agenda.
public enum AgendaTemplate {
    public static func sections(in language: InterfaceLanguage) -> [AgendaSection] {
        switch language {
        case .swedish:
            [AgendaSection(id: "inledning", title: "Inledande ärenden"), AgendaSection(id: "beslut", title: "Beslutsärenden"),
             AgendaSection(id: "skrivelser", title: "Svar på motioner och skrivelser"), AgendaSection(id: "remisser", title: "Remisser"),
             AgendaSection(id: "anmalan", title: "Anmälningsärenden och information")]
        case .english:
            [AgendaSection(id: "inledning", title: "Opening items"), AgendaSection(id: "beslut", title: "Decisions"),
             AgendaSection(id: "skrivelser", title: "Answers to motions and letters"), AgendaSection(id: "remisser", title: "Consultations"),
             AgendaSection(id: "anmalan", title: "Reports and information")]
        }
    }

    /// The opening items, numbered from 1, in `section`.
    public static func openingItems(section: String, in language: InterfaceLanguage) -> [AgendaItem] {
        let titles: [(String, AgendaItem.Procedure, String)] = switch language {
        case .swedish:
            [("oppnande", .opening, "Mötets öppnande"), ("justerare", .checkers, "Val av justerare samt tid och plats för justering"),
             ("dagordning", .agenda, "Godkännande av dagordningen")]
        case .english:
            [("oppnande", .opening, "Opening of the meeting"), ("justerare", .checkers, "Election of members to check the minutes, and the time and place of checking"),
             ("dagordning", .agenda, "Approval of the agenda")]
        }
        return titles.enumerated().map { index, item in
            AgendaItem(id: item.0, number: index + 1, section: section, title: item.2, procedure: item.1)
        }
    }

    /// A new meeting of the committee: its sections, and the opening items in the first.
    public static func meeting(id: String, date: String, time: String, place: String, committee: Committee) -> Meeting {
        let sections = committee.agendaSections ?? sections(in: committee.locale)
        let items = sections.first.map { openingItems(section: $0.id, in: committee.locale) } ?? []
        return Meeting(id: id, date: date, time: time, place: place, sections: sections, agenda: items)
    }
}
