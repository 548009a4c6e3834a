import Foundation
import Testing

/// Positions and read progress as members use them, in real terminals.
@Suite("Positions end to end in tmux", .serialized)
struct PositionsEndToEndTests {
    @Test("an own proposal in Swedish and a read mark survive a restart; the meetings list shows progress; sharing decides who sees it")
    func ownProposalAndReading() throws {
        let leila = try TmuxSession.demo(arguments: ["--as", "leila-haddad"])
        let store = try #require(leila.store)
        try leila.waitFor("Upcoming", "read 0/8")
        try leila.send("Enter")
        try leila.waitFor("Inledande ärenden")
        for _ in 0..<7 { try leila.send("j") }
        try leila.send("Enter")
        try leila.waitFor("8. Hearing om spelberoende")
        try leila.send("p")
        try leila.waitFor("own proposal (eget yrkande)")
        try leila.send("e")
        try leila.waitFor("referral back")
        try leila.send("a")
        try leila.waitFor("Own proposal (amendment):")
        try leila.type("att nämnden anordnar en hearing om spelberoende under våren 2027")
        try leila.send("Enter")
        try leila.waitFor("Position saved: own proposal")
        try leila.send("m")
        try leila.waitFor("Marked read")
        try leila.send("q")
        try leila.waitFor("own", "Inledande ärenden")
        try leila.send("Q")
        try leila.waitFor(TmuxSession.marker + "0]")

        let again = try TmuxSession(store: store, arguments: ["--as", "leila-haddad"])
        try again.waitFor("read 1/8")
        try again.send("Enter", "P")
        try again.waitFor("own proposal (eget yrkande): att nämnden anordna")

        // Private so far: Karin does not see it.
        let karinBefore = try DocketProcess.run(["positions", "list", store, "--meeting", "2026-12-10", "--as", "karin-holmberg"],
                                                environment: ["XDG_DATA_HOME": store + "-data"])
        #expect(!karinBefore.standardOutput.contains("hearing om spelberoende under våren"))
        try again.send("j", "j", "j", "j", "Enter")
        try again.waitFor("8. Hearing om spelberoende")
        try again.send("p", "S")
        try again.waitFor("Position shared")
        let karin = try TmuxSession(store: store, arguments: ["--as", "karin-holmberg"])
        try karin.waitFor("Upcoming")
        try karin.send("Enter")
        for _ in 0..<7 { try karin.send("j") }
        try karin.send("Enter", "5")
        try karin.waitFor("Leila Haddad (S): own proposal (eget yrkande) — amendment: att nämnden anordnar en hearing")
        try karin.send("Q")
        try again.send("Q")
    }
}
