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
