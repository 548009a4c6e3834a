import DocketModel

/// The words of correcting a matter and of an imported report's warnings, in both
/// languages; the command line's importer uses the same for its warnings and kinds.
public struct MatterCorrectionWords: Sendable {
    public let command: String
    public let noMatterHere: String
    public let title: @Sendable (String) -> String
    public let diaryNumber: String
    public let matterTitle: String
    public let kind: String
    public let officer: String
    public let department: String
    public let reportDate: String
    /// The typing line's label for the report's date.
    public let datePrompt: String
    public let badDate: @Sendable (String) -> String
    /// A proposal's clauses, named by its proposer.
    public let clauses: @Sendable (String) -> String
    public let kinds: [MatterKind: String]
    /// The picker's last row: the import's open warnings checked.
    public let checkWarnings: @Sendable (Int) -> String
    public let warningsChecked: String
    public let corrected: String
    public let notSaved: @Sendable (String) -> String
    /// The typing line's label for a field.
    public let prompt: @Sendable (String) -> String
    public let clausesPrompt: String
    public let optionalPrompt: @Sendable (String) -> String
    /// Above the item, for the clerk: the report's file, the day of the import, how many warnings.
    public let importedHeading: @Sendable (_ file: String, _ day: String, _ count: Int) -> String
    public let importedHint: String
    public let importWarning: @Sendable (ImportWarning) -> String

    /// "Diarienummer: 118-520/2003".
    public func row(_ field: String, _ value: String) -> String { "\(field): \(value)" }

    public static let swedish = MatterCorrectionWords(
        command: "rätta ärendets uppgifter (diarienummer, rubrik, slag, handläggare, förslag) och granska inläsningens varningar",
        noMatterHere: "Punkten har inget ärende att rätta",
        title: { "Rätta ärende \($0)" },
        diaryNumber: "Diarienummer", matterTitle: "Rubrik", kind: "Slag", officer: "Handläggare", department: "Avdelning",
        reportDate: "Utlåtandets datum", datePrompt: "Utlåtandets datum (ÅÅÅÅ-MM-DD): ",
        badDate: { "Inte sparat: \"\($0)\" är inget datum; skriv ÅÅÅÅ-MM-DD" },
        clauses: { "Förslag från \($0)" },
        kinds: [.decision: "beslutsärende", .motionResponse: "svar på motion eller skrivelse", .consultationResponse: "remissvar",
                .information: "information", .appointment: "val", .other: "övrigt"],
        checkWarnings: { $0 == 1 ? "Markera inläsningens varning som granskad" : "Markera inläsningens \($0) varningar som granskade" },
        warningsChecked: "Inläsningens varningar är markerade som granskade",
        corrected: "Ärendet är rättat",
        notSaved: { "Rättelsen sparades inte: \($0)" },
        prompt: { "\($0): " },
        clausesPrompt: "Att-satser (åtskilda av |): ",
        optionalPrompt: { "\($0) (tom: ingen): " },
        importedHeading: { file, day, count in
            "Inläst från \(file) \(day): \(count == 1 ? "1 varning" : "\(count) varningar")"
        },
        importedHint: "C rättar ärendet och markerar varningarna som granskade",
        importWarning: { warning in
            switch warning {
            case .noDiaryNumber: "inget diarienummer hittades (DNR, Dnr:, Diarienummer …)"
            case .noTitle: "ingen rubrik hittades"
            case .noReportDate: "inget datum för handlingen hittades"
            case .noProposal: "inget förslag till beslut hittades"
            case .attachmentsMismatch(let announced, let listed): "\(announced == 1 ? "1 bilaga aviserad" : "\(announced) bilagor aviserade"), \(listed) listade"
            case .dateWithoutYear(let text): "datum utan år: \(text) (inget år gissas)"
            case .invalidBytes(let count): "\(count == 1 ? "ett tecken" : "\(count) tecken") var inte UTF-8 och visas som �: jämför med originalet"
            }
        }
    )

    public static let english = MatterCorrectionWords(
        command: "correct the matter's details (diary number, title, kind, officer, proposals) and check the import's warnings",
        noMatterHere: "This item has no matter to correct",
        title: { "Correct matter \($0)" },
        diaryNumber: "Diary number", matterTitle: "Title", kind: "Kind", officer: "Officer", department: "Department",
        reportDate: "Report's date", datePrompt: "Report's date (YYYY-MM-DD): ",
        badDate: { "Not saved: \"\($0)\" is no date; write YYYY-MM-DD" },
        clauses: { "Proposal by \($0)" },
        kinds: [.decision: "decision", .motionResponse: "answer to a motion or skrivelse", .consultationResponse: "consultation response",
                .information: "information", .appointment: "appointment", .other: "other"],
        checkWarnings: { $0 == 1 ? "Mark the import's warning as checked" : "Mark the import's \($0) warnings as checked" },
        warningsChecked: "The import's warnings are marked as checked",
        corrected: "The matter is corrected",
        notSaved: { "The correction was not saved: \($0)" },
        prompt: { "\($0): " },
        clausesPrompt: "Clauses (separated by |): ",
        optionalPrompt: { "\($0) (empty: none): " },
        importedHeading: { file, day, count in
            "Imported from \(file) \(day): \(count == 1 ? "1 warning" : "\(count) warnings")"
        },
        importedHint: "C corrects the matter and marks the warnings checked",
        importWarning: { warning in
            switch warning {
            case .noDiaryNumber: "no diary number found (DNR, Dnr:, Diarienummer …)"
            case .noTitle: "no title found"
            case .noReportDate: "no date of the document found"
            case .noProposal: "no decision proposal found"
            case .attachmentsMismatch(let announced, let listed): "\(announced == 1 ? "1 attachment announced" : "\(announced) attachments announced"), \(listed) listed"
            case .dateWithoutYear(let text): "date without a year: \(text) (no year is guessed)"
            case .invalidBytes(let count): "\(count == 1 ? "one character was" : "\(count) characters were") not UTF-8 and show as �: compare with the original"
            }
        }
    )
}
