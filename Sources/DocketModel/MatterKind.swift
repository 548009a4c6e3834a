/// What sort of business a matter is.
public enum MatterKind: String, Codable, Equatable, Sendable, CaseIterable {
    case decision                               // beslutsärende
    case motionResponse = "motion-response"     // svar på motion eller skrivelse
    case consultationResponse = "consultation-response"  // remissvar
    case information                            // anmälningsärende, för kännedom
    case appointment                            // val
    case other
}
