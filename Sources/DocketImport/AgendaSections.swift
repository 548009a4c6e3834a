import DocketModel

/// Where an imported matter goes on an agenda when the clerk names no section:
/// the section whose title tells the matter's kind, else the decisions, else the last.
public enum AgendaSections {
    public static func section(for kind: MatterKind, in meeting: Meeting) -> String {
        let words: [String]
        switch kind {
        case .motionResponse: words = ["motion", "skrivelse"]
        case .consultationResponse: words = ["remiss"]
        case .information: words = ["anmäl", "information"]
        case .appointment: words = ["val"]
        case .decision, .other: words = []
        }
        let titled = { (wanted: [String]) in
            meeting.sections.first { section in wanted.contains { section.title.lowercased().contains($0) } }?.id
        }
        return titled(words) ?? titled(["beslut"]) ?? meeting.sections.last?.id ?? "beslut"
    }
}
