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

    @Test("a roll call interrupted after 6 of 11 answers: valid but unfinished, and the minutes state no result")
    func unfinishedVote() throws {
        let store = try MinutesCommandTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        var past = try PastRecord(store: store)
        past.vote["ballots"] = Array((past.vote["ballots"] as! [[String: Any]]).prefix(6))
        past.vote.removeValue(forKey: "result")
        try past.write()
        #expect(try DocketProcess.run(["validate", store]).status == 0, "an unfinished vote is incomplete, not an error")
        let minutes = try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22"])
        #expect(minutes.status == 0)
        #expect(minutes.standardOutput.contains("Voteringen är inte avslutad."))
        let results = minutes.standardOutput.components(separatedBy: " ja-röster mot ").count - 1
        #expect(results == 2, "no result is printed for a vote in progress; only § 106's two counted votes have one")
        #expect(minutes.standardError.contains("Vote 1 is in progress:"), "\(minutes.standardError)")

        // A result recorded before everyone answered is an error, in validate and in the minutes.
        past.vote["result"] = "forvaltningen"
        try past.write()
        let validate = try DocketProcess.run(["validate", store])
        #expect(validate.status == 65)
        #expect(validate.standardError.contains("$.items[4].votes[0].result: votering-1 has a result, but"), "\(validate.standardError)")
        #expect(try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22"]).status == 65)
    }

    @Test("validate finds every structural impossibility in a record, names file and place, exits 65", arguments: [
        "attendance twice", "proposal id twice", "absent checker", "approved before the meeting", "ballot without taking part",
        "double vote", "result against the tally", "posted before approval",
    ])
    func impossibleRecord(_ fault: String) throws {
        let store = try MinutesCommandTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        var past = try PastRecord(store: store)
        var ballots = past.vote["ballots"] as! [[String: Any]]
        let expected: String
        switch fault {
        case "attendance twice":
            past.record["attendance"] = (past.record["attendance"] as! [[String: Any]]) + [(past.record["attendance"] as! [[String: Any]])[0]]
            expected = "is on the attendance list twice"
        case "proposal id twice":
            past.votedItem["proposals"] = (past.votedItem["proposals"] as! [[String: Any]]) + [(past.votedItem["proposals"] as! [[String: Any]])[0]]
            expected = "is used twice on this item"
        case "absent checker":
            past.record["checkers"] = ["johan-ek"]
            expected = "Johan Ek checks the minutes (justerare) but was not present"
        case "approved before the meeting":
            past.record["approved"] = "2026-10-01"
            expected = "the minutes are approved on 2026-10-01, before the meeting on 2026-10-22"
        case "ballot without taking part":
            ballots.append(["choice": "no", "member": "johan-ek"])
            expected = "Johan Ek voted in votering-1 without taking part"
        case "double vote":
            ballots.append(ballots[0])
            expected = "voted more than once in votering-1"
        case "result against the tally":
            past.vote["result"] = past.vote["no"]
            expected = "but its tally gives"
        default:
            past.record["posted"] = "2026-10-23"
            expected = "the minutes are posted on 2026-10-23, before they were approved on 2026-10-29"
        }
        past.vote["ballots"] = ballots
        try past.write()
        let validate = try DocketProcess.run(["validate", store])
        #expect(validate.status == 65)
        #expect(validate.standardError.contains(past.path + ": $."), "\(validate.standardError)")
        #expect(validate.standardError.contains(expected), "\(fault): \(validate.standardError)")
        #expect(try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22"]).status == 65)
    }
}

/// The demo's past record as JSON, to change by hand: its fifth handled item holds the roll call.
struct PastRecord {
    let path: String
    var record: [String: Any]

    init(store: String) throws {
        path = store + "/meetings/2026-10-22/record.json"
        record = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
    }

    var votedItem: [String: Any] {
        get { (record["items"] as! [[String: Any]])[4] }
        set {
            var items = record["items"] as! [[String: Any]]
            items[4] = newValue
            record["items"] = items
        }
    }

    var vote: [String: Any] {
        get { (votedItem["votes"] as! [[String: Any]])[0] }
        set {
            var votes = votedItem["votes"] as! [[String: Any]]
            votes[0] = newValue
            votedItem["votes"] = votes
        }
    }

    func write() throws {
        try JSONSerialization.data(withJSONObject: record).write(to: URL(fileURLWithPath: path))
    }
}
