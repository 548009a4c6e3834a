import DocketJSON
import DocketModel
import DocketOParl
import Foundation
import Testing

@Suite("OParl read into a committee's store")
struct OParlImportTests {
    static func imported() throws -> OParlImport.Result {
        let collection = try OParlFixtures.collection()
        let run = try #require(OParlImport(collection: collection, body: OParlFixtures.body, organization: OParlFixtures.committee,
                                           options: OParlFixtures.options))
        return run.run(existing: nil, ids: nil)
    }

    @Test("every file read, each object once: one met on two pages is counted, a deleted one known by its URL")
    func collection() throws {
        let collection = try OParlFixtures.collection()
        #expect(collection.duplicates == 3)
        #expect(collection.unidentified == 1, "the crawler's own file")
        #expect(collection.objects("Meeting").count == 5)
        #expect(collection.objects("Meeting").filter(\.object.isDeleted).count == 1)
        #expect(collection.objects("AgendaItem").first { $0.object.id == OParlFixtures.body + "/agendaitem/1001" }?.parent == OParlFixtures.body + "/meeting/100")
        #expect(collection.objects("LegislativeTerm").count == 1 && collection.objects("System").count == 1 && collection.objects("File").count >= 5)
    }

    @Test("members: roles from the German words, terms in order, party from onBehalfOf or the Fraktion, names as written without Herr/Frau")
    func members() throws {
        let result = try Self.imported()
        let members = Dictionary(uniqueKeysWithValues: result.committee.members.map { ($0.name, $0) })
        #expect(members.keys.sorted() == ["Dr. Anna Schmidt", "Jörg Weber", "Klaus Becker", "Ole Brandt"])
        #expect(members["Dr. Anna Schmidt"]?.terms == [MembershipTerm(role: .member, from: "2014-06-01", to: "2020-10-31"),
                                                       MembershipTerm(role: .chair, from: "2020-11-01")])
        #expect(members["Dr. Anna Schmidt"]?.party == "CDU")
        #expect(members["Jörg Weber"]?.role(on: "2021-03-02") == .viceChair)
        #expect(members["Jörg Weber"]?.party == "Bündnis 90/Die Grünen", "a Fraktion without a short name is named in full")
        #expect(members["Klaus Becker"]?.role(on: "2021-03-02") == .member)
        #expect(members["Ole Brandt"]?.role(on: "2021-03-02") == .substitute)
        #expect(result.committee.name == "Ausschuss für Umwelt und Verkehr")
        #expect(result.committee.shortName == "UVA" && result.committee.municipality == "Stadt Beispielstadt")
        let skipped = result.summary.skipped.map { "\($0.kind) \($0.what): \($0.reason)" }
        #expect(skipped.contains("Membership Frau Lena Wolf: unknownRole(\"Praktikantin\")"))
        #expect(skipped.contains("Membership Frau Lena Wolf: noStartDate"))
    }

    @Test("meetings: the day and time in the body's zone, sections from the headings, the closed part confidential, numbers as printed")
    func meetings() throws {
        let result = try Self.imported()
        #expect(result.meetings.map(\.id) == ["2021-03-02", "2021-06-10"], "23:30 UTC is 00:30 on the next day in Berlin; the cancelled one is left out")
        let first = result.meetings[0]
        #expect(first.time == "00:30" && first.place == "Rathaus, Sitzungssaal 2" && first.sent == "2021-02-20")
        #expect(first.sections.map(\.title) == ["Öffentliche Sitzung", "Nichtöffentliche Sitzung"])
        #expect(first.agenda.map(\.printedNumber) == ["1", "2", "2.1", "3"])
        #expect(first.agenda[0].title == "Feststellung der Tagesordnung")
        #expect(first.agenda.map(\.isConfidential) == [false, false, false, true])
        #expect(first.agenda[1].matter == "12-2021" && first.agenda[1].title == nil)
        let second = result.meetings[1]
        #expect(second.agenda.map(\.title) == ["Eröffnung", "Mitteilungen der Verwaltung"], "by order, not by place in the list")
        #expect(second.agenda[1].isConfidential && second.sections.map(\.title) == ["Business"] && second.place == "Saal 1, Markt 1")
        #expect(result.summary.skipped.contains { $0.reason == .cancelled })
        #expect(result.summary.elsewhere == ["Meeting": 1, "Paper": 1] && result.summary.deletedUnplaced == ["Meeting": 1, "Paper": 1])
    }

    @Test("papers: the reference as diary number, files with addresses, the text as a report, the path through other bodies; none without a reference")
    func papers() throws {
        let result = try Self.imported()
        let matters = Dictionary(uniqueKeysWithValues: result.matters.map { ($0.diaryNumber, $0) })
        #expect(matters.keys.sorted() == ["12/2021", "13/2021", "20/2021"], "a paper on no meeting still comes; one without reference does not")
        let radweg = try #require(matters["12/2021"])
        #expect(radweg.kind == .decision && radweg.title == "Radweg an der Hauptstraße")
        #expect(radweg.attachments.map(\.title) == ["Beschlussvorlage 12/2021", "Lageplan"], "a file without an address is left out")
        #expect(radweg.report?.sections.first?.paragraphs == ["Der Radweg wird ausgebaut.", "Die Kosten betragen 100.000 Euro."])
        #expect(radweg.history == [ReferralEvent(date: "2021-02-15", kind: .reported, from: "Ausschuss für Umwelt und Verkehr", to: "Ausschuss für Umwelt und Verkehr", note: "Beschlussvorlage"),
                                   ReferralEvent(date: "2021-03-20", kind: .other, to: "Rat", note: "Entscheidung")])
        #expect(matters["13/2021"]?.kind == .information)
        #expect(matters["13/2021"]?.attachments.map(\.title) == ["Beschlusstext (Parkraumkonzept)"])
        #expect(matters["20/2021"]?.history.first?.kind == .submitted && matters["20/2021"]?.history.first?.from == "Bündnis 90/Die Grünen")
        #expect(result.summary.skipped.contains { $0.reason == .noReference })
    }

    @Test("outcomes of past meetings: a result naming a decision becomes it, with the resolution as clauses; a vote table is kept as written")
    func outcomes() throws {
        let result = try Self.imported()
        let record = try #require(result.records.first)
        #expect(record.meeting == "2021-03-02" && result.records.count == 1)
        #expect(record.paragraphNumbers.isEmpty, "the council numbers its items by the agenda: Docket gives no § of its own")
        #expect(record.record(of: "top-2")?.decision == Decision(category: .accordingToProposal,
                                                                 clauses: ["Der Ausschuss beschließt den Ausbau.", "Die Mittel werden bereitgestellt."]))
        #expect(record.record(of: "top-3")?.decision == nil)
        #expect(record.record(of: "top-3")?.result == "Ja: 12; Nein: 3; Enthaltungen: 1")
    }

    @Test("importing again with the ids kept updates the same objects and makes none new")
    func again() throws {
        let first = try Self.imported()
        let store = StoreContents(manifest: StoreManifest(storeId: "s"), committee: first.committee,
                                  matters: Dictionary(uniqueKeysWithValues: first.matters.map { ($0.id, $0) }), meetings: first.meetings,
                                  records: Dictionary(uniqueKeysWithValues: first.records.map { ($0.meeting, $0) }))
        let run = try #require(OParlImport(collection: try OParlFixtures.collection(), body: OParlFixtures.body, organization: OParlFixtures.committee,
                                           options: OParlFixtures.options))
        let second = run.run(existing: store, ids: first.ids)
        #expect(second.summary.new.isEmpty)
        #expect(second.summary.updated == [.member: 4, .meeting: 2, .agendaItem: 6, .matter: 3, .record: 1])
        #expect(second.meetings == first.meetings && second.matters == first.matters && second.committee == first.committee)
        #expect(second.ids == first.ids)
    }

    @Test("white space: newlines and indentation in names become single spaces")
    func whiteSpace() {
        #expect(OParlObject.normalised("Ausschuss für\n      Umwelt und  Verkehr") == "Ausschuss für Umwelt und Verkehr")
        #expect(OParlObject.normalised(" \n\t ") == nil)
    }

    @Test("German roles, kinds and results", arguments: [
        ("Ausschussvorsitzender", MemberRole.chair), ("stellvertetender Ausschussvorsitzender", .viceChair), ("stellv. Mitglied", .substitute),
        ("Persönliche Vertreterin des Sachkundigen Bürgers", .substitute), ("Sachkundige Bürgerin", .member), ("Mitglied", .member),
    ])
    func roles(word: String, role: MemberRole) {
        #expect(OParlVocabulary.role(word) == role)
    }

    @Test("results that name a decision, and those that do not")
    func results() {
        #expect(OParlVocabulary.category("Ungeändert beschlossen") == .accordingToProposal)
        #expect(OParlVocabulary.category("geändert beschlossen") == .amended)
        #expect(OParlVocabulary.category("abgelehnt") == .rejected)
        #expect(OParlVocabulary.category("vertagt") == .tabled)
        #expect(OParlVocabulary.category("zur Kenntnis genommen") == .noted)
        #expect(OParlVocabulary.category("einstimmig, 0 Enthaltungen") == nil)
        #expect(OParlVocabulary.kind("Mitteilungsvorlage") == .information && OParlVocabulary.kind("Beschlussvorlage") == .decision)
    }

    @Test("other vendors' results: amended, partly, a referral with or without its body, struck rather than tabled", arguments: [
        ("Beschlossen mit geändertem Beschlusstext", Decision.Category?.some(.amended)), ("Zugestimmt zu geändertem Antrag", .amended),
        ("teilweise zugestimmt", .amended), ("teilweise abgelehnt", .amended), ("einstimmig angenommen", .accordingToProposal),
        ("verwiesen in Fachausschuss", .referred), ("abgesetzt", nil), ("von der Tagesordnung abgesetzt", nil),
    ])
    func vendorResults(result: String, category: Decision.Category?) {
        #expect(OParlVocabulary.category(result) == category)
    }

    @Test("the body a referral names, when it names one; a struck item; a control character inside a word dropped")
    func referralsAndText() {
        #expect(OParlVocabulary.referralBody("verwiesen in den Ortschaftsrat") == "Ortschaftsrat")
        #expect(OParlVocabulary.referralBody("verwiesen in Fachausschuss") == "Fachausschuss")
        #expect(OParlVocabulary.referralBody("verwiesen") == nil)
        #expect(OParlVocabulary.isStruck("Von der Tagesordnung abgesetzt") && !OParlVocabulary.isStruck("vertagt"))
        #expect(OParlObject.normalised("Bebauungs\u{1F}plan  Nord\n") == "Bebauungsplan Nord")
    }
}

@Suite("OParl data that a merge would make wrong")
struct OParlConflictTests {
    @Test("an id given to a Meeting and to a Paper is a conflict, not a duplicate: neither copy replaces the other")
    func idOfTwoTypes() throws {
        var collection = OParlCollection()
        let id = "https://ris.example.de/oparl/body/1/x/7"
        collection.add(document: try JSONParser.parse(Array("""
            {"data": [{"id": "\(id)", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Sitzung"},
                      {"id": "\(id)", "type": "https://schema.oparl.org/1.1/Paper", "name": "Vorlage", "reference": "1/2021"}]}
            """.utf8)))
        #expect(collection.conflicts.map(\.id) == [id])
        #expect(collection.conflicts.first?.kinds == ["Meeting", "Paper"])
        #expect(collection.duplicates == 0)
        #expect(collection[id]?.object.kind == "Meeting", "the first copy is kept as it was")
    }

    @Test("a referral that names no body is kept as written, and a struck item is struck: the committee is never refused for a result")
    func unusualResults() throws {
        var collection = try OParlFixtures.collection()
        let base = OParlFixtures.body + "/agendaitem/"
        // Fuller copies of two items of the meeting of 2021-03-02, with other vendors' results.
        collection.add(document: try JSONParser.parse(Array("""
            {"data": [
              {"id": "\(base)1002", "type": "https://schema.oparl.org/1.0/AgendaItem", "number": "2.", "name": "Radweg an der Hauptstraße",
               "consultation": "\(OParlFixtures.body)/consultation/5001", "result": "verwiesen", "public": true, "order": 2, "keyword": ["a"],
               "web": "https://ris.example.de/top/1002", "modified": "2099-01-01T00:00:00+01:00"},
              {"id": "\(base)1001", "type": "https://schema.oparl.org/1.0/AgendaItem", "number": "1.", "name": "Feststellung der Tagesordnung",
               "result": "von der Tagesordnung abgesetzt", "public": true, "order": 1, "keyword": ["a"], "web": "https://ris.example.de/top/1001",
               "modified": "2099-01-01T00:00:00+01:00"}
            ]}
            """.utf8)))
        let run = try #require(OParlImport(collection: collection, body: OParlFixtures.body, organization: OParlFixtures.committee,
                                           options: OParlFixtures.options))
        let result = run.run(existing: nil, ids: nil)
        let record = try #require(result.records.first { $0.meeting == "2021-03-02" })
        let radweg = try #require(result.meetings.first { $0.id == "2021-03-02" }?.agenda.first { $0.title?.hasPrefix("Radweg") == true || $0.number == 2 })
        let kept = try #require(record.items.first { $0.item == radweg.id })
        #expect(kept.decision == nil && kept.result?.hasPrefix("verwiesen") == true)
        #expect(record.agendaChanges.contains { $0.kind == .struck })
        #expect(record.faults(meeting: result.meetings.first { $0.id == "2021-03-02" }!, committee: result.committee).isEmpty)
    }

    @Test("a closed part that counts from 1 again keeps its numbers; a heading in capitals without a number is a section; no label is invented")
    func numbersRestart() throws {
        var collection = try OParlFixtures.collection()
        let base = OParlFixtures.body
        func item(_ id: Int, _ number: String?, _ name: String) -> String {
            "{\"id\": \"\(base)/agendaitem/\(id)\", \"type\": \"https://schema.oparl.org/1.0/AgendaItem\", "
                + (number.map { "\"number\": \"\($0)\", " } ?? "") + "\"name\": \"\(name)\"}"
        }
        let items = [item(7001, "A", "Öffentliche Sitzung"), item(7002, "1.", "Eröffnung"), item(7003, "2.", "Haushalt"),
                     item(7004, "", "ANTRÄGE"), item(7005, nil, "Antrag der Fraktion"),
                     item(7006, "B", "Nichtöffentliche Sitzung"), item(7007, "1.", "Grundstück"), item(7008, "2.", "Personal")]
        collection.add(document: try JSONParser.parse(Array("""
            {"id": "\(base)/meeting/777", "type": "https://schema.oparl.org/1.0/Meeting", "name": "Sitzung",
             "start": "2021-09-01T18:00:00+02:00", "organization": ["\(OParlFixtures.committee)"],
             "agendaItem": [\(items.joined(separator: ", "))]}
            """.utf8)))
        let run = try #require(OParlImport(collection: collection, body: base, organization: OParlFixtures.committee, options: OParlFixtures.options))
        let meeting = try #require(run.run(existing: nil, ids: nil).meetings.first { $0.id == "2021-09-01" })
        #expect(meeting.sections.map(\.title) == ["Öffentliche Sitzung", "ANTRÄGE", "Nichtöffentliche Sitzung"])
        #expect(meeting.agenda.map(\.printedNumber) == ["1", "2", "3", "1", "2"])
        #expect(meeting.agenda.allSatisfy { !($0.label ?? "").contains("-") }, "no label made up")
    }

    @Test("an agenda item whose number is a sentence keeps its place, numbered in order, and the summary names it by its URL")
    func longNumber() throws {
        var collection = try OParlFixtures.collection()
        let item = OParlFixtures.body + "/agendaitem/1001"
        let long = "Feststellung der Tagesordnung und Genehmigung"
        collection.add(document: try JSONParser.parse(Array("""
            {"id": "\(item)", "type": "https://schema.oparl.org/1.1/AgendaItem", "number": "\(long)", "name": "Feststellung der Tagesordnung",
             "meeting": "\(OParlFixtures.body)/meeting/100", "public": true, "order": 1, "modified": "2099-01-01T00:00:00+01:00",
             "keyword": ["lang"], "web": "https://ris.example.de/top/1001"}
            """.utf8)))
        let run = try #require(OParlImport(collection: collection, body: OParlFixtures.body, organization: OParlFixtures.committee,
                                           options: OParlFixtures.options))
        let result = run.run(existing: nil, ids: nil)
        let renumbered = try #require(result.summary.renumbered.first)
        #expect(renumbered.what == item && renumbered.number == long)
        let placed = result.meetings.flatMap(\.agenda).first { $0.title == "Feststellung der Tagesordnung" || $0.number == renumbered.now }
        #expect(placed?.label == nil)
        #expect(result.meetings.flatMap(\.agenda).allSatisfy { ($0.label?.count ?? 0) <= AgendaItem.labelLimit })
    }
}

@Suite("OParl dumps that lack objects")
struct OParlStandInTests {
    static let base = "https://rat.example.de/oparl/body/9"

    @Test("no Body and no Organization: both are made from the URLs that name them, and the meetings import")
    func meetingsOnly() throws {
        var collection = OParlCollection()
        collection.add(document: try JSONParser.parse(Array("""
            [{"id": "\(Self.base)/meeting/1", "type": "https://schema.oparl.org/1.0/Meeting", "name": "Bauausschuss",
              "start": "2021-05-04T17:00:00+02:00", "organization": ["\(Self.base)/organization/3"],
              "agendaItem": [{"id": "\(Self.base)/agendaitem/11", "type": "https://schema.oparl.org/1.0/AgendaItem", "number": "1", "name": "Eröffnung"},
                             {"id": "\(Self.base)/agendaitem/12", "type": "https://schema.oparl.org/1.0/AgendaItem", "number": "2", "name": "Bebauungsplan"}]}]
            """.utf8)))
        #expect(collection.objects("Body").isEmpty && collection.objects("Organization").isEmpty)
        let made = collection.addingStandIns()
        #expect(made.bodies == [Self.base])
        #expect(made.organizations == [Self.base + "/organization/3"])
        let run = try #require(OParlImport(collection: collection, body: Self.base, organization: Self.base + "/organization/3",
                                           options: OParlFixtures.options))
        let result = run.run(existing: nil, ids: nil)
        #expect(result.meetings.map(\.id) == ["2021-05-04"])
        #expect(result.meetings.first?.agenda.count == 2)
        #expect(result.committee.name == "Bauausschuss", "named by what its meetings are called")
        let again = collection.addingStandIns()
        #expect(again.bodies.isEmpty && again.organizations.isEmpty, "made once")
    }

    @Test("an organization is named by the name most of its meetings share, without numbers and dates; else by its address's last part")
    func organizationNames() throws {
        func named(_ names: [String]) throws -> String? {
            var collection = OParlCollection()
            let meetings = names.enumerated().map { index, name in
                """
                {"id": "\(Self.base)/meeting/\(index)", "type": "https://schema.oparl.org/1.1/Meeting", "name": "\(name)",
                 "start": "2021-05-0\(index + 1)T17:00:00+02:00", "organization": ["\(Self.base)/organization/3"]}
                """
            }
            collection.add(document: try JSONParser.parse(Array("[\(meetings.joined(separator: ","))]".utf8)))
            _ = collection.addingStandIns()
            return collection[Self.base + "/organization/3"]?.object.text("name")
        }
        #expect(try named(["1. Sitzung Bauausschuss", "2. Sitzung Bauausschuss am 01.06.2021", "Sondersitzung"]) == "Sitzung Bauausschuss")
        #expect(try named(["Bauausschuss", "Hauptausschuss"]) == "3")
    }

    @Test("what the data names but does not hold is counted with its addresses: an absent paper, a resolution of an item without a paper, a consultation of an absent paper")
    func droppedCounted() throws {
        var collection = OParlCollection()
        collection.add(document: try JSONParser.parse(Array("""
            [{"id": "\(Self.base)", "type": "https://schema.oparl.org/1.1/Body", "name": "Stadt"},
             {"id": "\(Self.base)/organization/3", "type": "https://schema.oparl.org/1.1/Organization", "name": "Bauausschuss"},
             {"id": "\(Self.base)/meeting/1", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Bauausschuss",
              "start": "2021-05-04T17:00:00+02:00", "organization": ["\(Self.base)/organization/3"],
              "agendaItem": [{"id": "\(Self.base)/agendaitem/11", "type": "https://schema.oparl.org/1.1/AgendaItem", "number": "1", "name": "Bebauungsplan",
                              "consultation": "\(Self.base)/consultation/5"},
                             {"id": "\(Self.base)/agendaitem/12", "type": "https://schema.oparl.org/1.1/AgendaItem", "number": "2", "name": "Anfragen",
                              "resolutionFile": {"id": "\(Self.base)/file/7", "type": "https://schema.oparl.org/1.1/File", "name": "Beschluss",
                                                 "accessUrl": "https://rat.example.de/file/7.pdf"}}]},
             {"id": "\(Self.base)/consultation/5", "type": "https://schema.oparl.org/1.1/Consultation", "paper": "\(Self.base)/paper/404",
              "agendaItem": "\(Self.base)/agendaitem/11", "meeting": "\(Self.base)/meeting/1"}]
            """.utf8)))
        let run = try #require(OParlImport(collection: collection, body: Self.base, organization: Self.base + "/organization/3",
                                           options: OParlFixtures.options))
        let result = run.run(existing: nil, ids: nil)
        #expect(result.summary.dropped[.absentPaper] == [Self.base + "/paper/404"])
        #expect(result.summary.dropped[.fileWithoutPaper] == [Self.base + "/file/7"])
        #expect(result.summary.dropped[.consultationWithoutPaper] == [Self.base + "/consultation/5"])
        #expect(result.meetings.first?.agenda.map(\.title) == ["Bebauungsplan", "Anfragen"], "the items stay, without a matter")
    }
}
