import DocketModel

/// The command-line parser's own words (swift-argument-parser writes its help and its errors in English):
/// put into the committee's language as they are printed, phrase by phrase. A phrase not listed stays as written.
enum ParserWords {
    /// English phrase → Swedish, longest first where one contains another.
    static let swedish: [(String, String)] = [
        ("OVERVIEW:", "ÖVERSIKT:"), ("USAGE:", "ANVÄNDNING:"), ("ARGUMENTS:", "ARGUMENT:"), ("OPTIONS:", "FLAGGOR:"),
        ("SUBCOMMANDS:", "UNDERKOMMANDON:"),
        ("Show the version.", "Visa versionen."), ("Show help information.", "Visa hjälpen."),
        ("Show subcommand help information.", "Visa hjälpen för ett underkommando."),
        ("for detailed help.", "för hjälp om varje."),
        ("for more information.", "för mer hjälp."),
        ("Error: ", "Fel: "), ("Usage: ", "Användning: "), ("Help: ", "Hjälp: "), ("See '", "Se '"),
        ("Missing expected argument", "Argumentet saknas:"), ("Unknown option", "Okänd flagga"),
        ("Unexpected argument", "Oväntat argument"), ("Unexpected arguments", "Oväntade argument"),
        ("Missing value for", "Värde saknas för"), ("is invalid for", "är inte giltigt för"), ("The value", "Värdet"),
        ("Please provide one of", "Ange ett av"), ("(values:", "(värden:"), ("; default:", "; standard:"), ("(default:", "(standard:"),
        ("(default)", "(standard)"), ("Unknown command", "Okänt kommando"),
    ] + valueNames.map { ("<\($0.0)>", "<\($0.1)>") }

    /// What the usage lines call each value, as the help around them does.
    static let valueNames: [(String, String)] = [
        ("store", "arkiv"), ("meeting", "sammanträde"), ("matters", "ärenden"), ("matter", "ärende"), ("member", "ledamot"),
        ("as", "ledamot"), ("item", "nr"), ("folder", "mapp"), ("files", "filer"), ("path", "sökväg"), ("query", "sökord"),
        ("name", "namn"), ("party", "parti"), ("role", "uppdrag"), ("from", "från"), ("to", "till"), ("date", "datum"),
        ("time", "tid"), ("place", "plats"), ("section", "avsnitt"), ("kind", "slag"), ("stance", "ställning"),
        ("motivation", "motivering"), ("anchor", "ställe"), ("committee", "nämnd"), ("municipality", "kommun"),
        ("short-name", "kortnamn"), ("locale", "språk"), ("time-zone", "tidszon"), ("identity", "identitet"),
        ("administration", "förvaltning"), ("login", "inloggning"), ("base-url", "adress"), ("organization", "organisation"),
        ("choice", "val"), ("confirm", "nummer"), ("set", "fält=värde"), ("on", "dag"), ("group", "grupp"), ("output", "fil"),
        ("format", "format"), ("text", "text"), ("id", "id"), ("body", "body"), ("subcommand", "underkommando"),
    ]

    static func translated(_ text: String, to language: InterfaceLanguage) -> String {
        guard language == .swedish else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { translatedLine(String($0)) }.joined(separator: "\n")
    }

    /// The help's columns are laid out for the English names: an option whose name grows keeps its
    /// description at the column, or gives it a line of its own as the parser does for a long name.
    static let descriptionColumn = 26

    private static func translatedLine(_ line: String) -> String {
        let characters = Array(line)
        let isOptionRow = line.hasPrefix("  ") && characters.count > descriptionColumn && characters[descriptionColumn] != " "
            && characters[descriptionColumn - 2] == " " && characters[descriptionColumn - 1] == " "
        guard isOptionRow else { return translate(line) }
        let left = translate(String(characters[..<descriptionColumn]).trimmingSpacesAtEnd)
        let description = translate(String(characters[descriptionColumn...]))
        let width = left.count
        return width <= descriptionColumn - 2 ? left + String(repeating: " ", count: descriptionColumn - width) + description
            : left + "\n" + String(repeating: " ", count: descriptionColumn) + description
    }

    private static func translate(_ text: String) -> String {
        swedish.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}

extension String {
    fileprivate var trimmingSpacesAtEnd: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
