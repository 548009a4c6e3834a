import DocketCore
import DocketModel
import DocketOParl

/// Docket's words for roles, kinds of matter and decisions, as its OParl export
/// writes them in a committee's language and as its import recognises them back.
enum OParlVocabularyWords {
    static func words(_ language: InterfaceLanguage) -> OParlExport.Words {
        let strings = Strings.for(language)
        return OParlExport.Words(
            language: language == .swedish ? "sv" : "en",
            roles: strings.clerk.roleNames, kinds: strings.clerk.correction.kinds, categories: strings.decisionCategories,
            consultationRoles: language == .swedish ? [.decision: "beslut", .consideration: "beredning", .information: "för kännedom"]
                : [.decision: "decision", .consideration: "consideration", .information: "information"],
            meetingName: { committee, date in
                switch language {
                case .swedish: "\(committee), sammanträde \(date)"
                case .english: "\(committee), meeting of \(date)"
                }
            })
    }

    static let both = [words(.swedish), words(.english)]

    /// The vocabulary a store's export speaks: that of the data it was imported from, else its committee's language.
    static func words(_ language: InterfaceLanguage, imported vocabulary: String?) -> OParlExport.Words {
        switch vocabulary {
        case "de": .german
        case "sv": words(.swedish)
        case "en": words(.english)
        default: words(language)
        }
    }

    /// The one section of an imported agenda that has no section headings of its own.
    static func agendaSection(_ language: InterfaceLanguage) -> String {
        switch language {
        case .swedish: "Ärenden"
        case .english: "Business"
        }
    }
}
