import DocketRuntime
import Foundation
import Testing

/// The real binary in a real terminal (tmux), as a member would use it.
@Suite("End to end in tmux", .serialized)
struct EndToEndTests {
    @Test("read the demo: meetings, agenda, item parts, an attachment, resize, help, quit", arguments: ["tmux-256color", "vt100"])
    func readTheDemo(term: String) throws {
        let session = try TmuxSession.demo(environment: ["TERM": term])

        try session.waitFor("Upcoming", "Thu 10 Dec 2026", "Past")
        try session.send("Enter")
        try session.waitFor("Inledande ärenden", "Verksamhetsplan och internbudget 2027", "SN-2026-0388")
        try session.send("j", "j", "j", "Enter")
        try session.waitFor("4. Verksamhetsplan och internbudget 2027", "att socialnämnden antar verksamhetsplan")
        try session.send("Tab")
        try session.waitFor("Sammanfattning", "Socialförvaltningen lämnar här förslag")
        try session.send("C-f", "C-f")
        try session.waitFor("Nämndens uppdrag och styrning", absent: ["Socialförvaltningen lämnar här förslag"])
        try session.send("3")
        try session.waitFor("on agenda", "Enter opens that agenda")
        try session.send("4")
        try session.waitFor("Bilaga 1. Fördelning av ramen 2027 (tabell)")
        try session.send("Enter")
        try session.waitFor("Barn och unga", "Summa", "742,6")
        try session.send("q")
        try session.waitFor("Bilaga 2. Kommunfullmäktiges mål")

        try session.resize(width: 30, height: 8)
        try session.waitFor("Terminal too small")
        try session.resize(width: 100, height: 30)
        try session.waitFor("Bilaga 1. Fördelning av ramen", absent: ["Terminal too small"])

        try session.send("?")
        try session.waitFor("Keys", "next agenda item")
        try session.send("Escape")
        try session.waitFor("Tab parts", absent: ["next agenda item"])
        try session.send("Q")
        try session.waitFor(TmuxSession.marker + "0]")
    }

    @Test("] and [ step through the agenda inside the item view; find highlights and moves")
    func stepAndFind() throws {
        let session = try TmuxSession.demo(width: 120, height: 40)
        try session.waitFor("Upcoming")
        try session.send("Enter", "Enter")
        try session.waitFor("1. Mötets öppnande")
        try session.send("]", "]", "]")
        try session.waitFor("4. Verksamhetsplan och internbudget 2027")
        try session.send("2", "/")
        try session.type("SKYDDAT boende")
        try session.send("Enter")
        try session.waitFor("match 1 of 2", "skyddat boende")
        try session.send("n")
        try session.waitFor("match 2 of 2")
        try session.send("q")
        try session.waitFor("Inledande ärenden")
        try session.send("q")
        try session.waitFor("Upcoming", absent: ["Inledande ärenden"])
        try session.send("q")
        try session.waitFor(TmuxSession.marker + "0]")
    }

    @Test("a locale that is not UTF-8 gets ASCII fallbacks; NO_COLOR is honoured")
    func asciiLocale() throws {
        let session = try TmuxSession.demo(environment: ["LC_ALL": "C", "NO_COLOR": "1"])
        try session.waitFor("Docket > Socialn?mnden", "Upcoming")
        try session.send("Enter")
        try session.waitFor("Inledande ?renden", absent: ["ä", "›"])
        try session.send("Q")
        try session.waitFor(TmuxSession.marker + "0]")
    }

    @Test("SIGTERM ends the session through the normal path and restores the terminal")
    func terminate() throws {
        let session = try TmuxSession.demo()
        let store = try #require(session.store)
        try session.waitFor("Upcoming")
        try session.send("Enter")
        try session.waitFor("Inledande ärenden")
        _ = ChildProcess.run(["pkill", "-TERM", "-f", "^\(DocketProcess.binary) \(store)$"], capture: false)
        let screen = try session.waitFor(TmuxSession.marker + "143]")
        #expect(!screen.contains("Inledande ärenden"), "the alternate screen was not left:\n\(screen)")
    }

    @Test("an unknown TERM on a real terminal exits 69 with a message")
    func unknownTerm() throws {
        let session = try TmuxSession.demo(environment: ["TERM": "no-such-terminal"])
        try session.waitFor("\"no-such-terminal\"", "not known", TmuxSession.marker + "69]")
    }

    @Test("every signal that would end Docket gives the terminal back first", arguments: [
        ("USR1", 138), ("ALRM", 142), ("XCPU", 152), ("QUIT", 131), ("USR2", 140), ("HUP", 129),
    ])
    func endingSignal(signal: String, status: Int) throws {
        let session = try TmuxSession.demo()
        let store = try #require(session.store)
        try session.waitFor("Upcoming")
        _ = ChildProcess.run(["pkill", "-\(signal)", "-f", "^\(DocketProcess.binary) \(store)$"], capture: false)
        let screen = try session.waitFor(TmuxSession.cooked, TmuxSession.marker + "\(status)]")
        #expect(!screen.contains("Upcoming"), "the alternate screen was not left:\n\(screen)")
    }

    @Test("SIGPIPE and SIGXFSZ do not end Docket")
    func ignoredSignals() throws {
        let session = try TmuxSession.demo()
        let store = try #require(session.store)
        try session.waitFor("Upcoming")
        for signal in ["PIPE", "XFSZ"] {
            _ = ChildProcess.run(["pkill", "-\(signal)", "-f", "^\(DocketProcess.binary) \(store)$"], capture: false)
        }
        try session.send("Enter")
        try session.waitFor("Inledande ärenden")
        try session.send("Q")
        try session.waitFor(TmuxSession.cooked, TmuxSession.marker + "0]")
    }

    @Test("a fatal signal still gives the terminal back")
    func fatalSignal() throws {
        let session = try TmuxSession.demo()
        let store = try #require(session.store)
        try session.waitFor("Upcoming")
        _ = ChildProcess.run(["pkill", "-ABRT", "-f", "^\(DocketProcess.binary) \(store)$"], capture: false)
        let screen = try session.waitFor(TmuxSession.cooked, TmuxSession.marker + "134]")
        #expect(!screen.contains("Upcoming"), "the alternate screen was not left:\n\(screen)")
    }
}

