import DocketDemo
import DocketJSON
import DocketModel
import DocketOParl
import DocketStore
import Foundation
import Testing

@Suite("A committee written as OParl, and read back")
struct OParlExportTests {
    static let demo = try! StoreLoader(root: DemoStore.path!).load().contents!
    static let base = "https://sn.example.se/oparl"

    static func exported() -> OParlExport.Output {
        OParlExport(store: demo, baseURL: base + "/", words: OParlFixtures.english).run()
    }

    @Test("public data only: no confidential item, no matter only one carries, no logins, no notes; every object has its own file")
    func publicOnly() throws {
        let output = Self.exported()
        let confidential = Self.demo.meetings.flatMap(\.agenda).filter(\.isConfidential)
        #expect(!confidential.isEmpty)
        let text = output.json.values.map { String(decoding: CanonicalJSON.bytes($0), as: UTF8.self) }.joined()
        for item in confidential {
            #expect(!output.json.keys.contains { $0.hasSuffix("/\(item.id).json") && $0.hasPrefix("agendaitem/") })
        }
        #expect(!text.contains("\"login\"") && !text.contains("notes"))
        #expect(output.json["system.json"]?["oparlVersion"] == .string("https://schema.oparl.org/1.1/"))
        #expect(output.json["meeting/2026-12-10.json"]?["start"] == .string("2026-12-10T13:00:00+01:00"))
        #expect(output.objectCount == output.json.keys.filter { !["bodies.json", "meetings.json", "papers.json", "people.json", "organizations.json"].contains($0) }.count)
    }

    @Test("round trip: the export read into a new store gives back what OParl carries")
    func roundTrip() throws {
        let output = Self.exported()
        var collection = OParlCollection()
        for path in output.json.keys.sorted() { collection.add(document: output.json[path]!) }
        let options = OParlImport.Options(timeZone: TimeZone(identifier: "Europe/Stockholm")!, today: "2026-12-01", known: [OParlFixtures.english])
        let run = try #require(OParlImport(collection: collection, body: Self.base + "/body/socialnamnden.json",
                                           organization: Self.base + "/organization/socialnamnden.json", options: options))
        let back = run.run(existing: nil, ids: nil)
        let demo = Self.demo
        #expect(back.committee.name == demo.committee.name && back.committee.municipality == demo.committee.municipality)
        #expect(Set(back.committee.members.map(\.name)) == Set(demo.committee.members.map(\.name)))
        for member in demo.committee.members {
            let read = try #require(back.committee.members.first { $0.name == member.name })
            #expect(read.terms == member.terms, "\(member.name)")
            #expect(read.party == member.party)
        }
        #expect(back.meetings.map { [$0.date, $0.time, $0.place] } == demo.meetings.map { [$0.date, $0.time, $0.place] })
        for (read, original) in zip(back.meetings, demo.meetings) {
            let public_ = original.agenda.filter { !$0.isConfidential }
            #expect(read.agenda.map(\.printedNumber) == public_.map(\.printedNumber))
            let readTitles = read.agenda.map { item -> String? in item.title ?? back.matters.first { $0.id == item.matter }?.title }
            let originalTitles = public_.map { item -> String? in item.title ?? demo.matters[item.matter ?? ""]?.title }
            #expect(readTitles == originalTitles)
            for item in public_ {
                guard let decision = demo.records[original.id]?.record(of: item.id)?.decision,
                      let index = public_.firstIndex(where: { $0.id == item.id }) else { continue }
                #expect(back.records.first { $0.meeting == read.id }?.record(of: read.agenda[index].id)?.decision == decision)
            }
        }
        for matter in back.matters {
            let original = try #require(demo.matters.values.first { $0.diaryNumber == matter.diaryNumber })
            #expect(matter.title == original.title && matter.kind == original.kind)
            #expect(matter.attachments.compactMap(\.url) == original.attachments.compactMap(\.url))
            #expect(matter.report?.sections.flatMap(\.paragraphs).count == original.report.map { $0.sections.reduce(1) { $0 + 1 + $1.paragraphs.count } },
                    "the report's text comes back, its headings as paragraphs")
        }
    }

    @Test("an OParl client can walk it: every URL under the base is a file of the export, embedded File and Location included")
    func walkable() throws {
        let output = Self.exported()
        var addresses = Set<String>()
        func collect(_ value: JSONValue) {
            switch value {
            case .string(let text) where text.hasPrefix(Self.base + "/"): addresses.insert(text)
            case .array(let items): items.forEach(collect)
            case .object(let members): for (_, member) in members { collect(member) }
            default: break
            }
        }
        output.json.values.forEach(collect)
        let files = Set(output.json.keys).union(output.text.keys)
        let unresolved = addresses.filter { !files.contains(String($0.dropFirst(Self.base.count + 1))) }
        #expect(unresolved.isEmpty, "\(unresolved.sorted().prefix(5))")
        #expect(addresses.contains { $0.contains("/location/") } && addresses.contains { $0.contains("/file/") })
    }

    @Test("persons with given and family name, consultations with their role, and papers on no agenda yet")
    func fuller() throws {
        let output = Self.exported()
        let karin = try #require(output.json["person/karin-holmberg.json"])
        #expect(karin["givenName"] == .string("Karin") && karin["familyName"] == .string("Holmberg"))
        #expect(OParlExport.givenAndFamilyName("Ursula von der Leyen") == nil && OParlExport.givenAndFamilyName("Cher") == nil)
        let consultations = output.json.filter { $0.key.hasPrefix("consultation/") }.values
        #expect(!consultations.isEmpty && consultations.allSatisfy { $0["role"] != nil })
        var store = Self.demo
        store.matters["ny-motion"] = Matter(id: "ny-motion", diaryNumber: "SN 2026/0999", title: "Motion om lärcaféer", kind: .other)
        let withUnplaced = OParlExport(store: store, baseURL: Self.base, words: OParlFixtures.english).run()
        #expect(withUnplaced.json["paper/ny-motion.json"]?["reference"] == .string("SN 2026/0999"), "a matter on no agenda is a paper")
        let planned = try #require(withUnplaced.json["consultation/paper/ny-motion.json"])
        #expect(planned["meeting"] == nil && planned["role"] == .string("consideration"))
    }

    @Test("a German council's store speaks German again: its import keeps the vocabulary, its export writes the council's words")
    func germanVocabulary() throws {
        let collection = try OParlFixtures.collection()
        let result = try #require(OParlImport(collection: collection, body: OParlFixtures.body, organization: OParlFixtures.committee,
                                              options: OParlFixtures.options)).run(existing: nil, ids: nil)
        #expect(result.ids.vocabulary == "de")
        let back = OParlImport(collection: {
            var own = OParlCollection()
            for (_, value) in Self.exported().json { own.add(document: value) }
            return own
        }(), body: Self.base + "/body/socialnamnden.json", organization: Self.base + "/organization/socialnamnden.json", options: OParlFixtures.options)
        #expect(try #require(back).run(existing: nil, ids: nil).ids.vocabulary == "en", "Docket's own export read back is in its own words")
        let german = OParlExport(store: Self.demo, baseURL: Self.base, words: .german).run()
        let results = german.json.filter { $0.key.hasPrefix("agendaitem/") }.values.compactMap { $0["result"] }
        #expect(results.contains(.string("beschlossen")))
        #expect(german.json["meeting/2026-12-10.json"]?["name"] == .string("Socialnämnden, Sitzung am 10.12.2026"))
        #expect(german.json.filter { $0.key.hasPrefix("membership/") }.values.contains { $0["role"] == .string("Vorsitzender") })
    }
}
