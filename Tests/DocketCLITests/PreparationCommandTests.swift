import Foundation
import Testing

/// From nothing to a meeting ready for the members, without editing JSON: a store,
/// its people, a meeting, and the administration's reports read in.
@Suite("Preparing a committee's store from the command line")
struct PreparationCommandTests {
    static let reports = [
        ("seniortraffar.txt", """
        ÄLDREFÖRVALTNINGEN
        Avdelningen för stöd och service

        Handläggare: Karin Lindqvist
        Tfn: 08-508 36 112

        TJÄNSTEUTLÅTANDE
        2027-01-14

        SOCIALNÄMNDEN
        2027-02-04
        DNR 204-117/2026

        Till
        Socialnämnden

        Seniorträffar i ytterstaden

        Svar på skrivelse från Britt Molander (V)
        (1 bilaga)

        Förslag till beslut

        Socialnämnden hänvisar till förvaltningens tjänsteutlåtande som svar på skrivelsen.

        Gunilla Hed

        Bakgrund

        Socialnämnden överlämnade vid sammanträdet den 18 november 2026 till förvaltningen för beredning en skrivelse från Britt Molander (V).

        Bilaga

        Skrivelse från Britt Molander (V).
        """),
        ("budget.txt", """
        SOCIALFÖRVALTNINGEN
        Ekonomiavdelningen
        TJÄNSTESKRIVELSE
        2027-01-10
        Dnr: SN-2027-0012

        Till Socialnämnden

        Budgetramar för 2028

        Förslag till beslut
        1. Socialnämnden fastställer budgetramarna enligt förvaltningens förslag.
        2. Socialnämnden uppdrar åt förvaltningen att återkomma med en plan.

        Ärendet
        Ramarna bygger på kommunfullmäktiges mål och budget.
        """),
        ("remiss.txt", """
        SOCIALFÖRVALTNINGEN
        TJÄNSTESKRIVELSE
        2027-01-12
        Diarienummer: KS 2026/124

        Remiss av handlingsplan mot våld

        Förslag till beslut

        att anta förvaltningens yttrande som sitt eget.

        Sammanfattning

        Förvaltningen ställer sig bakom handlingsplanen.
        """),
    ]

    let root = FileManager.default.temporaryDirectory.path + "/docket-prep-\(UUID().uuidString)"
    var store: String { root + "/store" }
    var environment: [String: String] { ["XDG_DATA_HOME": root + "/data"] }

    private func docket(_ arguments: [String], _ extra: [String: String] = [:]) throws -> DocketProcess.Outcome {
        try DocketProcess.run(arguments, environment: environment.merging(extra) { $1 })
    }

    private func matterFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: store + "/matters")) ?? []).filter { !$0.hasPrefix(".") }
    }

    private func prepared() throws -> [String] {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        #expect(try docket(["init", store, "--committee", "Socialnämnden", "--municipality", "Åsbro kommun", "--identity", "local",
                            "--administration", "Socialförvaltningen"]).status == 0)
        let administration = try docket(["member", "add", store, "--name", "Anna Ek", "--party", "S", "--role", "chair", "--from", "2027-01-01"])
        #expect(administration.status == 0, "\(administration.standardError)")
        #expect(try docket(["member", "add", store, "--name", "Eva Lundgren", "--role", "clerk", "--from", "2027-01-01", "--login", "eva"]).status == 0)
        #expect(try docket(["member", "add", store, "--name", "Britt Molander", "--party", "V", "--role", "member", "--from", "2027-01-01"]).status == 0)
        let meeting = try docket(["meeting", "add", store, "--date", "2027-02-04", "--time", "13:00", "--place", "Stadshuset"])
        #expect(meeting.status == 0, "\(meeting.standardError)")
        return try Self.reports.map { name, text in
            let path = root + "/" + name
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    @Test("init, members, a meeting and three reports: a valid store, the agenda in order, the seed's kind of report field by field")
    func fromNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = try prepared()
        let imported = try docket(["import", "report"] + files + ["--store", store, "--meeting", "2027-02-04", "--confirm", "all"])
        #expect(imported.status == 0, "\(imported.standardError)")
        for expected in ["new matter 204-117-2026", "diary number   204-117/2026", "officer        Karin Lindqvist, 08-508 36 112",
                         "proposal       1 clause", "attachments    1 of 1 announced",
                         "administration Äldreförvaltningen (not in committee.json", "administration Socialförvaltningen\n", "2026-11-18 referred for preparation",
                         "item 4 under Svar på motioner och skrivelser", "item 4 under Beslutsärenden", "item 6 under Remisser",
                         "3 new, 0 updated, 0 not read in."] {
            #expect(imported.standardOutput.contains(expected), "\(expected)\n\(imported.standardOutput)")
        }
        let validated = try docket(["validate", store])
        #expect(validated.status == 0, "\(validated.standardError)")
        #expect(validated.standardOutput.contains("1 meeting, 6 agenda items, 3 matters, 3 members"))

        // Again: the same diary numbers update their matters; nothing is added twice.
        let again = try docket(["import", "report"] + files + ["--store", store, "--meeting", "2027-02-04"])
        #expect(again.status == 0)
        #expect(again.standardOutput.contains("0 new, 3 updated, 0 not read in."))
        #expect(matterFiles().count == 3)
        #expect(try docket(["validate", store]).standardOutput.contains("6 agenda items"))
    }

    @Test("a dry run prints what it finds and writes nothing")
    func dryRun() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = try prepared()
        let before = try FileManager.default.contentsOfDirectory(atPath: store + "/meetings/2027-02-04")
        let meetingBefore = try Data(contentsOf: URL(fileURLWithPath: store + "/meetings/2027-02-04/meeting.json"))
        let outcome = try docket(["import", "report", files[0], "--store", store, "--meeting", "2027-02-04", "--dry-run"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Dry run: nothing was written."))
        #expect(outcome.standardOutput.contains("[1] 2026-11-18 referred for preparation"))
        #expect(matterFiles().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store + "/meetings/2027-02-04") == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/meetings/2027-02-04/meeting.json")) == meetingBefore)
    }

    @Test("a report without a diary number is read in all the same: the number left empty and warned about; --set completes it, and a later import keeps it")
    func withoutDiaryNumber() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try prepared()
        let bare = root + "/utan-dnr.txt"
        try "MILJÖFÖRVALTNINGEN\n\nTill Miljönämnden\n\nTillsyn av förskolor\n\nSammanfattning\n\nFörvaltningen har gjort tillsyn.\n"
            .write(toFile: bare, atomically: true, encoding: .utf8)
        let outcome = try docket(["import", "report", bare, "--store", store])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("warning        no diary number found"), "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("1 new, 0 updated"))
        #expect(matterFiles() == ["tillsyn-av-forskolor.json"])
        #expect(try docket(["validate", store]).status == 0)

        let completed = try docket(["import", "report", bare, "--store", store, "--set", "dnr=MN 2026/77", "--set", "datum=2026-11-20",
                                    "--set", "att=att godkänna tillsynsrapporten | att lägga den till handlingarna"])
        #expect(completed.status == 0, "\(completed.standardError)")
        #expect(completed.standardOutput.contains("0 new, 1 updated"))
        let again = try docket(["import", "report", bare, "--store", store])
        #expect(again.standardOutput.contains("diary number   MN 2026/77"), "\(again.standardOutput)")
        let matter = try String(contentsOfFile: store + "/matters/tillsyn-av-forskolor.json", encoding: .utf8)
        #expect(matter.contains("\"diaryNumber\": \"MN 2026/77\"") && matter.contains("\"date\": \"2026-11-20\""))
        #expect(matter.contains("att lägga den till handlingarna"))
        #expect(try docket(["validate", store]).status == 0)
        let bad = try docket(["import", "report", bare, "--store", store, "--set", "datum=30 mars"])
        #expect(bad.status == 64)
        #expect(bad.standardError.contains("write FIELD=VALUE"))
    }

    @Test("a real PDF of two pages: read through pdftotext, the page numbers gone, a word cut by the page joined, å ä ö intact",
          .enabled(if: PDFFixture.hasPdfToText, "pdftotext (poppler-utils) is not installed"))
    func pdf() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try prepared()
        let first = ["SOCIALFÖRVALTNINGEN", "Kansliavdelningen", "", "Handläggare: Åsa Öberg", "Tfn: 08-508 25 016", "", "TJÄNSTEUTLÅTANDE",
                     "2027-01-09", "", "DNR 118-520/2026", "", "Till", "Socialnämnden", "", "Hearing om spelberoende", "", "Förslag till beslut", "",
                     "Socialnämnden hänvisar till förvaltningens tjänsteutlåtande (bilaga) som svar på skrivelsen.", "", "Bakgrund", "",
                     "Förvaltningen har sett över stödet till personer med spel-", "", "", "Sida 1 (2)"]
        let second = ["beroende och deras anhöriga.", "", "Sida 2 (2)"]
        let pdf = root + "/rapport.pdf"
        try PDFFixture.make(pages: [first, second]).write(to: URL(fileURLWithPath: pdf))
        let outcome = try docket(["import", "report", pdf, "--store", store])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("officer        Åsa Öberg, 08-508 25 016"))
        let matter = try String(contentsOfFile: store + "/matters/118-520-2026.json", encoding: .utf8)
        #expect(matter.contains("personer med spelberoende och deras anhöriga."))
        #expect(!matter.contains("Sida 1"))
        #expect(matter.contains("tjänsteutlåtande (bilaga) som svar på skrivelsen."))
        #expect(try docket(["validate", store]).status == 0)
    }

    @Test("a PDF needs pdftotext, and says how to get it")
    func pdfWithoutTool() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try prepared()
        let pdf = root + "/rapport.pdf"
        try Data("%PDF-1.4\n".utf8).write(to: URL(fileURLWithPath: pdf))
        let outcome = try docket(["import", "report", pdf, "--store", store], ["PATH": root])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("rapport.pdf is a PDF, and pdftotext is not installed (install poppler-utils"))
    }

    @Test("what is not a report at all is refused with the reason and the file's name, nothing written: empty, another language, binary")
    func notReports() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try prepared()
        let empty = root + "/tom.txt", german = root + "/vorlage.txt", binary = root + "/bild.txt"
        try "  \n\n".write(toFile: empty, atomically: true, encoding: .utf8)
        try ("Der Ausschuss für Umwelt und Verkehr beschließt, die Vorlage zur Kenntnis zu nehmen. Die Verwaltung wird beauftragt, "
             + "bis zur nächsten Sitzung einen Bericht über die Umsetzung der Maßnahmen vorzulegen und die Kosten darzustellen.")
            .write(toFile: german, atomically: true, encoding: .utf8)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: URL(fileURLWithPath: binary))
        let outcome = try docket(["import", "report", empty, german, binary, "--store", store])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("tom.txt is empty: there is no report to read in"))
        #expect(outcome.standardError.contains("vorlage.txt is not written in Swedish"))
        #expect(outcome.standardError.contains("bild.txt is neither text nor a PDF"))
        #expect(outcome.standardOutput.contains("0 new, 0 updated, 3 not read in."))
        #expect(matterFiles().isEmpty)
    }

    @Test("a damaged PDF is said to be one, with pdftotext's own words, not taken for a report without a diary number",
          .enabled(if: PDFFixture.hasPdfToText, "pdftotext (poppler-utils) is not installed"))
    func damagedPDF() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try prepared()
        let pdf = root + "/trasig.pdf"
        try Data("%PDF-1.4\nnothing of a PDF follows\n".utf8).write(to: URL(fileURLWithPath: pdf))
        let outcome = try docket(["import", "report", pdf, "--store", store])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("trasig.pdf cannot be read as PDF (pdftotext: "), "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("diary number"))
        #expect(matterFiles().isEmpty)
    }

    @Test("terms: a new role ends the running one the day before; ending closes it; a taken id or an unknown person is refused")
    func terms() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try prepared()
        #expect(try docket(["member", "edit", store, "britt-molander", "--role", "substitute", "--from", "2027-07-01"]).status == 0)
        #expect(try docket(["member", "end", store, "anna-ek", "--on", "2027-12-31"]).status == 0)
        let committee = try String(contentsOfFile: store + "/committee.json", encoding: .utf8)
        #expect(committee.contains("\"to\": \"2027-06-30\""))
        #expect(committee.contains("\"role\": \"substitute\""))
        #expect(committee.contains("\"to\": \"2027-12-31\""))
        let taken = try docket(["member", "add", store, "--name", "Anna Ek", "--role", "member", "--from", "2027-01-01"])
        #expect(taken.status == 64)
        #expect(taken.standardError.contains("the id \"anna-ek\" is taken"))
        #expect(try docket(["member", "end", store, "nobody", "--on", "2027-12-31"]).status == 64)
        #expect(try docket(["validate", store]).status == 0)
        let badDate = try docket(["meeting", "add", store, "--date", "2027-02-30", "--time", "13:00", "--place", "X"])
        #expect(badDate.status != 0)
        #expect(badDate.standardError.contains("\"2027-02-30\" is not a day"))
        #expect(try docket(["meeting", "add", store, "--date", "2027-02-04", "--time", "13:00", "--place", "X"]).status == 64)
    }

    @Test("a matter already in the store put on another agenda by its diary number, once however often it is asked")
    func put() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = try prepared()
        #expect(try docket(["import", "report", files[0], "--store", store]).status == 0)
        #expect(try docket(["meeting", "add", store, "--date", "2027-03-04", "--time", "13:00", "--place", "Stadshuset"]).status == 0)
        for _ in 0..<2 {
            let outcome = try docket(["meeting", "put", store, "2027-03-04", "204-117/2026"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            #expect(outcome.standardOutput.contains("204-117/2026 Seniorträffar i ytterstaden – svar på skrivelse från Britt Molander (V): item 4 under Svar på motioner och skrivelser"))
        }
        #expect(try docket(["validate", store]).standardOutput.contains("2 meetings, 7 agenda items"))
        let none = try docket(["meeting", "put", store, "2027-03-04", "--open"])
        #expect(none.standardOutput.contains("No tabled or referred-back matters are waiting."))
        #expect(try docket(["meeting", "put", store, "2027-03-04", "SN-0000"]).status == 64)
    }
}
