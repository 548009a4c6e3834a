import Foundation
import Testing

@Suite("The docket command")
struct CommandLineTests {
    @Test("demo --output writes a store that validate accepts")
    func demoThenValidate() throws {
        let folder = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let demo = try DocketProcess.run(["demo", "--output", folder])
        #expect(demo.status == 0, "\(demo.standardError)")
        let validate = try DocketProcess.run(["validate", folder])
        #expect(validate.status == 0, "\(validate.standardError)")
        #expect(validate.standardOutput == "\(folder): valid store of Socialnämnden, Åsbro kommun: 2 meetings, 24 agenda items, 14 matters, 15 members\n")
    }

    @Test("demo refuses a folder that is not empty", arguments: [false, true])
    func demoRefuses(twice: Bool) throws {
        let folder = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if twice {
            #expect(try DocketProcess.run(["demo", "-o", folder]).status == 0)
        } else {
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        }
        let again = try DocketProcess.run(["demo", "-o", folder])
        #expect(again.status == 73)
        #expect(again.standardError.contains("is not empty"))
    }

    @Test("a damaged file makes validate exit 65, name the file and change nothing", arguments: [
        "matters/hearing-om-spelberoende.json", "committee.json", "meetings/2026-12-10/meeting.json",
    ])
    func damaged(file: String) throws {
        let folder = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try DocketProcess.run(["demo", "-o", folder]).status == 0)
        let path = folder + "/" + file
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        // Truncated in the middle, then a text value changed to a number.
        try original.prefix(original.count / 2).write(to: URL(fileURLWithPath: path))
        let truncated = try snapshot(folder)
        let first = try DocketProcess.run(["validate", folder])
        #expect(first.status == 65)
        #expect(first.standardError.contains(path + ":"), "\(first.standardError)")
        #expect(try snapshot(folder) == truncated)

        let text = String(decoding: original, as: UTF8.self)
        let range = try #require(text.range(of: #""id": "[^"]*""#, options: .regularExpression))
        try Data(text.replacingCharacters(in: range, with: #""id": 42"#).utf8).write(to: URL(fileURLWithPath: path))
        let changed = try snapshot(folder)
        let second = try DocketProcess.run(["validate", folder])
        #expect(second.status == 65)
        #expect(second.standardError.contains(path + ": $."), "\(second.standardError)")
        #expect(second.standardError.contains("found the number 42"))
        #expect(try snapshot(folder) == changed)
    }

    @Test("exit codes: 66 for no store, 64 for bad usage")
    func exitCodes() throws {
        let missing = try DocketProcess.run(["validate", "/nonexistent/store"])
        #expect(missing.status == 66)
        #expect(missing.standardError == "docket: /nonexistent/store: no store here: the folder does not exist\n")
        let notStore = try DocketProcess.run(["validate", FileManager.default.temporaryDirectory.path])
        #expect(notStore.status == 66)
        #expect(try DocketProcess.run(["validate", "--no-such-option"]).status == 64)
        #expect(try DocketProcess.run(["demo"]).status == 64)
    }

    @Test("--version and --help")
    func versionAndHelp() throws {
        let version = try DocketProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput == "0.1.0\n")
        let help = try DocketProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("validate"))
        #expect(help.standardOutput.contains("demo"))
    }

    @Test("docket with no store creates the demo copy on first run and reuses it")
    func defaultDemoCopy() throws {
        let data = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        // No terminal here: the copy is made, then the interface declines with 69.
        let first = try DocketProcess.run([], environment: ["XDG_DATA_HOME": data, "TERM": "xterm-256color"])
        #expect(first.status == 69)
        #expect(first.standardError.contains("created a copy of the demo committee in \(data)/docket/demo"))
        let second = try DocketProcess.run([], environment: ["XDG_DATA_HOME": data, "TERM": "xterm-256color"])
        #expect(second.status == 69)
        #expect(!second.standardError.contains("created a copy"))
        #expect(try DocketProcess.run(["validate", data + "/docket/demo"]).status == 0)
    }

    private func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
            }
        }
        return files
    }
}

@Suite("The terminal check")
struct TerminalCheckTests {
    @Test("a missing, dumb or unknown TERM, or no terminal, exits 69 before touching the screen", arguments: [
        ("", "TERM is not set"), ("dumb", "TERM is \"dumb\""), ("xterm-256color", "must be a terminal"),
    ])
    func unusable(term: String, message: String) throws {
        let folder = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try DocketProcess.run(["demo", "-o", folder]).status == 0)
        let outcome = try DocketProcess.run([folder], environment: ["TERM": term])
        #expect(outcome.status == 69)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty)
    }
}
