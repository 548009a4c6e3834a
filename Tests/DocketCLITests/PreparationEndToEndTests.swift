import Foundation
import Testing

/// A new store prepared from the command line, its agenda arranged by the clerk in a real terminal.
@Suite("Preparing a meeting end to end in tmux", .serialized)
struct PreparationEndToEndTests {
    @Test("init, a clerk, a meeting and a report; in the interface the clerk puts a matter on, takes an item off and sends the notice")
    func arrangedInTheInterface() throws {
        let root = FileManager.default.temporaryDirectory.path + "/docket-prep-e2e-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root); try? FileManager.default.removeItem(atPath: root + "/store-data") }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let store = root + "/store"
        let environment = ["XDG_DATA_HOME": store + "-data"]
        for arguments in [["init", store, "--committee", "Socialnämnden", "--municipality", "Åsbro kommun", "--identity", "local"],
                          ["member", "add", store, "--name", "Eva Lundgren", "--role", "clerk", "--from", "2020-01-01"],
                          ["meeting", "add", store, "--date", "2099-02-04", "--time", "13:00", "--place", "Stadshuset"]] {
            let outcome = try DocketProcess.run(arguments, environment: environment)
            #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
        }
        let report = root + "/rapport.txt"
        try "SOCIALFÖRVALTNINGEN\n\nTJÄNSTESKRIVELSE\n2099-01-10\nDnr: SN-2099-0012\n\nTill Socialnämnden\n\nBudgetramar för 2100\n\nFörslag till beslut\n\natt fastställa budgetramarna.\n"
            .write(toFile: report, atomically: true, encoding: .utf8)
        #expect(try DocketProcess.run(["import", "report", report, "--store", store], environment: environment).status == 0)

        let clerk = try TmuxSession(store: store, arguments: ["--as", "eva-lundgren"])
        try clerk.waitFor("Upcoming")
        try clerk.send("Enter")
        try clerk.waitFor("agenda being prepared (K: sent)", "3  Godkännande av dagordningen")
        try clerk.send("G", "+")
        try clerk.type("SN-2099-0012")
        try clerk.send("Enter")
        try clerk.waitFor("Put on the agenda as item 4", "Budgetramar för 2100")
        try clerk.send("g", "j", "x")
        try clerk.waitFor("Item 2 taken off the agenda")
        try clerk.send("K")
        try clerk.waitFor("Send the notice now?")
        try clerk.send("y")
        try clerk.waitFor("The agenda is sent with the notice")

        let meeting = try String(contentsOfFile: store + "/meetings/2099-02-04/meeting.json", encoding: .utf8)
        #expect(meeting.contains("\"sent\": \""))
        #expect(meeting.contains("\"matter\": \"sn-2099-0012\""))
        #expect(!meeting.contains("\"justerare\""))
        #expect(try DocketProcess.run(["validate", store], environment: environment).status == 0)

        // A meeting added from the command line while the interface is open appears in it.
        try clerk.send("Escape")
        let added = try DocketProcess.run(["meeting", "add", store, "--date", "2099-03-04", "--time", "13:00", "--place", "Stadshuset"],
                                          environment: environment)
        #expect(added.status == 0, "\(added.standardError)")
        try clerk.waitFor("A meeting was added: Wed 4 Mar 2099", "Wed 4 Mar 2099", timeout: 10)
        try clerk.send("j", "Enter")
        try clerk.waitFor("1  Mötets öppnande")
    }
}
