import Foundation
import DocketModel

/// What German council data's free words mean in Docket's terms. Each is read
/// from the words councils actually use; a word not known maps to nothing, so
/// that nothing is guessed: an unknown role is reported, an unknown result is
/// kept as written.
public enum OParlVocabulary {
    /// Vorsitz → chair, stellv. Vorsitz → vice chair, Mitglied → member, Stellvertreter → substitute.
    public static func role(_ text: String?) -> MemberRole? {
        guard let text = text?.lowercased() else { return nil }
        let deputy = text.contains("stellv") || text.contains("vertreter") || text.contains("vertretung")
        if text.contains("vorsitz") || text.contains("vorsitzende") {
            return deputy ? .viceChair : .chair
        }
        if deputy { return .substitute }
        if text.contains("mitglied") || text.contains("bürger") || text.contains("ratsherr") || text.contains("ratsfrau")
            || text.contains("ortsvorsteher") || text.contains("member") {
            return .member
        }
        if text.contains("schriftführ") || text.contains("protokoll") { return .clerk }
        return nil
    }

    /// Beschlussvorlage → decision, Mitteilungsvorlage → information, Antwort auf Antrag → motion response, Antrag/Anfrage → other.
    public static func kind(_ paperType: String?) -> MatterKind {
        guard let type = paperType?.lowercased() else { return .other }
        if type.contains("mitteilung") || type.contains("information") || type.contains("bericht") { return .information }
        if type.contains("stellungnahme") { return .consultationResponse }
        if type.contains("antwort") { return .motionResponse }
        if type.contains("wahl") || type.contains("benennung") { return .appointment }
        if type.contains("beschluss") || type.contains("vorlage") { return .decision }
        return .other
    }

    /// The decision a result names, when it names one ("beschlossen", "abgelehnt", "vertagt"…);
    /// a vote count or anything else is not a decision's kind.
    public static func category(_ result: String?) -> Decision.Category? {
        guard let text = result?.lowercased() else { return nil }
        if text.contains("zurückverwiesen") || (text.contains("zurückgestellt") && text.contains("verwaltung")) { return .referredBack }
        // Struck from the agenda is no decision (see `isStruck`); tabled is.
        if isStruck(text) { return nil }
        if text.contains("vertagt") || text.contains("zurückgestellt") { return .tabled }
        // Partly agreed or partly rejected: the proposal as changed by the decision.
        if text.contains("teilweise") { return .amended }
        if text.contains("abgelehnt") { return .rejected }
        if text.contains("kenntnis") { return .noted }
        if text.contains("verwiesen") || text.contains("überwiesen") { return .referred }
        if text.contains("ungeändert") { return .accordingToProposal }
        if text.contains("geändert") || text.contains("mit änderung") || text.contains("änderungen") { return .amended }
        if text.contains("beschlossen") || text.contains("zugestimmt") || text.contains("angenommen") { return .accordingToProposal }
        return nil
    }

    /// "abgesetzt", "von der Tagesordnung abgesetzt": the item was struck from the agenda.
    public static func isStruck(_ result: String?) -> Bool {
        guard let text = result?.lowercased() else { return false }
        return text.contains("abgesetzt")
    }

    /// The body a referral names: "verwiesen in den Fachausschuss" → "Fachausschuss"; nil when it names none.
    public static func referralBody(_ result: String?) -> String? {
        guard let result else { return nil }
        let lowered = result.lowercased()
        for verb in ["verwiesen in ", "verwiesen an ", "überwiesen an ", "überwiesen in ", "verwiesen zur beratung in ", "verwiesen zur beratung an "] {
            guard let range = lowered.range(of: verb) else { continue }
            var words = result[range.upperBound...].split(separator: " ").map(String.init)
            if let first = words.first, ["den", "die", "das", "dem", "der"].contains(first.lowercased()) { words.removeFirst() }
            let body = words.joined(separator: " ").trimmingCharacters(in: .init(charactersIn: " .,;"))
            return body.isEmpty ? nil : body
        }
        return nil
    }

    /// The section headings German agendas put between the public and the closed part.
    public static func isSectionHeading(number: String?, name: String?) -> Bool {
        guard let written = name, let name = name?.lowercased() else { return false }
        // A heading in capitals without a number ("ANTRÄGE", "MITTEILUNGEN") stands over the items below it.
        let unnumbered = number?.trimmingCharacters(in: .whitespaces).isEmpty ?? true
        let letters = written.filter(\.isLetter)
        if unnumbered, letters.count >= 4, letters.allSatisfy(\.isUppercase), written.count <= 60 { return true }
        let letterOnly = number.map { $0.trimmingCharacters(in: .init(charactersIn: ". ")).allSatisfy(\.isLetter) } ?? true
        return letterOnly && (name.contains("öffentliche sitzung") || name.contains("öffentlicher teil") || name.contains("nichtöffentlich")
                              || name.contains("nicht öffentlich"))
    }

    /// Whether a section heading opens the closed part (nichtöffentlich).
    public static func isClosedSection(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("nichtöffentlich") || lower.contains("nicht öffentlich") || lower.contains("nicht-öffentlich")
    }
}
