import Foundation
import Testing

/// The chair, the clerk and a member on one store, each in a real terminal.
@Suite("The clerk's record end to end in tmux", .serialized)
struct ClerkEndToEndTests {
    @Test("the chair moves to an item, the clerk records a roll call and a reservation, the member sees the outcome and cannot edit it")
    func chairClerkMember() throws {
        let chair = try TmuxSession.demo(arguments: ["--as", "karin-holmberg"], height: 40)
        let store = try #require(chair.store)
        // Before the meeting Leila Haddad shares her own proposal on item 7; Per-Olof Sandberg keeps his private.
        for (member, shared) in [("leila-haddad", true), ("per-olof-sandberg", false)] {
            let set = try DocketProcess.run(["positions", "set", store, "--meeting", "2026-12-10", "--matter", "SN-2026-0097", "--stance", "own",
                                             "--kind", "amendment", "--text", "att bifalla motionen", "--as", member] + (shared ? ["--shared"] : []))
            #expect(set.status == 0, "\(set.standardError)")
        }
        let clerk = try TmuxSession(store: store, arguments: ["--as", "eva-lundgren"], height: 40)
        let member = try TmuxSession(store: store, arguments: ["--as", "leila-haddad"], height: 40)
        for session in [chair, clerk, member] { try session.waitFor("Upcoming") }

        // Before the first item: everyone with a seat is present.
        try clerk.send("Enter", "R", "*")
        try clerk.waitFor("11 marked present")
        try clerk.send("Escape")

        try chair.send("L", "y", "J")
        try chair.type("7")
        try chair.send("Enter")
        try chair.waitFor("LIVE · item 7")
        for session in [clerk, member] {
            try session.waitFor("in progress", "LIVE · item 7", timeout: 5)
            try session.send("F")
            try session.waitFor("7. Svar på motion om fler platser i skyddat boende", timeout: 5)
        }

        // The agenda's proposal; Leila Haddad's shared amendment with one key (the only position offered);
        // Per-Olof Sandberg's rejection typed in.
        try clerk.send("r", "a")
        try clerk.waitFor("Recorded: Socialförvaltningens")
        try clerk.send("r", "p")
        try clerk.waitFor("1 Amendment by Leila Haddad (S): att bifalla motionen", "2 Another proposal, typed now…")
        try clerk.send("1")
        try clerk.waitFor("Recorded: Amendment by Leila Haddad (S)")
        try clerk.putTypedRejection("att avslå motionen")
        // Ja for the agenda's proposal, nej for Leila Haddad's amendment; eleven answer, the chair last.
        try clerk.startRollCall()
        try clerk.send("j", "j", "n", "j", "n", "j", "n", "j", "j")
        try clerk.waitFor("6 ja · 3 nej · 0 avstår · 2 to answer")
        try clerk.send("n", "j")
        try clerk.waitFor("Vote recorded: 7 ja, 4 nej")
        // Leila Haddad (fourth of those taking part, in the store's order) reserves in favour of her amendment, in writing.
        try clerk.send("r", "r")
        try clerk.type("leila")
        try clerk.send("Enter", "2", "y")
        try clerk.waitFor("Reservation recorded")

        try member.send("6")
        try member.waitFor("Vote 1: yes for Socialförvaltningens förslag till beslut", "7 yes, 4 no, 0 abstaining",
                           "Reservation by Leila Haddad (S) in favour of Amendment by", timeout: 5)
        try member.send("r")
        try member.waitFor("Only the clerk records outcomes")

        let log = try DocketProcess.run(["log", store, "--meeting", "2026-12-10"])
        #expect(log.status == 0, "\(log.standardError)")
        let clerkLines = log.standardOutput.split(separator: "\n").filter { $0.contains("Eva Lundgren recorded") }
        #expect(clerkLines.filter { $0.contains("recorded a vote") }.count == 12, "the vote's start and each of eleven answers")
        #expect(clerkLines.contains { $0.contains("recorded a reservation") })
        #expect(try DocketProcess.run(["validate", store]).status == 0)
        for session in [chair, clerk, member] { try session.send("Q") }
        try chair.waitFor(TmuxSession.marker + "0]")
    }
}

extension ClerkEndToEndTests {
    @Test("the clerk records a party group's yrkande, a counter-proposal chosen by a counted vote and the main vote; the minutes print them")
    func counterProposalByCounts() throws {
        let clerk = try TmuxSession.demo(arguments: ["--as", "eva-lundgren"], height: 40)
        let store = try #require(clerk.store)
        try clerk.waitFor("Upcoming")
        try clerk.send("Enter", "R", "*")
        try clerk.waitFor("11 marked present")
        try clerk.send("Escape", "j", "j", "j", "j", "j", "j", "Enter")
        try clerk.waitFor("7. Svar på motion om fler platser i skyddat boende")

        try clerk.send("r", "a")
        try clerk.waitFor("Recorded: Socialförvaltningens")
        // Leila Haddad's amendment, then one moved by the V group: the party rows follow the members in the picker.
        try clerk.putTypedAmendment(by: "leila", "att gälla från mars")
        try clerk.waitFor("Recorded: Amendment by Leila Haddad (S)")
        try clerk.putTypedAmendment(by: "(party", then: ["Down", "Down"], "att gälla från april")
        try clerk.waitFor("Recorded: Amendment by V")

        // The counter-proposal: Leila Haddad's amendment (ja) against the V group's (nej), by counts; k says what the vote chose.
        try clerk.countVote(yes: "2", no: "2", "4 2 5")
        try clerk.waitFor("4 ja, 2 nej")
        try clerk.send("r", "k")
        try clerk.waitFor("The last proposition chose the counter-proposal")
        // The main vote: the amendment (ja) against the agenda's proposal (nej), 6–5; b decides as it went.
        try clerk.countVote(yes: "2", no: "1", "6 5 0")
        try clerk.waitFor("6 ja, 5 nej")
        try clerk.send("r", "b")
        try clerk.waitFor("Decision recorded: adopted with amendments")

        #expect(try DocketProcess.run(["validate", store]).status == 0)
        let minutes = try DocketProcess.run(["minutes", store, "--meeting", "2026-12-10", "--item", "7"])
        #expect(minutes.status == 0, "\(minutes.standardError)")
        for line in ["V yrkar att gälla från april.",
                     "och finner att ändringsyrkandet från Leila Haddad (S) utses till motförslag. Votering begärs.",
                     "Med 4 ja-röster mot 2 nej-röster (5 avstår) utses ändringsyrkandet från Leila Haddad (S) till motförslag i huvudvoteringen.",
                     "Med 6 ja-röster mot 5 nej-röster beslutar socialnämnden enligt ändringsyrkandet från Leila Haddad (S)."] {
            #expect(minutes.standardOutput.contains(line), "\(line)\n\(minutes.standardOutput)")
        }
        try clerk.send("Q")
        try clerk.waitFor(TmuxSession.marker + "0]")
    }
}
