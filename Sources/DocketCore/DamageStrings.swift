/// What a damaged file makes unavailable, in words.
public struct DamageStrings: Sendable {
    public var matter = "that matter is left out; its agenda item shows no report or proposal"
    public var meeting = "that meeting is left out"
    public var record: @Sendable (String) -> String = {
        "the record of the meeting on \($0) is not shown; nothing can be recorded until the file is repaired"
    }
    public var live: @Sendable (String) -> String = { "the live state of the meeting on \($0) is not shown" }
    public var sharedNotes: @Sendable (String) -> String = { "the shared notes of \($0) are not shown" }
    public var sharedPositions: @Sendable (String, String) -> String = { member, meeting in
        "the shared positions of \(member) on the meeting on \(meeting) are not shown"
    }
    public var privateData = "your own notes, positions or read marks in it are not shown"
    public var nothing = "nothing else is missing because of it"
}
