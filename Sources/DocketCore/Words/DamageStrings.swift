/// What a damaged file makes unavailable, in words.
public struct DamageStrings: Sendable {
    public var matter = "this matter is left out"
    public var meeting = "this meeting is left out"
    public var record: @Sendable (String) -> String = {
        "the record of \($0) is not shown and cannot be changed"
    }
    public var live: @Sendable (String) -> String = { "the live state of \($0) is not shown" }
    public var sharedNotes: @Sendable (String) -> String = { "the shared notes of \($0) are not shown" }
    public var sharedPositions: @Sendable (String, String) -> String = { member, meeting in
        "the shared positions of \(member) on \(meeting) are not shown"
    }
    public var privateData = "your own notes, positions or read marks in it are not shown"
    public var nothing = "nothing else is missing because of it"
}
