import Foundation
import Testing

/// The real binary as a Swedish committee member meets it: the committee's language unless the person chose another.
@Suite("Svenska, end to end in tmux", .serialized)
struct SwedishEndToEndTests {
    @Test("the demo committee speaks Swedish; --lang en, DOCKET_LANG and the person's own setting choose otherwise")
    func swedishByDefault() throws {
        let session = try TmuxSession.demo(environment: ["DOCKET_LANG": ""])
        try session.waitFor("Kommande", "tors 10 dec 2026", "Tidigare", "? hjälp")
        try session.send("Enter")
        try session.waitFor("Inledande ärenden", "Beslutsärenden", "sekr")
        try session.send("j", "j", "j", "Enter")
        try session.waitFor("1 Förslag", "2 Utlåtande", "Föredragande: Johanna Karlsson", "Förslag från Socialförvaltningen")
        try session.send("?")
        try session.waitFor("TANGENTER HÄR", "nästa del")
        try session.send("Escape", "Escape", "i")
        try session.waitFor("Markeringar", "På dagordningen", "omfattas av sekretess")
        try session.send("Q")
        try session.waitFor(TmuxSession.marker + "0]")
        let store = try #require(session.store)

        // The person's own choice, kept in their private data, holds for every store; --lang holds for one start.
        let chosen = try DocketProcess.run(["language", "en"], environment: ["XDG_DATA_HOME": store + "-data", "DOCKET_LANG": ""])
        #expect(chosen.status == 0, "\(chosen.standardError)")
        #expect(chosen.standardOutput.contains("Docket speaks English to you"))
        let english = try TmuxSession(store: store, environment: ["DOCKET_LANG": ""])
        try english.waitFor("Upcoming", "Thu 10 Dec 2026")
        let swedish = try TmuxSession(store: store, environment: ["DOCKET_LANG": ""], arguments: ["--lang", "sv"])
        try swedish.waitFor("Kommande", "tors 10 dec 2026")
        let back = try DocketProcess.run(["language", "committee"], environment: ["XDG_DATA_HOME": store + "-data", "DOCKET_LANG": ""])
        #expect(back.standardOutput.contains("Docket talar varje nämnds språk med dig"), "\(back.standardOutput)")
    }

    @Test("the command line speaks Swedish too: its help and its messages")
    func swedishCommandLine() throws {
        let store = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try DocketProcess.run(["demo", "--output", store]).status == 0)
        let help = try DocketProcess.run(["notes", "add", "--help"], environment: ["DOCKET_LANG": "sv"])
        #expect(help.standardOutput.contains("Skriv en anteckning om ett ärende: privat om inte --shared."), "\(help.standardOutput)")
        let wrong = try DocketProcess.run(["positions", "list", store, "--meeting", "1999-01-01", "--as", "leila-haddad"],
                                          environment: ["DOCKET_LANG": "sv"])
        #expect(wrong.status == 64)
        #expect(wrong.standardError.contains("det finns inget sammanträde med id \"1999-01-01\""), "\(wrong.standardError)")
    }
}
