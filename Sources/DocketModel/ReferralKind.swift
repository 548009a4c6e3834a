public enum ReferralKind: String, Codable, Equatable, Sendable, CaseIterable {
    case submitted    // väckt: a motion or skrivelse is put to the committee
    case referred     // remitterad: sent to a body for its views
    case prepared     // överlämnad för beredning
    case reported     // tjänsteutlåtande or remissvar delivered
    /// Återremitterad at a meeting whose record is not in this store (imported
    /// history); for meetings in the store it is derived from their records.
    case returned
    case other
}
