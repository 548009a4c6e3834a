import DocketModel

/// The headings of a report's own lists, shown under its text: what the decision rests on and whom it goes to.
public struct ReportListWords: Sendable {
    public let basis: String
    public let sentTo: String

    static let english = ReportListWords(basis: "Basis for the decision (Beslutsunderlag)", sentTo: "The decision is sent to")
    static let swedish = ReportListWords(basis: "Beslutsunderlag", sentTo: "Beslutet skickas till")
}

extension Strings {
    public var reportLists: ReportListWords {
        switch language {
        case .swedish: .swedish
        case .english: .english
        }
    }
}
