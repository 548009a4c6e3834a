import DocketRuntime
import Foundation
import Glibc
import Testing

/// A committee on one server: real accounts and a group, made for the test
/// (only as root) and removed after it; each person runs Docket as themselves.
final class SharedServer {
    /// Short and unique, so parallel runs and leftovers never collide.
    let tag = "dk" + String(UInt32.random(in: 10_000...99_999))
    var group: String { tag }
    let folder = DocketProcess.temporaryFolder()
    var store: String { folder + "/sn" }
    /// The store's member ids and the accounts made for them.
    let people: [String: String]

    /// Root, the account tools, and a Docket that other accounts can run (every folder above it open to them).
    static var canMakeAccounts: Bool {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd"),
              FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return false }
        var path = URL(fileURLWithPath: DocketProcess.binary).deletingLastPathComponent().path
        while path != "/" && !path.isEmpty {
            guard let mode = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, mode & 0o001 != 0 else { return false }
            path = (path as NSString).deletingLastPathComponent
        }
        return true
    }

    init() throws {
        people = ["eva-lundgren": "\(tag)eva", "karin-holmberg": "\(tag)karin", "leila-haddad": "\(tag)leila", "johan-ek": "\(tag)johan"]
        try Self.run(["/usr/sbin/groupadd", group])
        for account in people.values.sorted() {
            try Self.run(["/usr/sbin/useradd", "--no-create-home", "--no-user-group", "--gid", group, "--shell", "/bin/sh", account])
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let written = try DocketProcess.run(["demo", "-o", store])
        try #require(written.status == 0, "\(written.standardError)")
        // A shared store: no demo stand-in; the four people have their accounts as logins, nobody else has one.
        let manifestPath = store + "/docket.json"
        var manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: manifestPath))) as! [String: Any]
        manifest.removeValue(forKey: "demo")
        try Self.writeJSON(manifest, to: manifestPath)
        let committeePath = store + "/committee.json"
        var committee = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: committeePath))) as! [String: Any]
        committee["members"] = (committee["members"] as! [[String: Any]]).map { member in
            var member = member
            member["login"] = people[member["id"] as! String]
            return member
        }
        try Self.writeJSON(committee, to: committeePath)
        for account in people.values {
            let data = data(account)
            try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
            try Self.run(["/bin/chown", account, data])
            try Self.run(["/bin/chmod", "700", data])
        }
    }

    deinit {
        // --force: a terminal of the test may still be ending.
        for account in people.values { _ = try? Self.run(["/usr/sbin/userdel", "--force", account]) }
        _ = try? Self.run(["/usr/sbin/groupdel", group])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Each account's own data folder, for its private notes.
    func data(_ account: String) -> String { folder + "/data-" + account }

    func account(_ member: String) -> String { people[member]! }

    /// `docket ARGUMENTS` as the member's account.
    func docket(_ member: String, _ arguments: [String], environment: [String: String] = [:]) throws -> DocketProcess.Outcome {
        try shell(member, [DocketProcess.binary] + arguments, environment: environment)
    }

    /// Any command as the member's account, with its own data folder.
    func shell(_ member: String, _ command: [String], environment: [String: String] = [:]) throws -> DocketProcess.Outcome {
        let account = account(member)
        let assignments = ["XDG_DATA_HOME=\(data(account))", "HOME=\(data(account))", "LC_ALL=C.UTF-8"]
            + environment.map { "\($0.key)=\($0.value)" }
        return try DocketProcess.runCommand(["/usr/sbin/runuser", "-u", account, "--", "env"] + assignments + command, seconds: 30)
    }

    /// Docket in a terminal as the member's account.
    func terminal(_ member: String) throws -> TmuxSession {
        let account = account(member)
        return try TmuxSession(store: store, environment: ["XDG_DATA_HOME": data(account), "HOME": data(account)], width: 120, height: 40,
                               account: account)
    }

    @discardableResult
    static func run(_ command: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(command: command, output: text) }
        return text
    }

    struct Failure: Error {
        let command: [String]
        let output: String
    }

    /// Pretty-printed JSON: Docket reads any valid JSON, not only its own canonical form.
    static func writeJSON(_ object: [String: Any], to path: String) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try data.write(to: URL(fileURLWithPath: path))
    }
}

@Suite("A committee on one server, each person their own account", .serialized,
       .enabled(if: SharedServer.canMakeAccounts, "needs root to make accounts, and a Docket other accounts can run"))
struct SharedServerTests {
    @Test("access --apply makes the store match the roles; members share notes and see each other's, and cannot write each other's files")
    func membersAndFiles() throws {
        let server = try SharedServer()
        let store = server.store
        let before = try DocketProcess.run(["access", store, "--group", server.group])
        #expect(before.status == 65, "\(before.standardOutput)")
        #expect(before.standardOutput.contains("mismatch  members/leila-haddad: missing: --apply makes it"))
        let applied = try DocketProcess.run(["access", store, "--apply", "--group", server.group])
        #expect(applied.status == 0, "\(applied.standardOutput)\(applied.standardError)")
        #expect(applied.standardOutput.contains("changed  meetings/2026-12-10/record.json") == false)
        #expect(applied.standardOutput.contains("changed  meetings/2026-12-10/live.json: made, \(server.account("karin-holmberg")):\(server.group) 644"))
        #expect(applied.standardOutput.hasSuffix("everything matches the roles\n"), "\(applied.standardOutput)")
        let again = try DocketProcess.run(["access", store, "--apply", "--group", server.group])
        #expect(again.standardOutput.hasPrefix("nothing to change\n"), "idempotent: \(again.standardOutput)")

        let leila = try server.docket("leila-haddad", ["notes", "add", store, "--matter", "SN-2026-0412", "--text", "Leilas fråga", "--shared"])
        #expect(leila.status == 0, "\(leila.standardError)")
        let johan = try server.docket("johan-ek", ["notes", "add", store, "--matter", "SN-2026-0412", "--text", "Johans fråga", "--shared"],
                                      environment: ["USER": server.account("eva-lundgren")])
        #expect(johan.status == 0, "\(johan.standardError)")
        for member in ["leila-haddad", "johan-ek"] {
            let list = try server.docket(member, ["notes", "list", store])
            #expect(list.standardOutput.contains("shared by Leila Haddad") && list.standardOutput.contains("shared by Johan Ek"), "\(list.standardOutput)")
        }
        // Johan cannot be Leila, nor the clerk, nor write their files.
        let asLeila = try server.docket("johan-ek", ["notes", "add", store, "--as", "leila-haddad", "--matter", "SN-2026-0412", "--text", "x", "--shared"])
        #expect(asLeila.status == 64)
        #expect(asLeila.standardError.contains("that is Johan Ek: in this shared store --as and DOCKET_USER can only name yourself, not \"leila-haddad\""))
        let asClerk = try server.docket("johan-ek", ["notes", "list", store], environment: ["DOCKET_USER": "eva-lundgren"])
        #expect(asClerk.status == 64)
        for target in ["members/leila-haddad/notes.json", "members/leila-haddad/other.json", "meetings/2026-12-10/live.json",
                       "meetings/2026-12-10/meeting.json", "committee.json", "journal/leila-haddad.jsonl"] {
            let write = try server.shell("johan-ek", ["/bin/sh", "-c", "echo '{}' > \(store)/\(target)"])
            #expect(write.status != 0, "Johan wrote \(target)")
            #expect(write.standardError.contains("Permission denied"), "\(target): \(write.standardError)")
        }
        let replace = try server.shell("johan-ek", ["/bin/mv", "\(store)/members/johan-ek/notes.json", "\(store)/members/leila-haddad/notes.json"])
        #expect(replace.status != 0)
        #expect(try DocketProcess.run(["validate", store]).status == 0)
        let report = try DocketProcess.run(["access", store])
        #expect(report.status == 0, "\(report.standardOutput)")

        // A folder taken from its member: the refusal names whose file it is, and access names the fix.
        try SharedServer.run(["/bin/chown", server.account("eva-lundgren"), "\(store)/members/johan-ek"])
        let refused = try server.docket("johan-ek", ["notes", "add", store, "--matter", "SN-2026-0412", "--text", "Ny fråga", "--shared"])
        #expect(refused.status == 73)
        #expect(refused.standardError.contains("permission denied — notes.json belongs to \(server.account("johan-ek")) (the member, Johan Ek)"),
                "\(refused.standardError)")
        let broken = try DocketProcess.run(["access", store])
        #expect(broken.status == 65)
        #expect(broken.standardOutput.contains("mismatch  members/johan-ek: owned by \(server.account("eva-lundgren")), not \(server.account("johan-ek"))"))
    }

    @Test("the chair presides, the clerk records a roll call, a member follows, each as themselves; access reports no mismatch")
    func meetingEndToEnd() throws {
        let server = try SharedServer()
        let store = server.store
        #expect(try DocketProcess.run(["access", store, "--apply", "--group", server.group]).status == 0)
        let chair = try server.terminal("karin-holmberg")
        let clerk = try server.terminal("eva-lundgren")
        let member = try server.terminal("leila-haddad")
        try chair.waitFor("Karin Holmberg", "Upcoming")
        try clerk.waitFor("Eva Lundgren", "Upcoming")
        try member.waitFor("Leila Haddad", "Upcoming")

        try member.send(">")
        try member.waitFor("Only the chair or the vice chair standing in leads the meeting")
        try chair.send("L", "y")
        try chair.waitFor("LIVE · item 1 — Mötets öppnande")
        try member.waitFor("in progress", timeout: 5)
        try member.send("F")
        try chair.send(">", ">", ">")
        try member.waitFor("4. Verksamhetsplan och internbudget 2027", "LIVE · item 4", timeout: 5)

        // The clerk marks everyone present on the meeting's record; the member's r is refused.
        try clerk.send("Enter", "R", "*")
        try clerk.waitFor("11 marked present")
        try clerk.send("Escape")
        try member.send("r")
        try member.waitFor("Only the clerk records outcomes")

        // Item 7: the agenda's proposal against a rejection, decided by a roll call of eleven, 7–4.
        try chair.send("J")
        try chair.type("7")
        try chair.send("Enter")
        try clerk.waitFor("LIVE · item 7", timeout: 5)
        try clerk.send("F")
        try clerk.waitFor("7. Svar på motion om fler platser i skyddat boende", timeout: 5)
        try clerk.send("r", "a")
        try clerk.waitFor("Recorded: Socialförvaltningens")
        try clerk.putTypedRejection("att avslå motionen")
        try clerk.startRollCall()
        try clerk.send("j", "j", "n", "j", "n", "j", "n", "j", "j", "n", "j")
        try clerk.waitFor("Vote recorded: 7 ja, 4 nej")
        try member.send("6")
        try member.waitFor("7 yes, 4 no, 0 abstaining", timeout: 5)

        let record = try #require(FileManager.default.attributesOfItem(atPath: store + "/meetings/2026-12-10/record.json")[.ownerAccountName] as? String)
        #expect(record == server.account("eva-lundgren"))
        let live = try #require(FileManager.default.attributesOfItem(atPath: store + "/meetings/2026-12-10/live.json")[.ownerAccountName] as? String)
        #expect(live == server.account("karin-holmberg"))
        // The member cannot write the record the clerk made, nor replace the chair's live file.
        for target in ["meetings/2026-12-10/record.json", "meetings/2026-12-10/live.json"] {
            let write = try server.shell("leila-haddad", ["/bin/sh", "-c", "cp \(store)/meetings/2026-10-22/live.json \(store)/\(target)"])
            #expect(write.status != 0, "Leila wrote \(target)")
        }
        let log = try DocketProcess.run(["log", store, "--meeting", "2026-12-10"])
        #expect(log.standardOutput.contains("Karin Holmberg (S) opened the meeting"), "\(log.standardOutput)")
        #expect(log.standardOutput.contains("Eva Lundgren recorded attendance"), "\(log.standardOutput)")
        #expect(log.standardOutput.split(separator: "\n").filter { $0.contains("Eva Lundgren recorded a vote") }.count == 12)
        #expect(try DocketProcess.run(["validate", store]).status == 0)
        let report = try DocketProcess.run(["access", store])
        #expect(report.status == 0, "\(report.standardOutput)")
        #expect(report.standardOutput.hasSuffix("everything matches the roles\n"))
        for session in [chair, clerk, member] { try session.send("Q") }
        try chair.waitFor(TmuxSession.marker + "0]")
    }
}
