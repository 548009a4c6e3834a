import DocketRuntime
import Foundation
import Glibc
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

    @Test("damaged files never lock everyone out: the rest opens, a banner names each file and what is missing; validate still exits 65")
    func damagedFiles() throws {
        let store = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try DocketProcess.run(["demo", "-o", store]).status == 0)
        try Data("{\"broken\": ".utf8).write(to: URL(fileURLWithPath: store + "/matters/verksamhetsplan-2027.json"))
        try FileManager.default.createDirectory(atPath: store + "/members/johan-ek", withIntermediateDirectories: true)
        #expect(mkfifo(store + "/members/johan-ek/notes.json", 0o644) == 0)
        let record = store + "/meetings/2026-10-22/record.json"
        let text = try String(contentsOfFile: record, encoding: .utf8).replacingOccurrences(of: "\"approved\": \"2026-10-29\"", with: "\"approved\": \"2026-10-01\"")
        try text.write(toFile: record, atomically: true, encoding: .utf8)
        #expect(try DocketProcess.run(["validate", store]).status == 65)

        let session = try TmuxSession(store: store, arguments: ["--as", "eva-lundgren"], width: 200, height: 40)
        try session.waitFor("3 damaged files left out",
                            "⚠ matters/verksamhetsplan-2027.json: this matter is left out — 1:12: the file ends too early",
                            "⚠ meetings/2026-10-22/record.json: the record of Thu 22 Oct 2026 is not shown and cannot be changed — $.approved: the minutes are approved on 2026-10-01, before the meeting on 2026-10-22",
                            "⚠ members/johan-ek/notes.json: the shared notes of Johan Ek (M) are not shown — is not a regular file")
        try session.send("Enter")
        try session.waitFor("4  (matter unavailable: its file is damaged)", "5  Budgetuppföljning per oktober 2026")
        // The clerk's change to the damaged record is refused, and the file is left as it was.
        try session.send("Escape", "j", "Enter", "R", "*")
        try session.waitFor("Not saved: ")
        #expect(try String(contentsOfFile: record, encoding: .utf8) == text)
        try session.send("Escape", "Escape", "Escape", "q")
        try session.waitFor("11 changes could not be saved")
        try session.send("y")
        try session.waitFor(TmuxSession.marker + "0]")
        #expect(try String(contentsOfFile: record, encoding: .utf8) == text)
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

