import Foundation
import Testing

/// A council's OParl data imported from the command line, then read in a real terminal.
@Suite("OParl imported and read end to end in tmux", .serialized)
struct OParlEndToEndTests {
    @Test("the imported meeting's agenda in its sections, a paper's path through other bodies, and the outcomes as the council recorded them")
    func importedMeeting() throws {
        let root = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = root + "/store"
        let environment = ["XDG_DATA_HOME": root + "/data"]
        let imported = try DocketProcess.run(["import", "oparl", OParlCommandTests.fixtures, "--store", store, "--organization", "1-2",
                                              "--identity", "local"], environment: environment)
        #expect(imported.status == 0, "\(imported.standardError)")

        let chair = try TmuxSession(store: store, environment: environment, arguments: ["--as", "dr-anna-schmidt"])
        try chair.waitFor("Past", "Tue 2 Mar 2021", "Rathaus, Sitzungssaal 2")
        try chair.send("j", "Enter")
        try chair.waitFor("Öffentliche Sitzung", "2.1  Parkraumkonzept", "13/2021", "Nichtöffentliche Sitzung", "conf")
        try chair.send("j", "Enter")
        try chair.waitFor("2. Radweg an der Hauptstraße", "12/2021")
        try chair.send("3")
        try chair.waitFor("reported", "Ausschuss für Umwelt und Verkehr", "2021-03-20", "Rat", "Entscheidung")
        try chair.send("6")
        try chair.waitFor("Der Ausschuss beschließt den Ausbau.")
        try chair.send("]", "6")
        try chair.waitFor("Result (as recorded): Ja: 12; Nein: 3; Enthaltungen: 1")
    }
}
