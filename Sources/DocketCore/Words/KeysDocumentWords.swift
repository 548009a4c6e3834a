/// The words of the generated key reference (docs/keys.md, docs/keys.sv.md).
public struct KeysDocumentWords: Sendable {
    public let title: String
    public let intro: String
    public let keysColumn: String
    public let doesColumn: String
    /// The mouse and where keys apply, after the tables.
    public let closing: String
    /// Where a key of a menu or a list applies, and how it is opened: "the record menu (r)".
    public let menus: [KeyContext: String]

    static let english = KeysDocumentWords(
        title: "Keys",
        intro: "Generated from Docket's keymap (`Sources/DocketCore/Keys/Keymap.swift`); the help overlay (`?`) shows the same table. "
            + "In Swedish: [keys.sv.md](keys.sv.md).",
        keysColumn: "Keys", doesColumn: "Does",
        closing: """
            ## Mouse

            | Action | Does |
            |---|---|
            | wheel | scrolls three lines |
            | click on a row | selects a meeting, an agenda item, a history entry or an attachment |
            | click on a tab | shows that part of the item |

            ## Where keys apply

            `q` quits on the meetings list and goes back everywhere else; `Q` quits from anywhere.
            In an item, the parts are 1 Proposal, 2 Report, 3 History, 4 Attachments, 5 Notes and 6 Outcome; `]` and `[`
            step through the agenda without leaving the item view. In History, Enter on an
            "on agenda" entry opens that meeting's agenda at the item. In Attachments, Enter shows a
            text attachment in Docket's pager and hands other files (inside the store only) and
            http(s) addresses to `xdg-open`. Find (`/`) is case-insensitive, with Å = å, Ä = ä and
            Ö = ö, but never å = a.

            """,
        menus: [.positionMenu: "position menu (p)", .kindMenu: "own proposal's kind", .liveMenu: "chair's menu (L)", .recordMenu: "record menu (r)",
                .putKindMenu: "kind of proposal (r p)", .decisionMenu: "decision menu (r d)", .picker: "in a list to choose from",
                .vote: "roll call (r v)", .meetingRecord: "meeting's record (R)"])

    static let swedish = KeysDocumentWords(
        title: "Tangenter",
        intro: "Skapad ur Dockets tangentkarta (`Sources/DocketCore/Keys/Keymap.swift`); hjälpen (`?`) visar samma tabell. "
            + "På engelska: [keys.md](keys.md).",
        keysColumn: "Tangenter", doesColumn: "Gör",
        closing: """
            ## Mus

            | Handling | Gör |
            |---|---|
            | hjulet | rullar tre rader |
            | klick på en rad | väljer ett sammanträde, ett ärende, en händelse i historiken eller en bilaga |
            | klick på en flik | visar den delen av ärendet |

            ## Var tangenterna gäller

            `q` avslutar i listan över sammanträden och går tillbaka överallt annars; `Q` avslutar var du än är.
            I ett ärende är delarna 1 Förslag, 2 Utlåtande, 3 Historik, 4 Bilagor, 5 Anteckningar och 6 Beslut; `]` och `[`
            bläddrar genom dagordningen utan att lämna ärendet. I Historik öppnar Enter på en rad
            "på dagordningen" det sammanträdets dagordning vid ärendet. I Bilagor visar Enter en
            textbilaga i Dockets egen läsare och lämnar andra filer (bara i nämndens mapp) och
            http(s)-adresser till `xdg-open`. Sökning (`/`) skiljer inte på stora och små bokstäver,
            Å = å, Ä = ä och Ö = ö, men aldrig å = a.

            """,
        menus: [.positionMenu: "ställningsmenyn (p)", .kindMenu: "det egna yrkandets slag", .liveMenu: "ordförandens meny (L)",
                .recordMenu: "protokollmenyn (r)", .putKindMenu: "yrkandets slag (r p)", .decisionMenu: "beslutsmenyn (r d)",
                .picker: "i en lista att välja ur", .vote: "voteringen (r v)", .meetingRecord: "sammanträdets protokoll (R)"])
}

extension Strings {
    public var keysDocument: KeysDocumentWords {
        switch language {
        case .swedish: .swedish
        case .english: .english
        }
    }
}
