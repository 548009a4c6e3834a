/// The language of the committee's documents and of Docket's labels for it.
public enum InterfaceLanguage: String, Codable, Equatable, Sendable, CaseIterable {
    case swedish = "sv"
    case english = "en"
}
