public enum ReferralKind: String, Codable, Equatable, Sendable, CaseIterable {
    case submitted    // väckt: a motion or skrivelse is put to the committee
    case referred     // remitterad: sent to a body for its views
    case prepared     // överlämnad för beredning
    case reported     // tjänsteutlåtande or remissvar delivered
    case other
}
