/// What a damaged file makes unavailable, in words.
public struct DamageStrings: Sendable {
    public let matter: String
    public let meeting: String
    public let record: @Sendable (String) -> String
    public let live: @Sendable (String) -> String
    public let sharedNotes: @Sendable (String) -> String
    public let sharedPositions: @Sendable (String, String) -> String
    public let privateData: String
    public let nothing: String

    static let english = DamageStrings(
        matter: "this matter is left out",
        meeting: "this meeting is left out",
        record: { "the record of \($0) is not shown and cannot be changed" },
        live: { "the live state of \($0) is not shown" },
        sharedNotes: { "the shared notes of \($0) are not shown" },
        sharedPositions: { member, meeting in "the shared positions of \(member) on \(meeting) are not shown" },
        privateData: "your own notes, positions or read marks in it are not shown",
        nothing: "nothing else is missing because of it")

    static let swedish = DamageStrings(
        matter: "ärendet visas inte",
        meeting: "sammanträdet visas inte",
        record: { "protokollsunderlaget för \($0) visas inte och kan inte ändras" },
        live: { "hur långt sammanträdet \($0) har kommit visas inte" },
        sharedNotes: { "delade anteckningar från \($0) visas inte" },
        sharedPositions: { member, meeting in "delade ställningstaganden från \(member) för \(meeting) visas inte" },
        privateData: "dina egna anteckningar, ställningstaganden och lästmarkeringar i den visas inte",
        nothing: "inget annat saknas på grund av den")
}
