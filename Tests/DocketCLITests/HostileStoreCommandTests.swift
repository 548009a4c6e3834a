import Foundation
import Glibc
import Testing

/// Stores made hostile on purpose: nothing may hang, and the command names the file.
@Suite("Hostile stores on the command line")
struct HostileStoreCommandTests {
    private static func demo() throws -> String {
        let folder = DocketProcess.temporaryFolder()
        #expect(try DocketProcess.run(["demo", "-o", folder]).status == 0)
        return folder
    }

    @Test("a named pipe in place of a store file: every command answers 65 at once and names it", arguments: [
        "members/johan-ek/notes.json", "meetings/2026-12-10/record.json", "journal/eva-lundgren.jsonl", "matters/hearing-om-spelberoende.json",
    ])
    func namedPipe(file: String) throws {
        let store = try Self.demo()
        let data = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: store); try? FileManager.default.removeItem(atPath: data) }
        let path = store + "/" + file
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: path)
        #expect(mkfifo(path, 0o644) == 0)
        let environment = ["XDG_DATA_HOME": data]
        let commands: [[String]] = [
            ["validate", store],
            ["notes", "list", store, "--as", "johan-ek"],
            ["log", store],
        ]
        // The journals are read by validate and log; the rest by every command.
        for command in commands where (command[0] == "log") == file.hasPrefix("journal/") || command[0] == "validate" {
            let outcome = try DocketProcess.run(command, environment: environment, seconds: 20)
            #expect(outcome.status == 65, "\(command): \(outcome.status) \(outcome.standardError)")
            #expect(outcome.standardError.contains("\(path): is not a regular file"), "\(command): \(outcome.standardError)")
        }
        if file.hasPrefix("members/") {
            let add = try DocketProcess.run(["notes", "add", store, "--as", "johan-ek", "--matter", "SN-2026-0412", "--text", "Fråga", "--shared"],
                                            environment: environment, seconds: 20)
            #expect(add.status != DocketProcess.timedOut && add.status != 0, "\(add.standardError)")
            #expect(add.standardError.contains("is not a regular file"), "\(add.standardError)")
        }
        var status = stat()
        #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "the pipe is left as it was")
    }
}

/// Text from the store is untrusted: no command may print it as control characters.
@Suite("Inert output of every command")
struct InertOutputTests {
    /// ESC (an OSC 52 clipboard write and a title change), a C1 CSI, bidi overrides and isolates, a bell.
    static let hostile = "Titel\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{1B}]0;pwned\u{07}\u{9B}31m\u{202E}abc\u{2066}x\u{2069}\u{0D}slut"

    /// C0 other than LF and TAB, DEL, C1, U+202A–U+202E, U+2066–U+2069.
    static func unsafeScalars(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A, 0x09: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
    }

    /// JSON-escaped, for writing the hostile text into a store file by hand.
    static var hostileJSON: String {
        hostile.unicodeScalars.map { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x2069).contains(scalar.value)
                ? String(format: "\\u%04x", scalar.value) : String(scalar)
        }.joined()
    }

    @Test("export, list, log, minutes, validate and errors print control characters inert, to a file as to a terminal")
    func everyCommand() throws {
        let demo = try DemoWithData()
        let (store, data, environment) = (demo.store, demo.data, demo.environment)
        // A matter of both meetings gets the hostile title; a member shares a hostile note.
        for matter in ["hearing-om-spelberoende", "delarsrapport-augusti"] {
            let file = "\(store)/matters/\(matter).json"
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let range = try #require(text.range(of: #"\n  "title": "[^"]*""#, options: .regularExpression))
            try text.replacingCharacters(in: range, with: "\n  \"title\": \"\(Self.hostileJSON)\"").write(toFile: file, atomically: true, encoding: .utf8)
        }
        let add = try DocketProcess.run(["notes", "add", store, "--as", "johan-ek", "--matter", "SN-2026-0412", "--text", Self.hostile, "--shared"],
                                        environment: environment)
        #expect(add.status == 0, "\(add.standardError)")
        let journal = "{\"action\":\"record-vote\",\"meeting\":\"2026-10-22\",\"person\":\"eva-lundgren\",\"summary\":\"\(Self.hostileJSON)\",\"time\":\"2026-10-22T10:00:00+02:00\"}\n"
        try FileManager.default.createDirectory(atPath: store + "/journal", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: store + "/journal/eva-lundgren.jsonl", contents: Data(journal.utf8))

        let commands: [[String]] = [
            ["notes", "export", store, "--as", "johan-ek", "--meeting", "2026-12-10", "--format", "text", "--with-shared"],
            ["notes", "export", store, "--as", "johan-ek", "--meeting", "2026-12-10", "--format", "markdown", "--with-shared"],
            ["notes", "list", store, "--as", "leila-haddad"],
            ["notes", "list", store, "--as", "leila-haddad", "--json"],
            ["positions", "list", store, "--as", "johan-ek", "--meeting", "2026-12-10"],
            ["log", store],
            ["minutes", store, "--meeting", "2026-10-22", "--format", "text"],
            ["minutes", store, "--meeting", "2026-10-22", "--format", "markdown"],
            ["minutes", store, "--meeting", "2026-10-22", "--format", "html"],
            ["notes", "list", store, "--as", "leila-haddad", "--meeting", Self.hostile],
        ]
        for command in commands {
            let outcome = try DocketProcess.run(command, environment: environment)
            #expect(Self.unsafeScalars(in: outcome.standardOutput).isEmpty, "\(command) printed \(Self.unsafeScalars(in: outcome.standardOutput))")
            #expect(Self.unsafeScalars(in: outcome.standardError).isEmpty, "\(command) printed \(Self.unsafeScalars(in: outcome.standardError)) on stderr")
        }
        let exported = try DocketProcess.run(commands[0], environment: environment)
        #expect(exported.standardOutput.contains("Titel\\u{1B}]52;c;"), "the text is shown, escaped: \(exported.standardOutput)")
        let json = try DocketProcess.run(commands[3], environment: environment)
        #expect(json.standardOutput.contains("Titel\\u001b]52;c;"), "JSON escapes keep the value: \(json.standardOutput)")

        // The minutes written to a file, and validate's messages about a damaged file.
        let minutesFile = data + "/minutes.md"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        #expect(try DocketProcess.run(["minutes", store, "--meeting", "2026-10-22", "--output", minutesFile], environment: environment).status == 0)
        #expect(Self.unsafeScalars(in: try String(contentsOfFile: minutesFile, encoding: .utf8)).isEmpty)
        let committee = "\(store)/committee.json"
        let text = try String(contentsOfFile: committee, encoding: .utf8)
        let range = try #require(text.range(of: #""role": "chair""#))
        try text.replacingCharacters(in: range, with: "\"role\": \"\(Self.hostileJSON)\"").write(toFile: committee, atomically: true, encoding: .utf8)
        let validate = try DocketProcess.run(["validate", store])
        #expect(validate.status == 65)
        #expect(validate.standardError.contains("Titel"), "\(validate.standardError)")
        #expect(Self.unsafeScalars(in: validate.standardError).isEmpty)
    }
}

@Suite("The command line is as strict as the interface")
struct StrictCommandLineTests {
    @Test("empty notes, unknown meetings, options that do not belong, a bare group, an unknown help topic: each exits 64 with a message")
    func refusals() throws {
        let demo = try DemoWithData()
        let (store, environment) = (demo.store, demo.environment)
        let cases: [([String], String)] = [
            (["notes", "add", store, "--as", "johan-ek", "--matter", "SN-2026-0412", "--text", ""], "the note's text is empty"),
            (["notes", "add", store, "--as", "johan-ek", "--matter", "SN-2026-0412", "--text", " \n\t "], "the note's text is empty"),
            (["log", store, "--meeting", "nope"], "no meeting with id \"nope\"; the ids are: 2026-10-22, 2026-12-10"),
            (["positions", "set", store, "--as", "johan-ek", "--meeting", "2026-12-10", "--matter", "SN-2026-0412",
              "--stance", "support", "--kind", "amendment"], "--kind and --text belong to --stance own only"),
            (["positions", "set", store, "--as", "johan-ek", "--meeting", "2026-12-10", "--matter", "SN-2026-0412",
              "--stance", "own", "--kind", "amendment"], "--stance own needs --kind and --text"),
            (["positions", "set", store, "--as", "johan-ek", "--meeting", "2026-12-10", "--matter", "SN-2026-0412",
              "--stance", "maybe"], "Please provide one of 'support', 'oppose', 'abstain', 'own' or 'none'"),
            (["notes", "export", store, "--as", "johan-ek", "--meeting", "2026-12-10", "--format", "pdf"], "Please provide one of 'markdown' and 'text'"),
            (["minutes", store, "--meeting", "2026-10-22", "--format", "pdf"], "Please provide one of 'markdown', 'html' or 'text'"),
            (["minutes", store, "--meeting", "2026-10-22", "--output", store + "/committee.json"], "is inside the store"),
            (["minutes", store, "--meeting", "2026-10-22", "--output", store + "/meetings/../x.md"], "is inside the store"),
            (["notes"], "name what to do: add, list or export"),
            (["positions"], "name what to do: set or list"),
            (["help", "nosuch"], "there is no command \"nosuch\""),
        ]
        let committee = try Data(contentsOf: URL(fileURLWithPath: store + "/committee.json"))
        for (arguments, message) in cases {
            let outcome = try DocketProcess.run(arguments, environment: environment)
            #expect(outcome.status == 64, "\(arguments): \(outcome.status) \(outcome.standardError)")
            #expect(outcome.standardError.contains(message), "\(arguments): \(outcome.standardError)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/committee.json")) == committee)
        #expect(try DocketProcess.run(["notes", "list", store, "--as", "johan-ek"], environment: environment).standardOutput.isEmpty)
    }

    @Test("--text=VALUE keeps a value that begins with a combining mark")
    func combiningMark() throws {
        let demo = try DemoWithData()
        let (store, environment) = (demo.store, demo.environment)
        let add = try DocketProcess.run(["notes", "add", store, "--as", "johan-ek", "--matter", "SN-2026-0412", "--text=\u{301}accent och å"],
                                        environment: environment)
        #expect(add.status == 0, "\(add.standardError)")
        let list = try DocketProcess.run(["notes", "list", store, "--as", "johan-ek", "--json"], environment: environment)
        #expect(list.standardOutput.contains("\"text\": \"\u{301}accent och å\""), "\(list.standardOutput)")
    }
}

@Suite("Private data belongs to one store")
struct StoreIdentityTests {
    private static func storeID(_ store: String) throws -> String {
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: store + "/docket.json"))) as? [String: Any]
        return try #require(manifest?["storeId"] as? String)
    }

    @Test("every new store gets its own id; a copied folder (the same id) is told so and keeps its private notes apart")
    func freshIdsAndCopies() throws {
        let (first, second, copy) = (DocketProcess.temporaryFolder(), DocketProcess.temporaryFolder(), DocketProcess.temporaryFolder())
        let data = DocketProcess.temporaryFolder()
        defer { for folder in [first, second, copy, data] { try? FileManager.default.removeItem(atPath: folder) } }
        #expect(try DocketProcess.run(["demo", "-o", first]).status == 0)
        #expect(try DocketProcess.run(["demo", "-o", second]).status == 0)
        #expect(try Self.storeID(first) != Self.storeID(second))
        #expect(try Self.storeID(first).hasPrefix("store-"))
        #expect(try DocketProcess.run(["validate", first]).status == 0)

        let environment = ["XDG_DATA_HOME": data]
        let add = try DocketProcess.run(["notes", "add", first, "--as", "johan-ek", "--matter", "SN-2026-0412", "--text", "Privat fråga"],
                                        environment: environment)
        #expect(add.status == 0, "\(add.standardError)")
        #expect(try DocketProcess.run(["notes", "list", first, "--as", "johan-ek"], environment: environment).standardOutput.contains("Privat fråga"))
        #expect(try DocketProcess.run(["notes", "list", second, "--as", "johan-ek"], environment: environment).standardOutput.isEmpty)

        try FileManager.default.copyItem(atPath: first, toPath: copy)
        let inCopy = try DocketProcess.run(["notes", "list", copy, "--as", "johan-ek"], environment: environment)
        #expect(inCopy.status == 0)
        #expect(inCopy.standardOutput.isEmpty, "the copy does not show the original's private notes: \(inCopy.standardOutput)")
        #expect(inCopy.standardError.contains("this folder is a copy of the store in \(first)"), "\(inCopy.standardError)")
        #expect(try DocketProcess.run(["notes", "list", first, "--as", "johan-ek"], environment: environment).standardOutput.contains("Privat fråga"))
    }
}

/// A fresh demo store and a private data folder of its own, both removed when the test is done.
final class DemoWithData {
    let store = DocketProcess.temporaryFolder()
    let data = DocketProcess.temporaryFolder()
    var environment: [String: String] { ["XDG_DATA_HOME": data] }

    init() throws {
        let written = try DocketProcess.run(["demo", "-o", store])
        try #require(written.status == 0, "\(written.standardError)")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: store)
        try? FileManager.default.removeItem(atPath: data)
    }
}

@Suite("Writes past the file size limit")
struct FileSizeLimitTests {
    @Test("ulimit -f: the note fails with a message (not SIGXFSZ), no temporary file is left, and the note file is as it was")
    func fileSizeLimit() throws {
        let demo = try DemoWithData()
        let note = String(repeating: "lång anteckning ", count: 400)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 1; exec \"$0\" notes add \"$1\" --as johan-ek --matter SN-2026-0412 --text \"$2\"",
                             DocketProcess.binary, demo.store, note]
        process.environment = ProcessInfo.processInfo.environment.merging(demo.environment) { $1 }
        let error = Pipe()
        process.standardError = error
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "not killed by a signal")
        #expect(process.terminationStatus == 73, "\(message)")
        #expect(message.contains("filstorleksgränsen, ulimit -f"), "in the committee's language: \(message)")
        let leftovers = FileManager.default.enumerator(atPath: demo.data)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".tmp") } ?? []
        #expect(leftovers.isEmpty, "\(leftovers)")
        let list = try DocketProcess.run(["notes", "list", demo.store, "--as", "johan-ek"], environment: demo.environment)
        #expect(list.status == 0 && list.standardOutput.isEmpty)
    }
}

@Suite("Who you are in a shared store")
struct SharedStoreIdentityTests {
    static var login: String { getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? "?" }

    @Test("the account decides: --as naming someone else is refused (64), $USER changes nothing, an unknown account is read-only")
    func accountDecides() throws {
        let demo = try DemoWithData()
        // The demo made a shared store: no demo stand-in, and this account is Johan Ek's login.
        let manifest = demo.store + "/docket.json"
        try String(contentsOfFile: manifest, encoding: .utf8).replacingOccurrences(of: "\"demo\": true,\n", with: "")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        // This account made the past meeting's record and live file, and is about to be Johan Ek, who may write neither.
        for file in ["record.json", "live.json"] { try FileManager.default.removeItem(atPath: demo.store + "/meetings/2026-10-22/" + file) }
        let add = ["notes", "add", demo.store, "--matter", "SN-2026-0412", "--text", "Fråga", "--shared"]
        let unknown = try DocketProcess.run(add, environment: demo.environment)
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("Read-only: your login \"\(Self.login)\" is no member's login"), "\(unknown.standardError)")
        #expect(!unknown.standardError.contains("eva-lundgren"), "no ids are listed")

        let committee = demo.store + "/committee.json"
        try String(contentsOfFile: committee, encoding: .utf8).replacingOccurrences(of: "\"login\": \"johan\"", with: "\"login\": \"\(Self.login)\"")
            .write(toFile: committee, atomically: true, encoding: .utf8)
        #expect(try DocketProcess.run(["validate", demo.store]).status == 0)
        let asOther = try DocketProcess.run(add + ["--as", "eva-lundgren"], environment: demo.environment)
        #expect(asOther.status == 64)
        #expect(asOther.standardError.contains("you are logged in as \"\(Self.login)\", that is Johan Ek: in this shared store --as and DOCKET_USER can only name yourself, not \"eva-lundgren\""),
                "\(asOther.standardError)")
        let viaVariable = try DocketProcess.run(add, environment: demo.environment.merging(["DOCKET_USER": "karin-holmberg"]) { $1 })
        #expect(viaVariable.status == 64)
        let asSelf = try DocketProcess.run(add + ["--as", "johan-ek"], environment: demo.environment.merging(["USER": "eva"]) { $1 })
        #expect(asSelf.status == 0, "\(asSelf.standardError)")
        let list = try DocketProcess.run(["notes", "list", demo.store, "--json"], environment: demo.environment.merging(["USER": "eva"]) { $1 })
        #expect(list.standardOutput.contains("\"author\": \"johan-ek\""), "\(list.standardOutput)")
        #expect(!list.standardOutput.contains("\"author\": \"eva-lundgren\""))
    }
}

@Suite("docket init")
struct InitCommandTests {
    @Test("an empty, valid store with its own id; who people are is asked, or given, never guessed")
    func initStore() throws {
        let folder = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let unasked = try DocketProcess.run(["init", folder, "--committee", "Socialnämnden", "--municipality", "Åsbro kommun"])
        #expect(unasked.status == 64)
        #expect(unasked.standardError.contains("--identity accounts (a shared store) or --identity local (yours alone)"))
        #expect(!FileManager.default.fileExists(atPath: folder))
        let made = try DocketProcess.run(["init", folder, "--committee", "Socialnämnden", "--municipality", "Åsbro kommun", "--identity", "accounts"])
        #expect(made.status == 0, "\(made.standardError)")
        let validate = try DocketProcess.run(["validate", folder])
        #expect(validate.standardOutput == "\(folder): valid store of Socialnämnden, Åsbro kommun: 0 meetings, 0 agenda items, 0 matters, 0 members\n")
        let manifest = try String(contentsOfFile: folder + "/docket.json", encoding: .utf8)
        #expect(manifest.contains("\"identity\": \"accounts\"") && manifest.contains("\"storeId\": \"store-"))
        #expect(try String(contentsOfFile: folder + "/committee.json", encoding: .utf8).contains("\"id\": \"socialnamnden\""))
        #expect(try DocketProcess.run(["init", folder, "--committee", "X", "--municipality", "Y", "--identity", "local"]).status == 73, "not over a store")
    }

    @Test("on a terminal, init asks whether the store is shared or one person's, in Swedish")
    func asks() throws {
        let folder = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try TmuxSession(arguments: ["init", folder, "--committee", "Kulturnämnden", "--municipality", "Åsbro kommun"],
                                      environment: ["LC_ALL": "C.UTF-8", "DOCKET_LANG": "sv"])
        try session.waitFor("eller är det bara ditt på den här datorn (l)? [a/l]")
        try session.type("l")
        try session.send("Enter")
        try session.waitFor("bara ditt: --as anger ledamoten", TmuxSession.marker + "0]")
        #expect(try String(contentsOfFile: folder + "/docket.json", encoding: .utf8).contains("\"identity\": \"local\""))
    }
}

@Suite("Output that cannot be written")
struct OutputFailureTests {
    @Test("a full disk behind standard output is said (74); a reader that went away ends the command quietly, never a crash")
    func unwritableOutput() throws {
        let demo = try DemoWithData()
        let full = try DocketProcess.runCommand(["/bin/bash", "-c", "\"$0\" minutes \"$1\" --meeting 2026-10-22 > /dev/full", DocketProcess.binary, demo.store])
        #expect(full.status == 74, "\(full.standardError)")
        #expect(full.standardError.contains("the output could not be written: No space left on device"))
        for _ in 0..<5 {
            let closed = try DocketProcess.runCommand(["/bin/bash", "-c", "\"$0\" minutes \"$1\" --meeting 2026-10-22 | true; echo \"${PIPESTATUS[0]}\"",
                                                       DocketProcess.binary, demo.store])
            let status = closed.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(status == "0" || status == "141", "exit \(status): \(closed.standardError)")
            #expect(closed.standardError.isEmpty, "\(closed.standardError)")
        }
    }
}
