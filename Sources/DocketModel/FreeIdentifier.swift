/// The first of `prefix-1`, `prefix-2`, … that is not taken: the ids Docket gives
/// what the clerk adds (an extra item, a vote, a proposal put).
public enum FreeIdentifier {
    public static func first(_ prefix: String, notIn taken: Set<String>) -> String {
        var number = 1
        while taken.contains("\(prefix)-\(number)") { number += 1 }
        return "\(prefix)-\(number)"
    }
}
