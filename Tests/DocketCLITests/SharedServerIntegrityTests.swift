import Foundation
import Glibc
import Testing

/// The shared server holds against its own members: a file one member makes in
/// another's name is never used and never laundered by `access --apply`, a stray
/// file stops nobody, and the chair who gets a meeting's live file is that meeting's.
@Suite("A shared server against its own members", .serialized,
       .enabled(if: SharedServer.canMakeAccounts, "needs root to make accounts, and a Docket other accounts can run"))
struct SharedServerIntegrityTests {
    static let forgedNote = """
        {"notes": [{"author": "nils-berg", "created": "2026-12-01T10:00:00+01:00", "id": "n-forged",
          "matter": "SN-2026-0412", "modified": "2026-12-01T10:00:00+01:00", "text": "Förfalskad anteckning"}]}
        """

    /// Adds Nils Berg to the committee with an account of his own, as the clerk would before `--apply` runs again.
    private func addNils(_ server: SharedServer) throws -> String {
        let account = server.tag + "nils"
        try SharedServer.run(["/usr/sbin/useradd", "--no-create-home", "--no-user-group", "--gid", server.group, "--shell", "/bin/sh", account])
        let path = server.store + "/committee.json"
        var committee = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        var members = committee["members"] as! [[String: Any]]
        members.append(["id": "nils-berg", "name": "Nils Berg", "login": account, "terms": [["from": "2026-12-01", "role": "member", "to": "2026-12-31"]]])
        committee["members"] = members
        try SharedServer.writeJSON(committee, to: path)
        return account
    }

    @Test("notes forged in a new member's name are not used, and --apply moves them aside instead of giving them to him")
    func forgedNotes() throws {
        let server = try SharedServer()
        let store = server.store
        #expect(try DocketProcess.run(["access", store, "--apply", "--group", server.group]).status == 0)
        let nils = try addNils(server)
        defer { _ = try? SharedServer.run(["/usr/sbin/userdel", "--force", nils]) }
        let forge = try server.shell("johan-ek", ["/bin/sh", "-c", "mkdir \(store)/members/nils-berg && cat > \(store)/members/nils-berg/notes.json <<'EOF'\n\(Self.forgedNote)\nEOF"])
        #expect(forge.status == 0, "\(forge.standardError)")

        let list = try server.docket("leila-haddad", ["notes", "list", store])
        #expect(list.status == 0, "\(list.standardError)")
        #expect(!list.standardOutput.contains("Förfalskad"))
        let validate = try DocketProcess.run(["validate", store])
        #expect(validate.status == 65)
        #expect(validate.standardError.contains("members/nils-berg/notes.json: made by the account \(server.account("johan-ek")), not by the account \(nils)"),
                "\(validate.standardError)")

        let applied = try DocketProcess.run(["access", store, "--apply", "--group", server.group])
        #expect(applied.standardOutput.contains("members/nils-berg: made by the account \(server.account("johan-ek")), who may not write it: moved aside to .set-aside/"),
                "\(applied.standardOutput)")
        #expect(!FileManager.default.fileExists(atPath: store + "/members/nils-berg/notes.json"))
        let owner = try FileManager.default.attributesOfItem(atPath: store + "/members/nils-berg")[.ownerAccountName] as? String
        #expect(owner == nils)
        let aside = try FileManager.default.contentsOfDirectory(atPath: store + "/.set-aside")
        #expect(aside.count == 1 && aside[0].hasPrefix("members__nils-berg.made-by-\(server.account("johan-ek"))."))
        #expect(try DocketProcess.run(["validate", store]).status == 0)
    }

    @Test("a record a member makes in a meeting's folder is moved aside by --apply, never given to the clerk")
    func forgedRecord() throws {
        let server = try SharedServer()
        let store = server.store
        #expect(try DocketProcess.run(["access", store, "--apply", "--group", server.group]).status == 0)
        let record = store + "/meetings/2026-12-10/record.json"
        let forge = try server.shell("johan-ek", ["/bin/sh", "-c", "echo '{\"meeting\": \"2026-12-10\", \"items\": []}' > \(record)"])
        #expect(forge.status == 0, "\(forge.standardError)")
        let applied = try DocketProcess.run(["access", store, "--apply", "--group", server.group])
        #expect(applied.standardOutput.contains("meetings/2026-12-10/record.json: made by the account \(server.account("johan-ek")), who may not write it: moved aside"),
                "\(applied.standardOutput)")
        #expect(!FileManager.default.fileExists(atPath: record))
    }

    @Test("a stray file in a meeting's folder, or a member's folder replaced by a link, stops no command; validate and access report it")
    func straysStopNothing() throws {
        let server = try SharedServer()
        let store = server.store
        #expect(try DocketProcess.run(["access", store, "--apply", "--group", server.group]).status == 0)
        #expect(try server.shell("johan-ek", ["/bin/sh", "-c", ": > \(store)/meetings/2026-12-10/empty"]).status == 0)
        let link = try server.shell("johan-ek", ["/bin/sh", "-c", "mv \(store)/members/johan-ek \(store)/members/.old && ln -s /tmp \(store)/members/johan-ek"])
        #expect(link.status == 0, "\(link.standardError)")
        for member in ["leila-haddad", "eva-lundgren", "karin-holmberg"] {
            let list = try server.docket(member, ["notes", "list", store])
            #expect(list.status == 0, "\(member): \(list.standardError)")
            let positions = try server.docket(member, ["positions", "list", store, "--meeting", "2026-12-10"])
            #expect(positions.status == 0, "\(member): \(positions.standardError)")
        }
        let minutes = try server.docket("eva-lundgren", ["minutes", store, "--meeting", "2026-10-22"])
        #expect(minutes.status == 0, "\(minutes.standardError)")
        let validate = try DocketProcess.run(["validate", store])
        #expect(validate.status == 65)
        #expect(validate.standardError.contains("meetings/2026-12-10/empty: unexpected file"))
        #expect(validate.standardError.contains("members/johan-ek: a symbolic link where a member's folder belongs: not used"))
        let access = try DocketProcess.run(["access", store])
        #expect(access.standardOutput.contains("meetings/2026-12-10/empty: unexpected file"), "\(access.standardOutput)")
    }

    @Test("--apply makes a meeting's live file for the chair of that meeting's date; a meeting added under umask 022 is one the chair can preside at")
    func chairOfTheDate() throws {
        let server = try SharedServer()
        let store = server.store
        // Karin chaired until November; Johan chairs from December on.
        let path = store + "/committee.json"
        var committee = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        committee["members"] = (committee["members"] as! [[String: Any]]).map { member in
            var member = member
            switch member["id"] as! String {
            case "karin-holmberg":
                member["terms"] = [["from": "2023-01-01", "role": "chair", "to": "2026-11-30"], ["from": "2026-12-01", "role": "member", "to": "2026-12-31"]]
            case "johan-ek":
                member["terms"] = [["from": "2023-01-01", "role": "member", "to": "2026-11-30"], ["from": "2026-12-01", "role": "chair", "to": "2099-12-31"]]
            default: break
            }
            return member
        }
        try SharedServer.writeJSON(committee, to: path)
        try FileManager.default.removeItem(atPath: store + "/meetings/2026-10-22/live.json")
        let applied = try DocketProcess.run(["access", store, "--apply", "--group", server.group])
        #expect(applied.status == 0, "\(applied.standardOutput)\(applied.standardError)")
        let past = try FileManager.default.attributesOfItem(atPath: store + "/meetings/2026-10-22/live.json")[.ownerAccountName] as? String
        #expect(past == server.account("karin-holmberg"), "the chair on 2026-10-22")
        let coming = try FileManager.default.attributesOfItem(atPath: store + "/meetings/2026-12-10/live.json")[.ownerAccountName] as? String
        #expect(coming == server.account("johan-ek"), "the chair on 2026-12-10")
        #expect(try DocketProcess.run(["validate", store]).status == 0)

        let added = try server.shell("eva-lundgren", ["/bin/sh", "-c", "umask 022 && \(DocketProcess.binary) meeting add \(store) --date 2027-01-21 --time 13:00 --place Stadshuset"])
        #expect(added.status == 0, "\(added.standardError)")
        let mode = try FileManager.default.attributesOfItem(atPath: store + "/meetings/2027-01-21")[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o7777 } == 0o3775)
        let presides = try server.shell("johan-ek", ["/bin/sh", "-c", ": > \(store)/meetings/2027-01-21/.can-make-files"])
        #expect(presides.status == 0, "the chair makes files in the new meeting's folder: \(presides.standardError)")
    }
}
