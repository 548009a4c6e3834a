public enum DocumentKind: String, Codable, Equatable, Sendable, CaseIterable {
    case report        // tjänsteutlåtande
    case motion        // motion, skrivelse from a member
    case other
}
