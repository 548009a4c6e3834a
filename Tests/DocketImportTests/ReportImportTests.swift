import Foundation
import DocketImport
import DocketModel
import Testing

@Suite("A report made into a matter")
struct ReportImportTests {
    let committee = Committee(id: "aldrenamnden", name: "Äldrenämnden", shortName: "ÄN", municipality: "Åsbro kommun",
                              locale: .swedish, timeZone: "Europe/Stockholm",
                              administrations: [Administration(id: "aldreforvaltningen", name: "Äldreförvaltningen")])
    let source = (file: "tjansteutlatande.txt", on: "2026-12-01")

    @Test("a new matter: id from the diary number, the report as its document, the proposal, the reported step, attachments by title")
    func newMatter() throws {
        let report = ReportParser.parse(ReportFixtures.answerToSkrivelse)
        let matter = ReportImport.matter(from: report, committee: committee, existing: nil, takenIDs: [], accepted: [], source: source)
        #expect(matter.id == "204-117-2004")
        #expect(matter.diaryNumber == "204-117/2004")
        #expect(matter.title == "Seniorträffar i ytterstaden – svar på skrivelse från Britt Molander (v)")
        #expect(matter.kind == .motionResponse)
        #expect(matter.administration == "aldreforvaltningen")
        let document = try #require(matter.report)
        #expect(document.id == "tjansteutlatande")
        #expect(document.title == "Tjänsteutlåtande")
        #expect(document.date == "2005-02-14")
        #expect(document.officer == Officer(name: "Karin Lindqvist", phone: "08-508 36 112"))
        #expect(document.department == "Avdelningen för stöd och service")
        #expect(document.signatories == ["Gunilla Hed", "Per-Olof Sandberg"])
        #expect(document.sections.count == 3)
        #expect(matter.proposals == [DecisionProposal(id: "forvaltningens-forslag", proposer: Proposer(kind: .administration, name: "Äldreförvaltningen"),
                                                      clauses: ["Äldrenämnden hänvisar till förvaltningens tjänsteutlåtande som svar på skrivelsen."])])
        #expect(matter.history == [ReferralEvent(date: "2005-02-14", kind: .reported, from: "Äldreförvaltningen", to: "Äldrenämnden", note: "Tjänsteutlåtande.")])
        #expect(matter.attachments == [Attachment(id: "bilaga-1", title: "Skrivelse från Britt Molander (v) om seniorträffar.")])
    }

    @Test("the matter keeps the report's file, the day and the importer's warnings; a new import asks for a new check")
    func importedWarnings() throws {
        let report = ReportParser.parse(ReportFixtures.answerToSkrivelse.replacingOccurrences(of: "Förslag till beslut", with: "Förslaget"))
        var matter = ReportImport.matter(from: report, committee: committee, existing: nil, takenIDs: [], accepted: [], source: source)
        let imported = try #require(matter.imported)
        #expect(imported.file == "tjansteutlatande.txt")
        #expect(imported.on == "2026-12-01")
        #expect(imported.warnings == report.warnings)
        #expect(imported.openWarnings.contains(.noProposal))
        matter = MatterCorrection.warningsChecked(on: "2026-12-02").applied(to: matter)
        #expect(matter.imported?.openWarnings == [])
        let again = ReportImport.matter(from: report, committee: committee, existing: matter, takenIDs: [matter.id], accepted: [],
                                            source: (file: "tjansteutlatande.txt", on: "2026-12-03"))
        #expect(again.imported?.checked == nil)
        #expect(again.imported?.openWarnings == report.warnings)
    }

    @Test("a confirmed referral joins the history in date order; importing again changes nothing")
    func referralsAndAgain() throws {
        let report = ReportParser.parse(ReportFixtures.answerToSkrivelse)
        let first = ReportImport.matter(from: report, committee: committee, existing: nil, takenIDs: [], accepted: report.referrals, source: source)
        #expect(first.history.map(\.date) == ["2004-11-18", "2005-02-14"])
        #expect(first.history[0].kind == .prepared)
        let again = ReportImport.matter(from: report, committee: committee, existing: first, takenIDs: [first.id], accepted: report.referrals, source: source)
        #expect(again == first)
    }

    @Test("a matter of the same diary number is brought up to date, keeping its id and what the report does not carry")
    func update() throws {
        let report = ReportParser.parse(ReportFixtures.answerToSkrivelse)
        var existing = Matter(id: "seniortraffar", diaryNumber: "204-117/2004", title: "Old", kind: .other,
                              attachments: [Attachment(id: "bilaga-1", title: "Karta", mediaType: "application/pdf", path: "attachments/karta.pdf")])
        existing.proposals = [DecisionProposal(id: "v-forslag", proposer: Proposer(kind: .party, name: "(V)"), clauses: ["att bifalla skrivelsen"])]
        let matter = ReportImport.matter(from: report, committee: committee, existing: existing, takenIDs: ["seniortraffar"], accepted: [], source: source)
        #expect(matter.id == "seniortraffar")
        #expect(matter.proposals.map(\.id) == ["forvaltningens-forslag", "v-forslag"])
        #expect(matter.attachments.map(\.id) == ["bilaga-1", "bilaga-2"])
        #expect(matter.attachments[0].path == "attachments/karta.pdf")
    }

    @Test("without a diary number or a report date the report still becomes a matter: those left empty and warned about, nothing made up")
    func missing() {
        let report = ReportParser.parse(ReportFixtures.missingParts)
        let matter = ReportImport.matter(from: report, committee: committee, existing: nil, takenIDs: [], accepted: [], source: source)
        #expect(matter.diaryNumber == "")
        #expect(matter.title == "Information om tillsyn av förskolor")
        #expect(matter.id == "information-om-tillsyn-av-forskolor", "an id from the title")
        #expect(matter.report?.date == nil)
        #expect(matter.history.isEmpty, "no reported event without a date")
        let warnings = matter.imported?.warnings ?? []
        #expect(warnings.contains(.noDiaryNumber) && warnings.contains(.noReportDate))
    }

    @Test("the report's own Beslutsunderlag and recipients go with its document, for the item and the minutes")
    func basisAndRecipients() {
        let report = ReportParser.parse(ReportFixtures.columnHeader)
        let matter = ReportImport.matter(from: report, committee: committee, existing: nil, takenIDs: [], accepted: [], source: source)
        #expect(matter.report?.basis == ["Tjänsteskrivelse den 4 mars 2019", "Riktlinjer för ersättning till familjehem, bilaga 1"])
        #expect(matter.report?.sentTo == ["Individ- och familjeomsorgen", "Ekonomienheten"])
        #expect(matter.diaryNumber == "SN 2019/0123" && matter.report?.officer?.name == "Karin Lindqvist")
    }

    @Test("a report without even a title is named by its file until the clerk gives one")
    func noTitle() {
        let report = ReportParser.parse("Förvaltningen har gjort tillsyn på 40 förskolor.")
        let matter = ReportImport.matter(from: report, committee: committee, existing: nil, takenIDs: [], accepted: [],
                                         source: (file: "tillsyn 2026.txt", on: "2026-12-01"))
        #expect(matter.title == "tillsyn 2026")
        #expect(matter.imported?.warnings.first == .noTitle)
    }

    @Test("what the clerk completed is kept by a later import of the same report; what they did not is brought up to date")
    func completedKept() {
        let report = ReportParser.parse(ReportFixtures.missingParts)
        var matter = ReportImport.matter(from: report, committee: committee, existing: nil, takenIDs: [], accepted: [], source: source)
        for correction in [MatterCorrection.diaryNumber("MN 2026/77"), .reportDate("2026-11-20"), .title("Tillsyn av förskolor 2026")] {
            matter = correction.applied(to: matter)
        }
        #expect(matter.imported?.completed == [.diaryNumber, .date, .title])
        let again = ReportImport.matter(from: report, committee: committee, existing: matter, takenIDs: [matter.id], accepted: [], source: source)
        #expect(again.diaryNumber == "MN 2026/77" && again.title == "Tillsyn av förskolor 2026" && again.report?.date == "2026-11-20")
        #expect(again.imported?.warnings.contains(.noDiaryNumber) == false, "answered by the clerk")
        #expect(again.imported?.completed == [.diaryNumber, .date, .title])
    }

    @Test("ids from diary numbers and titles", arguments: [
        ("118-520/2003", "118-520-2003"), ("KSN-2015-1345", "ksn-2015-1345"), ("KS 2018/124", "ks-2018-124"),
        ("1.5.1-135-2012", "1-5-1-135-2012"), ("Åtgärder för äldre", "atgarder-for-aldre"),
    ])
    func identifiers(text: String, id: String) {
        #expect(ReportImport.identifier(text) == id)
    }
}
