import DocketJSON
import Foundation

/// A made-up council's OParl dump shaped like a large committee's: one body, one
/// committee with years of meetings, agenda items with results and resolutions, and
/// the papers they dealt with (each consulted once), written as the paged lists a
/// server returns. The same numbers give the same dump.
struct OParlDumpGenerator {
    var meetings: Int
    var items: Int
    var papers: Int

    static let base = "https://ris.example.de/oparl/body/1"

    func write(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let body: JSONObject = ["id": .string(Self.base), "type": .string("https://schema.oparl.org/1.1/Body"), "name": .string("Stadt Beispielheim")]
        let committee = Self.base + "/organization/7"
        let organization: JSONObject = ["id": .string(committee), "type": .string("https://schema.oparl.org/1.1/Organization"),
                                        "name": .string("Ausschuss für Stadtentwicklung"), "body": .string(Self.base)]
        var meetingList: [JSONValue] = []
        var paperList: [JSONValue] = []
        let perMeeting = max(1, items / max(1, meetings))
        var itemNumber = 0
        for meetingIndex in 0..<meetings {
            let meetingURL = Self.base + "/meeting/\(meetingIndex + 1)"
            let year = 2006 + meetingIndex / 11, month = 1 + meetingIndex % 11
            let start = String(format: "%04d-%02d-12T17:00:00+01:00", year, month)
            var agenda: [JSONValue] = []
            let count = meetingIndex == meetings - 1 ? items - itemNumber : min(perMeeting, items - itemNumber)
            for order in 0..<max(0, count) {
                itemNumber += 1
                let itemURL = Self.base + "/agendaitem/\(itemNumber)"
                var item: JSONObject = ["id": .string(itemURL), "type": .string("https://schema.oparl.org/1.1/AgendaItem"),
                                        "meeting": .string(meetingURL), "number": .string("\(order + 1)"), "order": .number("\(order)"),
                                        "name": .string("Bebauungsplan Nr. \(itemNumber) – Änderung des Flächennutzungsplans im Bereich Nord"),
                                        "public": .bool(true), "result": .string(["einstimmig beschlossen", "abgelehnt", "vertagt",
                                                                                  "verwiesen in den Hauptausschuss"][itemNumber % 4]),
                                        "resolutionText": .string("Der Ausschuss beschließt die Änderung wie in der Vorlage dargestellt.\n\nDie Verwaltung wird beauftragt.")]
                if itemNumber <= papers {
                    let paperURL = Self.base + "/paper/\(itemNumber)"
                    let consultation = Self.base + "/consultation/\(itemNumber)"
                    item["consultation"] = .string(consultation)
                    paperList.append(.object(paper(paperURL, number: itemNumber, consultation: consultation, meeting: meetingURL,
                                                   agendaItem: itemURL, committee: committee)))
                }
                agenda.append(.object(item))
            }
            meetingList.append(.object(["id": .string(meetingURL), "type": .string("https://schema.oparl.org/1.1/Meeting"),
                                        "name": .string("\(meetingIndex + 1). Sitzung"), "start": .string(start),
                                        "organization": .array([.string(committee)]), "agendaItem": .array(agenda)]))
        }
        try write(["data": .array([.object(body)])], to: folder + "/bodies.json")
        try write(["data": .array([.object(organization)])], to: folder + "/organizations.json")
        // Pages of 500, as servers list them.
        for (index, page) in stride(from: 0, to: meetingList.count, by: 50).enumerated() {
            try write(["data": .array(Array(meetingList[page..<min(page + 50, meetingList.count)]))], to: folder + "/meetings-\(index + 1).json")
        }
        for (index, page) in stride(from: 0, to: paperList.count, by: 500).enumerated() {
            try write(["data": .array(Array(paperList[page..<min(page + 500, paperList.count)]))], to: folder + "/papers-\(index + 1).json")
        }
    }

    private func paper(_ url: String, number: Int, consultation: String, meeting: String, agendaItem: String, committee: String) -> JSONObject {
        let text = (0..<6).map { _ in "Die Verwaltung schlägt vor, den Bebauungsplan im Bereich Nord zu ändern, damit dort Wohnungen entstehen können." }
            .joined(separator: " ")
        return ["id": .string(url), "type": .string("https://schema.oparl.org/1.1/Paper"), "body": .string(Self.base),
                "name": .string("Bebauungsplan Nr. \(number) – Änderung des Flächennutzungsplans im Bereich Nord"),
                "reference": .string("VO/\(2006 + number / 400)/\(number)"), "date": .string("2010-01-01"), "paperType": .string("Beschlussvorlage"),
                "mainFile": .object(["id": .string(url + "/file"), "type": .string("https://schema.oparl.org/1.1/File"), "name": .string("Vorlage"),
                                     "mimeType": .string("text/plain"), "text": .string(text + "\n\n" + text),
                                     "accessUrl": .string(url + "/file/download")]),
                "consultation": .array([.object(["id": .string(consultation), "type": .string("https://schema.oparl.org/1.1/Consultation"),
                                                 "paper": .string(url), "meeting": .string(meeting), "agendaItem": .string(agendaItem),
                                                 "organization": .array([.string(committee)]), "role": .string("Entscheidung")])])]
    }

    private func write(_ object: JSONObject, to path: String) throws {
        try Data(CanonicalJSON.bytes(.object(object))).write(to: URL(fileURLWithPath: path))
    }
}
