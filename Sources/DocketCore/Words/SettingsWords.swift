import DocketModel

/// What `docket language` says.
public struct SettingsWords: Sendable {
    public let chosen: @Sendable (InterfaceLanguage) -> String
    public let followsCommittee: String
    public let overriddenBy: @Sendable (InterfaceLanguage) -> String

    static let english = SettingsWords(
        chosen: { $0 == .english ? "Docket speaks English to you, whatever the committee's language." : "Docket speaks Swedish to you, whatever the committee's language." },
        followsCommittee: "Docket speaks each committee's language to you (its locale in committee.json).",
        overriddenBy: { "DOCKET_LANG is set: for now Docket speaks \($0 == .english ? "English" : "Swedish")." })

    static let swedish = SettingsWords(
        chosen: { $0 == .swedish ? "Docket talar svenska med dig, vilket språk nämnden än har." : "Docket talar engelska med dig, vilket språk nämnden än har." },
        followsCommittee: "Docket talar varje nämnds språk med dig (dess locale i committee.json).",
        overriddenBy: { "DOCKET_LANG är satt: just nu talar Docket \($0 == .swedish ? "svenska" : "engelska")." })
}

extension Strings {
    public var settingsWords: SettingsWords {
        switch language {
        case .swedish: .swedish
        case .english: .english
        }
    }
}
