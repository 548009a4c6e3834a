/// What a person has chosen for themselves, whatever store they open.
public struct PersonalSettings: Codable, Equatable, Sendable {
    /// The interface's language; nil follows the committee's.
    public var language: InterfaceLanguage?

    public init(language: InterfaceLanguage? = nil) {
        self.language = language
    }
}
