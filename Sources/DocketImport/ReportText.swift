/// Small rules of a report's text that every reader of it shares.
extension String {
    /// White space of any run folded to one space, none at the ends: a text's line breaks are the extraction's, not the report's.
    var foldingWhiteSpace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A title or a list's entry as a person reads it: the sentence's full stop dropped (an ellipsis kept).
    var withoutFinalFullStop: String {
        hasSuffix(".") && !hasSuffix("..") ? String(dropLast()) : self
    }
}

/// The lists at a report's end, each entry its own: what the decision rests on, and whom it is sent to.
enum ReportLists {
    static func field(_ heading: String) -> WritableKeyPath<ParsedReport, [String]>? {
        switch heading.lowercased().trimming(":") {
        case "beslutsunderlag": return \.basis
        case "beslutet skickas till", "beslut skickas till", "beslut sänds till", "beslutet sänds till", "expedieras till", "expedieras",
             "beslutet expedieras till", "ärendet expedieras till", "expedieringskrets", "sändlista": return \.recipients
        default: return nil
        }
    }
}
