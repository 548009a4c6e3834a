import DocketDemo
import DocketMinutes
import DocketModel
import DocketStore
import Foundation
import Testing

/// The demo store and its past meeting's live file, loaded once.
enum Demo {
    static let meeting = "2026-10-22"

    static let store: StoreContents = {
        let result = try! StoreLoader(root: DemoStore.path!).load()
        precondition(result.isValid, "\(result.problems)")
        return result.contents!
    }()

    static let live: LiveMeeting? = try! LiveStore(reader: StoreLoader(root: DemoStore.path!).reader).read(meeting)

    static func document(_ request: MinutesRequest = MinutesRequest(meeting: meeting), store: StoreContents = store) throws -> MinutesDocument {
        try MinutesBuilder(store: store, meeting: request.meeting, live: live).build(request)
    }

    static func field(_ label: String, in document: MinutesDocument) -> [String]? {
        document.header.first { $0.label == label }?.lines
    }

    /// The demo with the past meeting's record changed.
    static func changing(_ change: (inout MeetingRecord) -> Void) -> StoreContents {
        var changed = store
        change(&changed.records[meeting]!)
        return changed
    }
}

@Suite("Minutes: golden files of the demo's past meeting")
struct MinutesGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func assertGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DOCKET_UPDATE_SNAPSHOTS"] == "1" {
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("No golden file \(name): run with DOCKET_UPDATE_SNAPSHOTS=1 and review it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(name) differs from its golden file:\n\(actual)", sourceLocation: sourceLocation)
    }

    static let requests: [(String, MinutesRequest)] = [
        ("full", MinutesRequest(meeting: Demo.meeting)),
        ("extract-5", MinutesRequest(meeting: Demo.meeting, items: [5])),
        // The counter-proposal, the counted votes, a party group, an ersättaryttrande, beslutsunderlag and expedieras.
        ("extract-6-7", MinutesRequest(meeting: Demo.meeting, items: [6, 7])),
        ("public", MinutesRequest(meeting: Demo.meeting, isPublic: true)),
    ]

    @Test("full, extracts of one and of two items, and the public version, in Markdown, HTML and text", arguments: requests.indices)
    func golden(index: Int) throws {
        let (name, request) = MinutesGoldenTests.requests[index]
        let document = try Demo.document(request)
        MinutesGoldenTests.assertGolden(MarkdownMinutes.render(document), named: "\(Demo.meeting)-\(name).md")
        MinutesGoldenTests.assertGolden(HTMLMinutes.render(document, language: "sv"), named: "\(Demo.meeting)-\(name).html")
        MinutesGoldenTests.assertGolden(TextMinutes.render(document), named: "\(Demo.meeting)-\(name).txt")
    }
}

@Suite("Minutes: header, items, notice, public version")
struct MinutesTests {
    @Test("the header: date, place and times from the live file, pauses, who decided, absent, waiting substitutes, others, checkers, range, agenda")
    func header() throws {
        let document = try Demo.document()
        #expect(document.title == "Protokoll")
        #expect(Demo.field("Sammanträdesdatum", in: document) == ["torsdag 22 oktober 2026"])
        #expect(Demo.field("Plats och tid", in: document) == ["Sammanträdesrum Klarälven, stadshuset, kl. 13.00–16.05"])
        #expect(Demo.field("Ajournering", in: document) == ["14.32–14.47"])
        let deciding = try #require(Demo.field("Beslutande", in: document))
        #expect(deciding.count == 12)
        #expect(deciding.first == "Karin Holmberg (S), ordförande")
        #expect(deciding[4] == "Oskar Dahl (M), tjänstgörande ersättare för Johan Ek (M)", "in the seat of the member served for")
        #expect(Demo.field("Frånvarande ledamöter", in: document) == ["Johan Ek (M)"])
        #expect(deciding[9] == "Erik Öhman (L), §§ 101–103, 105, 107–112", "several periods as § runs")
        #expect(deciding[11] == "Birgitta Strand (S), tjänstgörande ersättare, §§ 104, 106", "serving for a seat not recorded, after the seats")
        #expect(Demo.field("Ersättare, ej tjänstgörande", in: document) == nil)
        #expect(Demo.field("Frånvarande ersättare", in: document) == ["Amira Hassan (V)"], "förhinder is listed too")
        #expect(Demo.field("Övriga närvarande", in: document)?.suffix(2) == ["Mikael Sjöberg", "Eva Lundgren, sekreterare"], "an official without a title")
        #expect(Demo.field("Justerare", in: document) == ["Maria Johansson (V) och Erik Öhman (L)"])
        #expect(Demo.field("Justeringens plats och tid", in: document) == ["Socialförvaltningen, Storgatan 14, torsdag 29 oktober 2026 kl. 10.00"])
        #expect(Demo.field("Paragrafer", in: document) == ["§§ 101–112"])
        #expect(Demo.field("Dagordning", in: document) == ["Ärende 8 Yttrande till förvaltningsrätten i mål om vård enligt LVU utgår.",
                                                           "Extra ärende: 11 a Tillgänglighet i socialförvaltningens lokaler."])
    }

    @Test("arrivals and departures name the first and last § taken part in")
    func arrivalAndDeparture() throws {
        let store = Demo.changing { record in
            let index = record.attendance.firstIndex { $0.member == "leila-haddad" }!
            record.attendance[index].arrivedAt = "familjeradgivning"
            record.attendance[index].leftAt = "delegationsbeslut"
        }
        let deciding = try Demo.document(store: store).header.first { $0.label == "Beslutande" }?.lines
        #expect(deciding?.contains("Leila Haddad (S), från § 105, till och med § 108") == true)
    }

    @Test("each § in the order handled: diary number, decision, proposals, proposition order, named votes, reservation, notes; struck items as such")
    func paragraphs() throws {
        let document = try Demo.document()
        #expect(document.paragraphs.map(\.number) == [101, 102, 103, 104, 105, 106, 107, nil, 108, 109, 110, 111, 112])
        #expect(document.paragraphs[7].blocks == [.text("Ärende 8 utgår.")])
        let fees = document.paragraphs[4]
        #expect(fees.title == "Avgifter för familjerådgivning 2027")
        #expect(fees.blocks.first == .text("Dnr SN-2026-0322"))
        #expect(fees.blocks.contains(.clauses(["att fastställa avgiften för familjerådgivning till 250 kronor per samtal från den 1 januari 2027."])))
        #expect(fees.blocks.contains(.text("Ja-röst för förslaget från socialförvaltningen, nej-röst för avslagsyrkandet från Per-Olof Sandberg (M) och Oskar Dahl (M).")))
        #expect(fees.blocks.contains(.text("Med 7 ja-röster mot 4 nej-röster beslutar socialnämnden enligt förslaget från socialförvaltningen.")))
        #expect(fees.blocks.contains(.text("Per-Olof Sandberg (M) och Oskar Dahl (M) yrkar avslag på förslaget att höja avgiften för familjerådgivning.")))
        #expect(fees.blocks.contains(.text("Ordföranden yrkar bifall till förslaget från socialförvaltningen.")))
        #expect(fees.blocks.contains(.text(
            "Ordföranden ställer förslaget från socialförvaltningen mot avslagsyrkandet från Per-Olof Sandberg (M) och Oskar Dahl (M) och finner att socialnämnden bifaller förslaget från socialförvaltningen. Votering begärs.")))
        #expect(!document.paragraphs[0].blocks.contains(.heading("Beslut")), "a procedural § has no Beslut heading")
        #expect(fees.blocks.contains(.text("Per-Olof Sandberg (M) och Oskar Dahl (M) reserverar sig mot beslutet till förmån för eget yrkande med en skriftlig reservation.")))
        guard case .table(let columns, let rows)? = fees.blocks.first(where: { if case .table = $0 { return true } else { return false } }) else {
            Issue.record("no vote table")
            return
        }
        #expect(columns == ["Ledamot", "Ja", "Nej", "Avstår"])
        #expect(rows.count == 11)
        #expect(rows.last == ["Karin Holmberg (S)", "X", "", ""])
        #expect(document.paragraphs[3].blocks.last == .text("Paragrafen förklaras omedelbart justerad."))
        #expect(document.paragraphs[8].blocks.contains(.heading("Protokollsanteckning")))
        #expect(document.signatures.map(\.role) == ["Sekreterare", "Ordförande", "Justerare", "Justerare"])
    }

    @Test("recusal, a member not taking part in the decision, a tie decided by the casting vote, a särskilt yttrande")
    func recusalTieStatement() throws {
        let store = Demo.changing { record in
            let index = record.items.firstIndex { $0.item == "familjeradgivning" }!
            record.items[index].recused = ["gunnar-lind"]
            record.items[index - 1].notTakingPart = ["anders-nystrom"]
            // Without Gunnar Lind, and with two answers turned, 5–5: the chair's ja decides.
            record.items[index].votes[0].ballots = record.items[index].votes[0].ballots.filter { $0.member != "gunnar-lind" }.map { ballot in
                ["maria-johansson", "leila-haddad"].contains(ballot.member) ? Vote.Ballot(member: ballot.member, choice: .no) : ballot
            }
            record.items[index].votes[0].castingVote = true
            record.items[index].specialStatements = [Statement(members: ["ulla-bergqvist"], text: "Ett särskilt yttrande.")]
        }
        let fees = try Demo.document(store: store).paragraphs[4]
        #expect(fees.blocks.contains(.text("Gunnar Lind (KD) anmäler jäv och deltar inte i handläggningen.")))
        let report = try Demo.document(store: store).paragraphs[3]
        #expect(report.blocks.contains(.heading("Deltar inte i beslutet")))
        #expect(report.blocks.contains(.text("Anders Nyström (SD) deltar inte i beslutet.")))
        #expect(fees.blocks.contains(.text("Rösterna är lika; ordförandens utslagsröst avgör.")))
        #expect(fees.blocks.contains(.heading("Särskilt yttrande")))
        #expect(fees.blocks.contains(.text("Ulla Bergqvist (S): Ett särskilt yttrande.")))
    }

    @Test("a vote recorded as counts prints its result without a table; a secret ballot says so")
    func countedAndSecret() throws {
        let delegation = try Demo.document().paragraphs[5]
        #expect(delegation.blocks.contains(.text("Med 6 ja-röster mot 5 nej-röster beslutar socialnämnden enligt ändringsyrkandet från Leila Haddad (S).")))
        #expect(!delegation.blocks.contains { if case .table = $0 { return true } else { return false } })
        let secret = try Demo.document(store: Demo.changing { record in
            let index = record.items.firstIndex { $0.item == "delegationsordning" }!
            record.items[index].votes[1].secret = true
            record.items[index].votes[1].counts?.absent = 1
        }).paragraphs[5]
        #expect(secret.blocks.contains(.text("Votering sker med slutna sedlar (sluten omröstning).")))
        #expect(secret.blocks.contains(.text("Med 6 ja-röster mot 5 nej-röster (1 frånvarande) beslutar socialnämnden enligt ändringsyrkandet från Leila Haddad (S).")))
    }

    @Test("a counter-proposal chosen by a counted vote, a party group's yrkande and statement, beslutsunderlag and expedieras")
    func counterProposal() throws {
        let delegation = try Demo.document().paragraphs[5]
        #expect(delegation.blocks.contains(.text("V och MP yrkar att ändringarna i delegationsordningen gäller från den 1 april 2027.")))
        #expect(delegation.blocks.contains(.text(
            "Ordföranden ställer proposition på ändringsyrkandet från Leila Haddad (S) och ändringsyrkandet från V och MP om vilket som ska vara motförslag i huvudvoteringen och finner att ändringsyrkandet från Leila Haddad (S) utses till motförslag. Votering begärs.")))
        #expect(delegation.blocks.contains(.text(
            "Med 4 ja-röster mot 2 nej-röster (5 avstår) utses ändringsyrkandet från Leila Haddad (S) till motförslag i huvudvoteringen.")),
                "the counter-proposal vote decides only the counter-proposal")
        #expect(delegation.blocks.contains(.text("M och KD: Vi vill att delegationen följs upp efter ett år.")))
        #expect(delegation.blocks.contains(.lines(["Socialförvaltningens tjänsteutlåtande 2026-09-25", "Bilaga 1. Förslag till ändringar i delegationsordningen",
                                                  "Leila Haddads (S) ändringsyrkande, utdelat på sammanträdet"])))
        #expect(delegation.blocks.suffix(2) == [.heading("Expedieras"), .lines(["Socialförvaltningen", "Kommunstyrelsen för kännedom"])])
    }

    @Test("an ersättaryttrande, and a referral to another body")
    func substituteStatementAndReferral() throws {
        let document = try Demo.document()
        let guidelines = document.paragraphs[6]
        #expect(guidelines.blocks.contains(.heading("Ersättaryttrande")))
        #expect(guidelines.blocks.contains(.text("Birgitta Strand (S): Jag hade gärna sett att riktlinjerna beslutades i dag, så att de gäller från årsskiftet.")))
        let extra = try #require(document.paragraphs.first { $0.number == 111 })
        #expect(extra.blocks.contains(.heading("Beslut")), "an extra item known by its title is decided like any matter")
        #expect(extra.blocks.contains(.clauses(["att remittera ärendet till rådet för funktionsrätt för yttrande senast den 31 januari 2027."])))
    }

    @Test("the notice of posting: approved, posted, and the last day for appeal three weeks later")
    func notice() throws {
        let notice = try Demo.document().notice
        #expect(notice.fields.map(\.lines) == [["Socialnämnden"], ["2026-10-22"], ["2026-10-29"], ["2026-10-30"], ["2026-11-20"], ["2026-11-21"],
                                                ["Socialförvaltningen, Storgatan 14, Åsbro"]])
        let unapproved = try Demo.document(store: Demo.changing { $0.approved = nil; $0.posted = nil }).notice
        #expect(unapproved.statement == "Protokollet är ännu inte justerat.")
        #expect(unapproved.fields.first { $0.label == "Sista dag för överklagande" }?.lines == ["–"])
        let unposted = try Demo.document(store: Demo.changing { $0.posted = nil }).notice
        #expect(unposted.statement == "Protokollet är justerat. Justeringen har ännu inte tillkännagetts genom anslag.",
                "approved but not posted: never 'not approved' above the approval date")
    }

    @Test("the last day for appeal: across month and year ends, in a leap year, moved off a weekend and off Swedish holidays", arguments: [
        ("2026-10-30", "2026-11-20"), ("2026-12-15", "2027-01-05"), ("2028-02-10", "2028-03-02"), ("2027-02-10", "2027-03-03"),
        ("2026-10-31", "2026-11-23"), ("2026-11-01", "2026-11-23"),
        ("2026-12-16", "2027-01-07"),   // trettondedag jul 2027 is a Wednesday
        ("2027-03-05", "2027-03-30"),   // långfredagen, then Easter, then annandag påsk
        ("2026-05-29", "2026-06-22"),   // midsommarafton 2026 is 19 June
        ("2026-12-03", "2026-12-28"),   // julafton, juldagen, then the weekend
        ("2026-12-10", "2027-01-04"),   // nyårsafton, nyårsdagen, then the weekend
        ("2026-04-23", "2026-05-15"),   // Kristi himmelsfärds dag 2026 is 14 May
        ("2025-05-16", "2025-06-09"),   // nationaldagen on a Friday (2025-06-06)
        ("2026-04-10", "2026-05-04"),   // första maj 2026 is a Friday
    ])
    func appealDay(posted: String, last: String) {
        #expect(CalendarDate.lastDayOfAppeal(posted: posted) == last)
    }

    @Test("dates are days of the calendar written YYYY-MM-DD, with their weekday")
    func calendarDates() {
        for valid in ["2024-02-29", "2026-12-01", "2000-02-29", "0001-01-01", "2026-12-31"] { #expect(CalendarDate.isValid(valid), "\(valid)") }
        for invalid in ["", "2023-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-12-32", "2026-12-00", "2026-1-01",
                        "20260-01-01", "2026-01-011", "2026-01", "2026-01-01-", "-2026-01-01", "2026/01/01", "２０２６-01-01"] {
            #expect(!CalendarDate.isValid(invalid), "\(invalid)")
        }
        #expect(CalendarDate.weekday(of: "2026-12-01") == 1)   // a Tuesday
        #expect(CalendarDate.weekday(of: "2027-01-03") == 6)   // a Sunday
        #expect(CalendarDate.weekday(of: "2026-13-01") == nil)
        #expect(CalendarDate.adding(days: 31, to: "2026-12-01") == "2027-01-01")
    }

    @Test("Easter Sunday, by the Gregorian computus, against known dates", arguments: [
        (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"), (2028, "2028-04-16"),
        (2029, "2029-04-01"), (2030, "2030-04-21"), (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
    func easter(year: Int, sunday: String) {
        #expect(CalendarDate.easterSunday(year: year) == sunday)
    }

    @Test("an extract has the same header and signatures, only its §, and names the range")
    func extract() throws {
        let document = try Demo.document(MinutesRequest(meeting: Demo.meeting, items: [5, 9]))
        #expect(document.title == "Protokollsutdrag")
        #expect(document.paragraphs.map(\.number) == [105, 108])
        #expect(Demo.field("Paragrafer", in: document) == ["§§ 105, 108"])
        #expect(document.signatures.count == 4)
        #expect(throws: MinutesError.notHandled([8])) { try Demo.document(MinutesRequest(meeting: Demo.meeting, items: [8])) }
        #expect(throws: MinutesError.unknownItems([40])) { try Demo.document(MinutesRequest(meeting: Demo.meeting, items: [40])) }
        #expect(throws: MinutesError.noRecord("2026-12-10")) { try Demo.document(MinutesRequest(meeting: "2026-12-10")) }
    }

    @Test("the committee's own words: \"Särskilt uttalande\", \"Föredragningslista\"")
    func ownTerms() throws {
        var store = Demo.store
        store.committee.minutesTerms = MinutesTerms(specialStatement: "Särskilt uttalande", agenda: "Föredragningslista")
        let document = try Demo.document(store: store)
        #expect(Demo.field("Föredragningslista", in: document) != nil && Demo.field("Dagordning", in: document) == nil)
        let headings = document.paragraphs.flatMap(\.blocks).compactMap { block -> String? in if case .heading(let text) = block { text } else { nil } }
        #expect(headings.contains("Särskilt uttalande") && !headings.contains("Särskilt yttrande"))
    }

    @Test("English labels for a committee whose locale is en")
    func english() throws {
        var store = Demo.store
        store.committee.locale = .english
        let document = try Demo.document(store: store)
        #expect(document.title == "Minutes")
        #expect(Demo.field("Date of meeting", in: document) == ["Thursday 22 October 2026"])
        #expect(document.paragraphs[4].blocks.contains(.text(
            "With 7 votes for and 4 against Socialnämnden decides according to the proposal of Socialförvaltningen.")))
        #expect(document.notice.title == "Notice of posting")
        #expect(MarkdownMinutes.render(document).contains("**Last day for appeal:** 2026\\-11\\-20") == false)
        #expect(MarkdownMinutes.render(document).contains("**Last day for appeal:** 2026-11-20"))
    }

    /// The past meeting with its confidential LVU item handled instead of struck, with words found nowhere else.
    static func confidentialHandled() -> StoreContents {
        var store = Demo.changing { record in
            record.agendaChanges = []
            record.items.insert(ItemRecord(item: "lvu-yttrande",
                                           proposals: [PutProposal(id: "forvaltningen", kind: .support, agendaProposal: "forvaltningens-forslag",
                                                                   text: "Förvaltningens förslag om Kvarnbyskolan"),
                                                       PutProposal(id: "avslag", kind: .reject, proposers: ["gunnar-lind"], text: "Avslag gällande pojken Zackarias")],
                                           propositionOrder: [PropositionStep(proposals: ["forvaltningen", "avslag"], preferred: "forvaltningen")],
                                           decision: Decision(category: .accordingToProposal, clauses: ["att yttra sig om familjehemmet i Östmarksbyn"]),
                                           reservations: [Reservation(members: ["gunnar-lind"], inFavourOf: "avslag")],
                                           minuteNotes: [Statement(members: ["sofia-aberg"], text: "Vårdnadshavaren Ylvamaria bör höras")]),
                                at: 7)
        }
        store.matters["lvu-yttrande-2026-10"]?.documents[0].sections[0].paragraphs.append("Barnet vistas hos morföräldrarna i Långvattnet.")
        return store
    }

    @Test("the public version keeps a confidential item's § and title and nothing else: no word of it leaks")
    func publicVersion() throws {
        let store = MinutesTests.confidentialHandled()
        let full = try Demo.document(store: store)
        let lvu = try #require(full.paragraphs.first { $0.title == "Yttrande till förvaltningsrätten i mål om vård enligt LVU" })
        #expect(lvu.number == 108)
        #expect(lvu.blocks.contains(.clauses(["att yttra sig om familjehemmet i Östmarksbyn"])))
        let document = try Demo.document(MinutesRequest(meeting: Demo.meeting, isPublic: true), store: store)
        let hidden = try #require(document.paragraphs.first { $0.number == 108 })
        #expect(hidden.title == lvu.title)
        #expect(hidden.blocks == [.text("Ärendet redovisas inte med hänvisning till sekretess.")])
        #expect(document.subtitle == "Version för publicering")

        // Every word of the confidential matter and of its record, except the words of its title line and
        // words the public minutes have anyway, must be absent from every format.
        let matter = try #require(store.matters["lvu-yttrande-2026-10"])
        let itemRecord = try #require(store.records[Demo.meeting]?.record(of: "lvu-yttrande"))
        var secret = matter.documents.flatMap { $0.sections.flatMap { $0.paragraphs + [$0.heading] } }
        secret += matter.proposals.flatMap(\.clauses) + [matter.diaryNumber]
        secret += itemRecord.proposals.map(\.text) + (itemRecord.decision?.clauses ?? []) + itemRecord.minuteNotes.map(\.text)
        let without = try Demo.document(MinutesRequest(meeting: Demo.meeting, isPublic: true), store: Demo.store)
        let allowed = MinutesTests.words(MarkdownMinutes.render(without) + " " + TextMinutes.render(without) + " " + lvu.title + " 108 "
                                        + MinutesLabels.swedish.confidentialWithheld)
        let secretWords = MinutesTests.words(secret.joined(separator: " ")).subtracting(allowed)
        #expect(secretWords.isSuperset(of: ["zackarias", "östmarksbyn", "ylvamaria", "långvattnet", "kvarnbyskolan", "sn-2026-0402"]))
        for output in [MarkdownMinutes.render(document), HTMLMinutes.render(document, language: "sv"), TextMinutes.render(document)] {
            let leaked = secretWords.intersection(MinutesTests.words(output.replacingOccurrences(of: "\\", with: "")))
            #expect(leaked.isEmpty, "leaked: \(leaked.sorted())")
        }
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init).filter { $0.count > 1 })
    }
}
