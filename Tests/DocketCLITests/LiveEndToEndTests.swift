import Foundation
import Testing

/// The live meeting with two instances on one store, in real terminals.
@Suite("The live meeting end to end in tmux", .serialized)
struct LiveEndToEndTests {
    @Test("the chair opens the meeting and moves the pointer; the following member sees the item; the member cannot move it; docket log lists it")
    func chairAndFollower() throws {
        let chair = try TmuxSession.demo(arguments: ["--as", "karin-holmberg"])
        let store = try #require(chair.store)
        let member = try TmuxSession(store: store, arguments: ["--as", "leila-haddad"])
        try chair.waitFor("Upcoming")
        try member.waitFor("Upcoming")

        try member.send(">")
        try member.waitFor("Only the chair or the vice chair standing in leads the meeting")

        try chair.send("L")
        try chair.waitFor("The meeting is on Thu 10 Dec 2026, not today")
        try chair.send("y")
        try chair.waitFor("1. Mötets öppnande", "LIVE · item 1 — Mötets öppnande")
        try member.waitFor("in progress", timeout: 5)
        try member.send("F")
        try member.waitFor("1. Mötets öppnande", "Following the meeting", timeout: 5)

        try chair.send(">", ">", ">")
        try chair.waitFor("4. Verksamhetsplan och internbudget 2027")
        try member.waitFor("4. Verksamhetsplan och internbudget 2027", "LIVE · item 4", timeout: 5)
        try chair.send("J")
        try chair.type("8")
        try chair.send("Enter")
        try member.waitFor("8. Hearing om spelberoende", timeout: 5)

        try chair.send("L", "p")
        try member.waitFor("PAUSED · item 8", timeout: 5)

        let log = try DocketProcess.run(["log", store, "--meeting", "2026-12-10"])
        #expect(log.status == 0, "\(log.standardError)")
        let lines = log.standardOutput.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.first?.contains("Karin Holmberg (S) opened the meeting, meeting of 2026-12-10, 1 Mötets öppnande") == true, "\(lines)")
        #expect(lines.last?.contains("Karin Holmberg (S) adjourned the meeting") == true)
        #expect(try DocketProcess.run(["validate", store]).status == 0)
        try chair.send("Q")
        try member.send("Q")
        try chair.waitFor(TmuxSession.marker + "0]")
    }
}
