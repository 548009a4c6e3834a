import DocketModel

/// Which language Docket speaks to a person: `--lang`, else `DOCKET_LANG`, else
/// their own setting, else the committee's. Content keeps its own language.
public enum LanguageChoice {
    public static func language(flag: InterfaceLanguage?, environment: [String: String], setting: InterfaceLanguage?,
                                committee: InterfaceLanguage) -> InterfaceLanguage {
        flag ?? environment["DOCKET_LANG"].flatMap(parse) ?? setting ?? committee
    }

    /// "sv", "en", or a locale such as "sv_SE.UTF-8" or "en-GB".
    public static func parse(_ text: String) -> InterfaceLanguage? {
        let code = text.prefix { $0.isLetter }.lowercased()
        return InterfaceLanguage(rawValue: code)
    }
}
