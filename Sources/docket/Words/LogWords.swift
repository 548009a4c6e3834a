import DocketModel

/// What each journal line says was done, as a sentence's verb phrase: "öppnade sammanträdet",
/// "förde in en votering". A code not listed (a later version's) is shown as written.
enum LogWords {
    static func action(_ code: String, in language: InterfaceLanguage) -> String {
        (language == .swedish ? swedish : english)[code] ?? code
    }

    static let swedish: [String: String] = [
        "open": "öppnade sammanträdet", "pause": "ajournerade sammanträdet", "resume": "återupptog sammanträdet",
        "close": "avslutade sammanträdet", "reopen": "öppnade sammanträdet igen", "move": "gick till ärendet",
        "record-attendance": "förde in närvaron", "record-officials": "förde in övriga närvarande", "record-checkers": "utsåg justerare",
        "record-checking": "bestämde justeringen", "record-first-paragraph": "satte första paragrafen", "record-agenda": "ändrade dagordningen",
        "record-approve": "justerade protokollet", "record-post": "anslog protokollet", "record-correct": "rättade protokollet",
        "record-restore": "tog tillbaka en rättelse", "record-recused": "förde in jäv", "record-not-taking-part": "förde in vem som inte deltar i beslutet",
        "record-proposal": "förde in ett yrkande", "record-withdrawal": "förde in ett återtagande", "record-proposition": "förde in en proposition",
        "record-vote": "förde in en votering", "record-decision": "förde in beslutet", "record-reservation": "förde in en reservation",
        "record-minute-note": "förde in en protokollsanteckning", "record-special-statement": "förde in ett särskilt yttrande",
        "record-substitute-statement": "förde in ett ersättaryttrande", "record-basis": "förde in beslutsunderlaget",
        "record-sent-to": "förde in vem beslutet expedieras till", "record-counter-proposal": "markerade motförslaget",
        "record-checked-at-once": "förklarade paragrafen omedelbart justerad", "record-presenter": "förde in föredragande",
        "record-removal": "tog bort en uppgift i protokollet", "reconciled": "förde in en ändring i loggen efter ett avbrott",
    ]

    static let english: [String: String] = [
        "open": "opened the meeting", "pause": "adjourned the meeting", "resume": "resumed the meeting", "close": "closed the meeting",
        "reopen": "reopened the meeting", "move": "moved to the item", "record-attendance": "recorded attendance",
        "record-officials": "recorded the others present", "record-checkers": "chose the checkers", "record-checking": "set the checking",
        "record-first-paragraph": "set the first paragraph", "record-agenda": "changed the agenda", "record-approve": "approved the minutes",
        "record-post": "posted the minutes", "record-correct": "corrected the minutes", "record-restore": "took back a correction",
        "record-recused": "recorded a conflict of interest", "record-not-taking-part": "recorded who does not take part in the decision",
        "record-proposal": "recorded a proposal", "record-withdrawal": "recorded a withdrawal", "record-proposition": "recorded a proposition",
        "record-vote": "recorded a vote", "record-decision": "recorded the decision", "record-reservation": "recorded a reservation",
        "record-minute-note": "recorded a minute note", "record-special-statement": "recorded a special statement",
        "record-substitute-statement": "recorded a substitute's statement", "record-basis": "recorded the basis of the decision",
        "record-sent-to": "recorded who receives the decision", "record-counter-proposal": "marked the counter-proposal",
        "record-checked-at-once": "declared the paragraph checked at once", "record-presenter": "recorded the presenter",
        "record-removal": "removed an entry from the record", "reconciled": "journaled a change after an interruption",
    ]
}
