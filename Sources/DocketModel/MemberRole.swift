/// What a person is on the committee; it decides who may preside and who records.
public enum MemberRole: String, Codable, Equatable, Sendable, CaseIterable {
    case chair                        // ordförande
    case viceChair = "vice-chair"     // vice ordförande
    case member                       // ledamot
    case substitute                   // ersättare
    case clerk                        // sekreterare
}
