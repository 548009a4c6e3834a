import DocketCore
import DocketImport
import DocketModel

/// The words of `docket import`: its help, the fields it reports and its warnings, in both languages.
struct ImportWords: Sendable {
    let importAbstract: String
    let reportAbstract: String
    let reportDiscussion: String
    let filesHelp: String
    let storeHelp: String
    let meetingHelp: String
    let sectionHelp: String
    let dryRunHelp: String
    let confirmHelp: String
    let newMatter: @Sendable (String, String) -> String
    let updatedMatter: @Sendable (String, String) -> String
    let notImported: @Sendable (String, String) -> String
    let setHelp: String
    let setOneFile: String
    let badSetting: @Sendable (String) -> String
    let notPlaced: @Sendable (String, String) -> String
    /// Field labels, padded by the printer.
    let diaryNumber: String
    let title: String
    let kind: String
    let administration: String
    let notInCommittee: @Sendable (String) -> String
    let department: String
    let officer: String
    let document: String
    let committee: String
    let meetingOn: @Sendable (String) -> String
    let proposal: String
    let clauses: @Sendable (Int) -> String
    let signed: String
    let sections: String
    let paragraphs: @Sendable (Int) -> String
    let attachments: String
    let attachmentsCount: @Sendable (Int, Int?) -> String
    let history: String
    let toConfirm: String
    let confirmHint: @Sendable (Int) -> String
    let warning: String
    let agenda: String
    let placed: @Sendable (String, String, String) -> String
    let kinds: [MatterKind: String]
    let steps: [ReferralKind: String]
    let warnings: @Sendable (ImportWarning) -> String
    let noSection: @Sendable (String, String) -> String
    let unreadable: @Sendable (String, String) -> String
    let noPdfToText: @Sendable (String) -> String
    let notPDF: @Sendable (_ file: String, _ said: String) -> String
    let notText: @Sendable (String) -> String
    let emptyReport: @Sendable (String) -> String
    let notSwedish: @Sendable (String) -> String
    let badConfirm: @Sendable (String) -> String
    let dryRunDone: String
    let summary: @Sendable (Int, Int, Int) -> String

    static let current = ImportWords.for(CLIWords.currentLanguage)

    static func `for`(_ language: InterfaceLanguage) -> ImportWords {
        switch language {
        case .swedish: .swedish
        case .english: .english
        }
    }
}

extension ImportWords {
    static let swedish = ImportWords(
        importAbstract: "Läs in handlingar i arkivet.",
        reportAbstract: "Läs in tjänsteutlåtanden (text eller PDF) som ärenden, och sätt dem på ett sammanträdes dagordning.",
        reportDiscussion: "Texten från ett dokumentsystem eller från pdftotext -layout; en PDF läses med pdftotext (poppler-utils) när det finns. Det som hittas skrivs ut fält för fält, det som saknas som varningar; inget gissas. Ett ärende med samma diarienummer uppdateras, det dubbleras aldrig.",
        filesHelp: "Tjänsteutlåtandena: textfiler eller PDF.",
        storeHelp: "Arkivet att läsa in i.",
        meetingHelp: "Sätt ärendena på det här sammanträdets dagordning (sammanträdets id).",
        sectionHelp: "Avsnittet på dagordningen (avsnittets id); annars väljs det efter ärendets slag.",
        dryRunHelp: "Visa vad som skulle läsas in, utan att skriva något.",
        confirmHelp: "Ta med de händelser i ärendets gång som hittades i texten: deras nummer (1,2) eller all.",
        newMatter: { file, id in "\(file) → nytt ärende \(id)" },
        updatedMatter: { file, id in "\(file) → ärendet \(id) uppdateras (samma diarienummer)" },
        notImported: { file, why in "\(file): lästes inte in: \(why)" },
        setHelp: "Sätt ett fält på ärendet, FÄLT=VÄRDE: dnr, rubrik, datum (ÅÅÅÅ-MM-DD), handläggare, avdelning, att (satserna åtskilda med |). Får upprepas; en senare inläsning av samma utlåtande behåller det som satts.",
        setOneFile: "--set gäller ett utlåtande: läs in ett i taget",
        badSetting: { "--set \"\($0)\": skriv FÄLT=VÄRDE, där FÄLT är dnr, rubrik, datum (ÅÅÅÅ-MM-DD), handläggare, avdelning eller att" },
        notPlaced: { file, why in "\(file): ärendet är inläst men kom inte på dagordningen: \(why)" },
        diaryNumber: "diarienummer", title: "rubrik", kind: "slag", administration: "förvaltning",
        notInCommittee: { "\($0) (finns inte i committee.json: ärendet får ingen förvaltning)" },
        department: "avdelning", officer: "handläggare", document: "handling", committee: "nämnd",
        meetingOn: { "sammanträdet \($0)" },
        proposal: "förslag", clauses: { $0 == 1 ? "1 sats" : "\($0) satser" },
        signed: "undertecknat", sections: "avsnitt", paragraphs: { $0 == 1 ? "1 stycke" : "\($0) stycken" },
        attachments: "bilagor",
        attachmentsCount: { listed, announced in announced.map { "\(listed) av \($0) \($0 == 1 ? "aviserad" : "aviserade")" } ?? "\(listed)" },
        history: "ärendets gång", toConfirm: "att bekräfta",
        confirmHint: { "--confirm \($0) tar med den" },
        warning: "varning", agenda: "dagordning",
        placed: { number, section, meeting in "punkt \(number) under \(section), sammanträdet \(meeting)" },
        kinds: MatterCorrectionWords.swedish.kinds,
        steps: [.submitted: "väckt", .referred: "remitterat", .prepared: "överlämnat för beredning", .reported: "redovisat",
                .returned: "återremitterat", .other: "annat"],
        warnings: MatterCorrectionWords.swedish.importWarning,
        noSection: { section, sections in "sammanträdet har inget avsnitt \"\(section)\"; det har: \(sections)" },
        unreadable: { file, why in "\(file) kunde inte läsas: \(why)" },
        noPdfToText: { "\($0) är en PDF, och pdftotext finns inte (installera poppler-utils, eller läs in texten)" },
        notPDF: { file, said in "\(file) kan inte läsas som PDF (pdftotext: \(said)); ingenting lästes in" },
        notText: { "\($0) är varken text eller en PDF" },
        emptyReport: { "\($0) är tom: det finns inget utlåtande att läsa in" },
        notSwedish: { "\($0) är inte skriven på svenska: inget tjänsteutlåtande att läsa in" },
        badConfirm: { "--confirm tar nummer (1,2) eller all, inte \"\($0)\"" },
        dryRunDone: "Provkörning: ingenting skrevs.",
        summary: { new, updated, refused in
            "\(new) \(new == 1 ? "nytt" : "nya"), \(updated) \(updated == 1 ? "uppdaterat" : "uppdaterade"), \(refused) inte \(refused == 1 ? "inläst" : "inlästa")."
        }
    )

    static let english = ImportWords(
        importAbstract: "Read documents into the store.",
        reportAbstract: "Read reports (tjänsteutlåtanden, as text or PDF) into matters, and put them on a meeting's agenda.",
        reportDiscussion: "The text a document system gives, or pdftotext -layout's; a PDF is read with pdftotext (poppler-utils) when it is installed. What is found is printed field by field, what is missing as warnings; nothing is guessed. A matter with the same diary number is updated, never duplicated.",
        filesHelp: "The reports: text files or PDFs.",
        storeHelp: "The store to read them into.",
        meetingHelp: "Put the matters on this meeting's agenda (the meeting's id).",
        sectionHelp: "The agenda's section (its id); otherwise chosen by the matter's kind.",
        dryRunHelp: "Show what would be read in, writing nothing.",
        confirmHelp: "Take in the steps of the matter's path found in the text: their numbers (1,2) or all.",
        newMatter: { file, id in "\(file) → new matter \(id)" },
        updatedMatter: { file, id in "\(file) → matter \(id) updated (the same diary number)" },
        notImported: { file, why in "\(file): not read in: \(why)" },
        setHelp: "Set a field of the matter, FIELD=VALUE: dnr, title, date (YYYY-MM-DD), officer, department, clauses (separated by |). May be repeated; a later import of the same report keeps what was set.",
        setOneFile: "--set is for one report: import one at a time",
        badSetting: { "--set \"\($0)\": write FIELD=VALUE, where FIELD is dnr, title, date (YYYY-MM-DD), officer, department or clauses" },
        notPlaced: { file, why in "\(file): the matter is read in but could not be put on the agenda: \(why)" },
        diaryNumber: "diary number", title: "title", kind: "kind", administration: "administration",
        notInCommittee: { "\($0) (not in committee.json: the matter gets no administration)" },
        department: "department", officer: "officer", document: "document", committee: "committee",
        meetingOn: { "meeting of \($0)" },
        proposal: "proposal", clauses: { $0 == 1 ? "1 clause" : "\($0) clauses" },
        signed: "signed", sections: "sections", paragraphs: { $0 == 1 ? "1 paragraph" : "\($0) paragraphs" },
        attachments: "attachments",
        attachmentsCount: { listed, announced in announced.map { "\(listed) of \($0) announced" } ?? "\(listed)" },
        history: "history", toConfirm: "to confirm",
        confirmHint: { "--confirm \($0) takes it in" },
        warning: "warning", agenda: "agenda",
        placed: { number, section, meeting in "item \(number) under \(section), meeting of \(meeting)" },
        kinds: MatterCorrectionWords.english.kinds,
        steps: [.submitted: "submitted", .referred: "referred", .prepared: "referred for preparation", .reported: "reported",
                .returned: "referred back", .other: "other"],
        warnings: MatterCorrectionWords.english.importWarning,
        noSection: { section, sections in "the meeting has no section \"\(section)\"; it has: \(sections)" },
        unreadable: { file, why in "\(file) could not be read: \(why)" },
        noPdfToText: { "\($0) is a PDF, and pdftotext is not installed (install poppler-utils, or read in the text)" },
        notPDF: { file, said in "\(file) cannot be read as PDF (pdftotext: \(said)); nothing was read in" },
        notText: { "\($0) is neither text nor a PDF" },
        emptyReport: { "\($0) is empty: there is no report to read in" },
        notSwedish: { "\($0) is not written in Swedish: no tjänsteutlåtande to read in" },
        badConfirm: { "--confirm takes numbers (1,2) or all, not \"\($0)\"" },
        dryRunDone: "Dry run: nothing was written.",
        summary: { new, updated, refused in "\(new) new, \(updated) updated, \(refused) not read in." }
    )
}
