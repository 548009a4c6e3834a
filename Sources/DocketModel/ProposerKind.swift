public enum ProposerKind: String, Codable, Equatable, Sendable, CaseIterable {
    case administration   // förvaltningen
    case presidium        // presidiet
    case member           // en ledamot
    case party            // ett parti eller en partigrupp
}
