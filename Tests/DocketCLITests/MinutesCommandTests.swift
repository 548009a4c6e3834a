import Foundation
import Testing

@Suite("docket minutes")
struct MinutesCommandTests {
    static func demo() throws -> String {
        let folder = DocketProcess.temporaryFolder()
        #expect(try DocketProcess.run(["demo", "--output", folder]).status == 0)
        return folder
    }

    @Test("prints the minutes in each format; writes a file with --output; an extract with --item")
    func formats() throws {
        let store = try MinutesCommandTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let markdown = try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22"])
        #expect(markdown.status == 0, "\(markdown.standardError)")
        #expect(markdown.standardOutput.hasPrefix("# Protokoll\n"))
        #expect(markdown.standardOutput.contains("## § 105 Avgifter för familjerådgivning 2027"))
        #expect(markdown.standardError.isEmpty, "a complete record has no warnings")
        let html = try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22", "--format", "html"])
        #expect(html.standardOutput.hasPrefix("<!DOCTYPE html>"))
        let text = try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22", "--format", "text", "--item", "5", "9"])
        #expect(text.standardOutput.hasPrefix("PROTOKOLLSUTDRAG\n"))
        #expect(text.standardOutput.contains("§ 108  Uppföljning av placeringar"))
        let file = store + "-minutes.md"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let written = try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22", "--output", file])
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == markdown.standardOutput)
        let wrongFormat = try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22", "--format", "pdf"])
        #expect(wrongFormat.status == 64)
        let notHandled = try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22", "--item", "8"])
        #expect(notHandled.status == 64)
        #expect(notHandled.standardError.contains("agenda item 8 was not handled"))
        let noRecord = try DocketProcess.run(["minutes", store, "--meeting", "2026-12-10"])
        #expect(noRecord.status == 65)
    }

    @Test("a record that would make the minutes wrong is refused with the list (65), nothing written; an incomplete one warns")
    func wrongAndIncomplete() throws {
        let store = try MinutesCommandTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let path = store + "/meetings/2026-10-22/record.json"
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        /// The record with one item changed (by its place in the order handled).
        func write(item index: Int, _ change: (inout [String: Any]) -> Void) throws {
            var record = try JSONSerialization.jsonObject(with: original) as! [String: Any]
            var items = record["items"] as! [[String: Any]]
            change(&items[index])
            record["items"] = items
            try JSONSerialization.data(withJSONObject: record).write(to: URL(fileURLWithPath: path))
        }
        // Johan Ek was absent, yet a ballot of his is recorded.
        try write(item: 4) { item in
            var votes = item["votes"] as! [[String: Any]]
            votes[0]["ballots"] = (votes[0]["ballots"] as! [[String: Any]]) + [["choice": "no", "member": "johan-ek"]]
            item["votes"] = votes
        }
        let file = store + "-minutes.md"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let refused = try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22", "--output", file])
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("Johan Ek voted in votering-1 without taking part"))
        #expect(refused.standardError.contains("nothing was changed"))
        #expect(!FileManager.default.fileExists(atPath: file))

        try write(item: 6) { $0.removeValue(forKey: "decision") }
        let warned = try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22"])
        #expect(warned.status == 0)
        #expect(warned.standardError.contains("riktlinjer: The item was handled but has no decision"))
        #expect(warned.standardOutput.contains("## § 107 Revidering av riktlinjer"))
    }
}
