import DocketJSON
import DocketOParl
import Foundation
import Testing

/// The OParl files written for these tests (Fixtures/): a server's saved responses with the quirks of
/// real data — paged lists, an object on two pages, names with newlines and indentation, agenda items
/// without `order`, a deleted object stripped to its id, a result holding a vote table, papers without
/// meetings, a meeting without papers, an unknown role, a membership without a start.
enum OParlFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    static let base = "https://ris.example.de/oparl"
    static let body = base + "/body/1"
    static let committee = body + "/organization/1-2"

    static func collection() throws -> OParlCollection {
        var collection = OParlCollection()
        let files = (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: folder + "/" + file))
            collection.add(document: try JSONParser.parse(Array(data)))
        }
        return collection
    }

    static let english = OParlExport.Words(
        language: "en",
        roles: [.chair: "chair", .viceChair: "vice chair", .member: "member", .substitute: "substitute", .clerk: "clerk"],
        kinds: [.decision: "decision", .motionResponse: "answer to a motion", .consultationResponse: "consultation response",
                .information: "information", .appointment: "appointment", .other: "other"],
        categories: [.accordingToProposal: "adopted as proposed", .amended: "adopted with amendments", .rejected: "rejected", .tabled: "tabled",
                     .referredBack: "referred back", .noted: "noted", .referred: "referred for an opinion"],
        consultationRoles: [.decision: "decision", .consideration: "consideration", .information: "information"],
        meetingName: { committee, date in "\(committee), meeting of \(date)" })

    static let options = OParlImport.Options(timeZone: TimeZone(identifier: "Europe/Berlin")!, today: "2026-12-01", known: [english],
                                             agendaSection: "Business")
}
