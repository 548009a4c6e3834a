/// A decision's clause as a protokoll writes it under "Socialnämnden beslutar": the heading names
/// the committee, so a clause written as the proposal put it ("att socialnämnden antar planen") loses
/// the name and takes the verb's infinitive ("att anta planen").
enum DecisionClause {
    /// Verbs in -er whose infinitive ends in -e, not -a ("utser" → "utse", not "utsa").
    static let shortVerbs: Set<String> = ["ser", "utser", "anser", "tillser", "ger", "avger", "medger", "uppger", "tillger", "överger", "ter"]

    static func underHeading(_ clause: String, committee: String) -> String {
        let prefix = "att " + committee.lowercased() + " "
        guard clause.lowercased().hasPrefix(prefix) else { return clause }
        let rest = clause.dropFirst(prefix.count)
        guard let verb = rest.split(separator: " ", maxSplits: 1).first.map(String.init), let infinitive = infinitive(of: verb) else { return clause }
        return "att " + infinitive + rest.dropFirst(verb.count)
    }

    /// "antar" → "anta", "godkänner" → "godkänna", "avslår" → "avslå", "utser" → "utse"; nil for a word that is no present tense.
    static func infinitive(of verb: String) -> String? {
        let word = verb.lowercased()
        guard word.count > 2, word.hasSuffix("r"), word.allSatisfy(\.isLetter) else { return nil }
        if word.hasSuffix("er") && !shortVerbs.contains(word) { return String(verb.dropLast(2)) + "a" }
        return String(verb.dropLast())
    }
}
