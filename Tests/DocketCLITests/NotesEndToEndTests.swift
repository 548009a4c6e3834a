import DocketRuntime
import Foundation
import Testing

/// Notes as members use them, in real terminals.
@Suite("Notes end to end in tmux", .serialized)
struct NotesEndToEndTests {
    /// Meetings → upcoming agenda → item 4 → its report.
    private func openReport(_ session: TmuxSession) throws {
        try session.waitFor("Upcoming")
        try session.send("Enter")
        try session.waitFor("Inledande ärenden")
        try session.send("j", "j", "j", "Enter")
        try session.waitFor("4. Verksamhetsplan och internbudget 2027")
        try session.send("2")
        try session.waitFor("Sammanfattning")
    }

    @Test("a note in Swedish survives a restart; a second terminal of the same person sees it appear")
    func persistAndFollow() throws {
        let first = try TmuxSession.demo(arguments: ["--as", "leila-haddad"])
        let store = try #require(first.store)
        let second = try TmuxSession(store: store, arguments: ["--as", "leila-haddad"])
        try openReport(first)
        try openReport(second)
        try second.send("5")
        try second.waitFor("No notes on this matter yet")

        try first.send("a")
        try first.waitFor("Note on paragraph 1 of the report:")
        try first.type("Fråga förvaltningen om ökningen på 18,4 mnkr – gäller även år två?")
        try first.send("Enter")
        try first.waitFor("Note saved (private: only you see it)")
        try second.waitFor("Fråga förvaltningen om ökningen på 18,4 mnkr", absent: ["No notes on this matter yet"])

        try first.send("Q")
        try first.waitFor(TmuxSession.marker + "0]")
        let again = try TmuxSession(store: store, arguments: ["--as", "leila-haddad"])
        try openReport(again)
        try again.send("5")
        try again.waitFor("Private ·", "Fråga förvaltningen om ökningen på 18,4 mnkr")
        try again.send("Q")
        try second.send("Q")
    }

    @Test("a private note of member A never appears for member B; a shared one does")
    func privateAndShared() throws {
        let karin = try TmuxSession.demo(arguments: ["--as", "karin-holmberg"])
        let store = try #require(karin.store)
        try openReport(karin)
        for text in ["Hemlig anteckning åäö", "Delad anteckning till gruppen"] {
            try karin.send("a")
            try karin.type(text)
            try karin.send("Enter")
            try karin.waitFor("Note saved (private")
        }
        try karin.send("5", "/")
        try karin.type("Delad anteckning")
        try karin.send("Enter")
        try karin.waitFor("match 1 of 1")
        try karin.send("s")
        try karin.waitFor("Note shared: every member sees it")

        let leila = try TmuxSession(store: store, arguments: ["--as", "leila-haddad"])
        try openReport(leila)
        try leila.send("5")
        try leila.waitFor("Karin Holmberg (S) ·", "Delad anteckning till gruppen")
        #expect(!(try leila.screen()).contains("Hemlig"))
        let listed = try DocketProcess.run(["notes", "list", store, "--as", "leila-haddad"], environment: ["XDG_DATA_HOME": store + "-data"])
        #expect(listed.standardOutput.contains("Delad anteckning till gruppen"))
        #expect(!listed.standardOutput.contains("Hemlig"))
        try leila.send("Q")
        try karin.send("Q")
        try karin.waitFor(TmuxSession.marker + "0]")
    }

    @Test("a note being typed when the connection drops (SIGHUP) is kept and offered on the next start")
    func draftOnHangUp() throws {
        let first = try TmuxSession.demo(arguments: ["--as", "leila-haddad"])
        let store = try #require(first.store)
        try openReport(first)
        try first.send("a")
        try first.type("Halvfärdig anteckning om ramen")
        try first.waitFor("Note on paragraph 1 of the report: Halvfärdig anteckning om ramen")
        _ = ChildProcess.run(["pkill", "-HUP", "-f", "^\(DocketProcess.binary) \(store) --as leila-haddad$"], capture: false)
        try first.waitFor(TmuxSession.marker + "129]")

        let again = try TmuxSession(store: store, arguments: ["--as", "leila-haddad"])
        try again.waitFor("Note on paragraph 1 of the report: Halvfärdig anteckning om ramen")
        try again.send("Enter")
        try again.send("Enter", "j", "j", "j", "Enter", "5")
        try again.waitFor("Private ·", "Halvfärdig anteckning om ramen")
        try again.send("Q")
    }
}

