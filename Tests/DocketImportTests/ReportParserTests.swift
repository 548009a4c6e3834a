@testable import DocketImport
import DocketModel
import Testing

@Suite("Reading a report's text")
struct ReportParserTests {
    @Test("an answer to a skrivelse: header, title and motion, proposal, signatories, sections, attachment, referral")
    func answerToSkrivelse() {
        let report = ReportParser.parse(ReportFixtures.answerToSkrivelse)
        #expect(report.department == "Avdelningen för stöd och service")
        #expect(report.administration == "ÄLDREFÖRVALTNINGEN")
        #expect(report.officer == "Karin Lindqvist")
        #expect(report.phone == "08-508 36 112")
        #expect(report.documentKind == "TJÄNSTEUTLÅTANDE")
        #expect(report.reportDate == "2005-02-14")
        #expect(report.committee == "ÄLDRENÄMNDEN")
        #expect(report.meetingDate == "2005-03-10")
        #expect(report.diaryNumber == "204-117/2004")
        #expect(report.addressee == "Äldrenämnden")
        #expect(report.title == "Seniorträffar i ytterstaden")
        #expect(report.subtitle == "Svar på skrivelse från Britt Molander (v)")
        #expect(report.answers == AnsweredMotion(kind: "skrivelse", author: "Britt Molander (v)"))
        #expect(report.announcedAttachments == 1)
        #expect(report.proposal == ["Äldrenämnden hänvisar till förvaltningens tjänsteutlåtande som svar på skrivelsen."])
        #expect(report.signatories == ["Gunilla Hed", "Per-Olof Sandberg"])
        #expect(report.sections.map(\.heading) == ["Sammanfattning", "Bakgrund", "Förvaltningens synpunkter"])
        let views = report.sections[2].paragraphs
        #expect(views.count == 1)
        #expect(views[0].contains("PRO-föreningarna"))
        #expect(views[0].contains("Kulturombuden (en satsning"), "the word cut by the page is joined")
        #expect(report.attachments == ["Skrivelse från Britt Molander (v) om seniorträffar."])
        #expect(report.referrals == [FoundReferral(date: "2004-11-18", kind: .prepared, sentence: report.sections[1].paragraphs[0])])
        #expect(report.warnings == [.dateWithoutYear("den 12 april")])
    }

    @Test("labels in columns with values below, the officer under a label surname first, a lead-in, att clauses, the end's lists, signatures in columns")
    func columnHeader() {
        let report = ReportParser.parse(ReportFixtures.columnHeader)
        #expect(report.diaryNumber == "SN 2019/0123", "the report's own number, not the other authority's")
        #expect(report.reportDate == "2019-03-04")
        #expect(report.officer == "Karin Lindqvist")
        #expect(report.phone == "08-508 36 112")
        #expect(report.addressee == "Socialnämnden")
        #expect(report.title == "Ersättning till familjehem 2019")
        #expect(report.proposal == ["att anta riktlinjerna för ersättning till familjehem enligt bilaga 1, och",
                                    "att riktlinjerna gäller från och med den 1 april 2019."])
        #expect(report.basis == ["Tjänsteskrivelse den 4 mars 2019", "Riktlinjer för ersättning till familjehem, bilaga 1"])
        #expect(report.recipients == ["Individ- och familjeomsorgen", "Ekonomienheten"])
        #expect(report.signatories == ["Karin Lindqvist", "Per Ek"])
        #expect(report.sections.map(\.heading) == ["Sammanfattning"])
        #expect(!report.sections.flatMap(\.paragraphs).contains { $0.contains("Postadress") || $0.contains("ÅSBRO KOMMUN") })
    }

    @Test("a date in words, an ärendenummer, a lead-in to another body, dash items, the officer only in a footer, a page mark and a repeated title")
    func footerOfficer() {
        let report = ReportParser.parse(ReportFixtures.footerOfficer)
        #expect(report.reportDate == "2019-03-03")
        #expect(report.diaryNumber == "KS-2019-0042")
        #expect(report.officer == "Maria Holm")
        #expect(report.title == "Policy för digital tillgänglighet")
        #expect(report.proposal == ["Policy för digital tillgänglighet antas.", "Policyn gäller från och med den 1 juli 2019."])
        #expect(report.recipients == ["Kommunfullmäktige"])
        #expect(report.signatories == ["Eva Berg"])
        #expect(report.sections.map(\.heading) == ["Ärendet", "Förvaltningens bedömning"])
        #expect(!report.sections.flatMap(\.paragraphs).contains { $0.contains("www.") || $0.contains("PDF page") || $0 == "Policy för digital tillgänglighet" })
    }

    @Test("layout text: columns, wrapped lines, page numbers and a running header removed, numbered points, a real hyphen kept")
    func layoutWithPages() {
        let report = ReportParser.parse(ReportFixtures.layoutWithPages)
        #expect(report.administration == "KOMMUNLEDNINGSKONTORET TJÄNSTESKRIVELSE" || report.administration == "KOMMUNLEDNINGSKONTORET")
        #expect(report.diaryNumber == "KSN-2015-1345")
        #expect(report.reportDate == "2016-04-02")
        #expect(report.officer == "Jonas Berg")
        #expect(report.phone == "018-727 00 00")
        #expect(report.addressee == "Kommunstyrelsen")
        #expect(report.title == "Budgetramar för 2017")
        #expect(report.announcedAttachments == 2)
        #expect(report.proposal == [
            "Kommunstyrelsen föreslår kommunfullmäktige att fastställa budgetramar för 2017 enligt bilaga 1.",
            "Kommunstyrelsen uppdrar åt kommundirektören att återkomma med en plan för uppföljning.",
        ])
        #expect(report.signatories == ["Anna Forsell"])
        #expect(report.sections.map(\.heading) == ["Ärendet", "Ekonomiska konsekvenser"])
        #expect(report.sections[0].paragraphs == ["Kommunfullmäktige beslutade den 14 december 2015 om mål och budget för 2016. Ramarna för 2017 bygger på den planen och på HIV-mottagningens nya uppdrag."])
        #expect(report.sections[1].paragraphs == ["Ramarna ryms inom det finansiella målet."])
        #expect(report.attachments == ["Budgetramar 2017"])
        #expect(report.warnings == [.attachmentsMismatch(announced: 2, listed: 1)])
    }

    @Test("att clauses each a clause, headings no list knows kept as sections, a diary number under another label")
    func attClauses() {
        let report = ReportParser.parse(ReportFixtures.attClausesNoAddressee)
        #expect(report.diaryNumber == "KS 2018/124")
        #expect(report.department == "Individ- och familjeomsorgen")
        #expect(report.addressee == nil)
        #expect(report.title == "Riktlinjer för ekonomiskt bistånd")
        #expect(report.proposal == ["att anta riktlinjer för ekonomiskt bistånd enligt förvaltningens förslag,",
                                    "att riktlinjerna gäller från och med den 1 maj 2018."])
        #expect(report.signatories == ["Lena Ek"])
        #expect(report.sections.map(\.heading) == ["Ekonomiska konsekvenser", "Jämställdhetsanalys"])
        #expect(report.basis == ["Tjänsteskrivelse den 12 mars 2018"], "the decision's basis, each line an entry")
        #expect(report.warnings.isEmpty)
    }

    @Test("missing parts are warned about, never filled in")
    func missingParts() {
        let report = ReportParser.parse(ReportFixtures.missingParts)
        #expect(report.diaryNumber == nil)
        #expect(report.reportDate == nil)
        #expect(report.title == "Information om tillsyn av förskolor")
        #expect(report.addressee == "Miljönämnden")
        #expect(report.proposal.isEmpty)
        #expect(report.warnings == [.noDiaryNumber, .noReportDate, .noProposal, .dateWithoutYear("den 3 juni")])
    }

    @Test("diary numbers in the common forms, with or without a label; a date is not one", arguments: [
        ("DNR 118-520/2003", "118-520/2003"), ("Dnr: KSN-2015-1345", "KSN-2015-1345"), ("SLK-2023-01047", "SLK-2023-01047"),
        ("KS 2018/124", "KS 2018/124"), ("Dnr 0263/19", "0263/19"), ("1.5.1-135-2012", "1.5.1-135-2012"),
        ("Diarienummer: SN 2026/0412", "SN 2026/0412"),
    ])
    func diaryNumbers(line: String, number: String) {
        #expect(DiaryNumber.onLine(line) == number)
    }

    @Test("lines that are not diary numbers", arguments: ["2004-01-09", "Tfn 08-508 25 016", "Sida 2 (5)", "Hearing om sexköp", "ÄLDRENÄMNDEN"])
    func notDiaryNumbers(line: String) {
        #expect(DiaryNumber.onLine(line) == nil)
    }

    @Test("page furniture", arguments: ["Sida 2 (5)", "2 (5)", "- 3 -", "4", "Sida 2 av 5"])
    func furniture(line: String) {
        #expect(ReportBlocks.isPageFurniture(line))
    }
}


@Suite("A report file's encoding")
struct ReportEncodingTests {
    @Test("UTF-8 as it is, Windows-1252 from an older system, binary refused")
    func encodings() {
        #expect(ReportEncoding.text(from: Array("Förslag – så".utf8)) == "Förslag – så")
        #expect(ReportEncoding.text(from: [0x46, 0xF6, 0x72, 0x73, 0x6C, 0x61, 0x67, 0x20, 0x96, 0x20, 0x73, 0xE5]) == "Förslag – så")
        #expect(ReportEncoding.text(from: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00]) == nil)
    }

    @Test("one damaged byte in a UTF-8 report: still UTF-8, the byte shown as � and counted, every å kept")
    func damagedUTF8() throws {
        let bytes = Array("Förslag till beslut: nämnden godkänner".utf8) + [0xFF] + Array(" översynen av Årsta.".utf8)
        let decoded = try #require(ReportEncoding.decode(bytes))
        #expect(decoded.text == "Förslag till beslut: nämnden godkänner\u{FFFD} översynen av Årsta.")
        #expect(decoded.invalidBytes == 1)
        #expect(ReportEncoding.decode(Array("Förslag".utf8))?.invalidBytes == 0)
        #expect(ReportEncoding.decode([0x46, 0xF6, 0x72, 0x73, 0x6C, 0x61, 0x67])?.invalidBytes == 0, "Windows-1252, nothing lost")
    }
}

@Suite("Pieces of a report in their many forms")
struct ReportPieceTests {
    @Test("diary numbers in the forms kommuner use, a date and a body's meeting day not taken for one", arguments: [
        ("0048/23", true), ("N609-4357/22", true), ("SLK-2024-00921", true), ("FS2023-00121", true), ("2025/76", true),
        ("118-520/2003", true), ("KS 2018/124", true), ("2019-03-04", false), ("GFN 2001-08-21", false), ("Socialnämnden", false),
    ])
    func diaryNumbers(text: String, isOne: Bool) {
        #expect(DiaryNumber.hasShape(text) == isOne)
    }

    @Test("numbered clauses run together on one line, in a layout text: split at each next number, markers removed")
    func runTogetherClauses() {
        let report = ReportParser.parse("""
            SOCIALFÖRVALTNINGEN
            Handläggare: Anna Berg
            TJÄNSTESKRIVELSE
            3 mars 2019
            Dnr SN 2019/12

            Ett ärende

            Förslag till beslut i socialnämnden

            1. Nämnden godkänner rapporten enligt 4 kap. 2 § socialtjänstlagen. 2. Nämnden lägger den till handlingarna.
            """)
        #expect(report.reportDate == "2019-03-03", "a date in words alone on its line")
        #expect(report.proposal == ["Nämnden godkänner rapporten enligt 4 kap. 2 § socialtjänstlagen.", "Nämnden lägger den till handlingarna."])
    }

    @Test("'I byggnadsnämnden', 'Styrelsen för …:' and 'I Kommunfullmäktige': lead-ins, never clauses")
    func leadIns() {
        let heading = RunTogetherReport.proposalHeading(in: "Ett ärende Förslag till beslut I byggnadsnämnden")
        #expect(heading.map { String("Ett ärende Förslag till beslut I byggnadsnämnden"[$0]) } == "Förslag till beslut I byggnadsnämnden")
        #expect(RunTogetherReport.clauses(of: ["1. Ett. 2. Två § 3. tre. 3. Tre."]) == ["Ett.", "Två § 3. tre.", "Tre."])
        #expect(RunTogetherReport.joiningCutWords("Europa- parlamentet och Miljö- och klimatnämnden") == "Europaparlamentet och Miljö- och klimatnämnden")
        let header = "Kultur\n\nTjänsteutlåtande    Handläggare Utfärdat 2025-01-10    Eva Ek Diarienummer 0001/25\n\n"
        let named = ReportParser.parse(header + "En titel Förslag till beslut\n\nStyrelsen för Kultur AB: Motionen besvaras.")
        #expect(named.proposal == ["Motionen besvaras."], "a body's name before a colon is a lead-in")
        let clause = ReportParser.parse(header + "En titel Förslag till beslut\n\nNämnden beslutar att anta följande: en plan och en budget.")
        #expect(clause.proposal == ["Nämnden beslutar att anta följande: en plan och en budget."], "a clause ending in a colon keeps it")
    }
}
