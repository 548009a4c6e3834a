/// The words of the marker legend (`i`).
public struct MarkerLegendWords: Sendable {
    public let command: String
    public let title: String
    public let onAgenda: String
    public let onMeetings: String
    public let inItem: String
    public let live: String
    public let unread: String
    public let position: @Sendable (String) -> String
    public let revised: String
    public let decision: @Sendable (String) -> String
    public let struck: String
    public let confidential: String
    /// For the clerk: the import of the matter's report left warnings not yet checked.
    public let importWarnings: String
    public let readProgress: String
    public let note: String

    static let english = MarkerLegendWords(
        command: "what the marks in lists and margins mean", title: "Markers",
        onAgenda: "On an agenda", onMeetings: "On the meetings list", inItem: "In an item's text",
        live: "the item the meeting is on now", unread: "not read yet, or changed since you read it",
        position: { "your position: \($0)" }, revised: "the report changed after you read it",
        decision: { "outcome: \($0)" }, struck: "struck from the agenda", confidential: "confidential: not public",
        importWarnings: "the clerk's: the report's import left warnings to check (C in the item)",
        readProgress: "of the items with papers to read (procedural items are not counted), those you have read", note: "the paragraph has notes")

    static let swedish = MarkerLegendWords(
        command: "vad markeringarna i listor och marginaler betyder", title: "Markeringar",
        onAgenda: "På dagordningen", onMeetings: "I listan över sammanträden", inItem: "I ett ärendes text",
        live: "ärendet som sammanträdet behandlar nu", unread: "inte läst än, eller ändrat sedan du läste",
        position: { "ditt ställningstagande: \($0)" }, revised: "tjänsteutlåtandet har reviderats sedan du läste det",
        decision: { "beslut: \($0)" }, struck: "utgår från dagordningen", confidential: "omfattas av sekretess",
        importWarnings: "sekreterarens: inläsningen av tjänsteutlåtandet lämnade varningar att granska (C i ärendet)",
        readProgress: "av ärendena med handlingar att läsa (formella punkter räknas inte), de du har läst", note: "stycket har anteckningar")
}
