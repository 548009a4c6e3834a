import Foundation
import Testing

/// What a held meeting's record cites never changes: an import adds a new version of a
/// decided matter, an agenda the record was made from is not renumbered from outside,
/// a committee's own store is not merged into by an OParl import, and a matter that was
/// confidential is not quietly made public.
@Suite("An approved protokoll never changes")
struct HeldMeetingIntegrityTests {
    let root = DocketProcess.temporaryFolder()
    var store: String { root + "/sn" }
    var report: String { root + "/avgifter.txt" }

    private func docket(_ arguments: [String]) throws -> DocketProcess.Outcome {
        try DocketProcess.run(arguments, environment: ["XDG_DATA_HOME": root + "/data"])
    }

    /// A new report on the matter decided on 2026-10-22 (SN-2026-0322), with another title and proposal.
    private func writeReport() throws {
        try """
        SOCIALFÖRVALTNINGEN
        Avdelningen för stöd

        Handläggare: Anna Berg
        Tfn: 08-508 11 222

        TJÄNSTEUTLÅTANDE
        2027-01-10

        SOCIALNÄMNDEN
        2027-01-28
        DNR SN-2026-0322

        Nya avgifter för familjerådgivning efter domen

        Förslag till beslut

        Socialnämnden sänker avgiften till 100 kronor per samtal.

        Eva Nilsson

        Bakgrund

        Avgifterna beslutades den 22 oktober 2026.
        """.write(toFile: report, atomically: true, encoding: .utf8)
    }

    @Test("a report on a decided matter is added as a new version: the approved minutes print the same, the matter keeps its title and proposal")
    func importAddsVersion() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try docket(["demo", "--output", store]).status == 0)
        try writeReport()
        let before = try docket(["minutes", store, "--meeting", "2026-10-22"])
        #expect(before.status == 0, "\(before.standardError)")
        let imported = try docket(["import", "report", report, "--store", store])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("SN-2026-0322 is in the record of 2026-10-22: the report is added as a new version"))
        let after = try docket(["minutes", store, "--meeting", "2026-10-22"])
        #expect(after.standardOutput == before.standardOutput)
        let matter = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: store + "/matters/avgifter-familjeradgivning-2027.json"))) as! [String: Any]
        #expect(matter["title"] as? String == "Avgifter för familjerådgivning 2027")
        let proposals = (matter["proposals"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(proposals.contains("forvaltningens-forslag") && proposals.count == 2, "\(proposals)")
        #expect((matter["documents"] as! [[String: Any]]).count == 2)
        #expect(try docket(["validate", store]).status == 0)
    }

    @Test("a held meeting's agenda is not changed by import report --meeting nor meeting put")
    func heldAgendaRefused() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try docket(["demo", "--output", store]).status == 0)
        try writeReport()
        let agenda = try Data(contentsOf: URL(fileURLWithPath: store + "/meetings/2026-10-22/meeting.json"))
        let imported = try docket(["import", "report", report, "--store", store, "--meeting", "2026-10-22"])
        #expect(imported.status == 64)
        #expect(imported.standardError.contains("the meeting of 2026-10-22 is held"))
        let put = try docket(["meeting", "put", store, "2026-10-22", "verksamhetsplan-2027"])
        #expect(put.status == 64)
        #expect(put.standardError.contains("its agenda changes only through the record's agenda changes"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/meetings/2026-10-22/meeting.json")) == agenda)
    }

    @Test("a matter that was confidential is put on a public item only when asked for (--public)")
    func confidentialAsks() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try docket(["demo", "--output", store]).status == 0)
        #expect(try docket(["meeting", "add", store, "--date", "2027-01-21", "--time", "13:00", "--place", "Stadshuset"]).status == 0)
        let refused = try docket(["meeting", "put", store, "2027-01-21", "SN-2026-0402"])
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("was confidential on an earlier agenda; as a public item its report is published"))
        #expect(refused.standardError.contains("give --public"))
        let meeting = try String(contentsOfFile: store + "/meetings/2027-01-21/meeting.json", encoding: .utf8)
        #expect(!meeting.contains("lvu-yttrande-2026-10"))
        let allowed = try docket(["meeting", "put", store, "2027-01-21", "SN-2026-0402", "--public"])
        #expect(allowed.status == 0, "\(allowed.standardError)")
    }

    @Test("an OParl import into a committee's own store is refused: nothing renamed, nothing merged")
    func oparlIntoOwnStore() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try docket(["demo", "--output", store]).status == 0)
        let committee = try Data(contentsOf: URL(fileURLWithPath: store + "/committee.json"))
        let outcome = try docket(["import", "oparl", OParlCommandTests.fixtures, "--store", store, "--organization", "1-2", "--identity", "local"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("is Socialnämnden's own store, not one an OParl import made"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/committee.json")) == committee)
    }
}
