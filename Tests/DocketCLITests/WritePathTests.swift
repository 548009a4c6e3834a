import Foundation
import Glibc
import Testing

/// The write path across processes: concurrent writers under the lock, and a
/// writer killed in the middle of writing.
@Suite("The write path across processes", .serialized)
struct WritePathTests {
    static var helper: String {
        URL(fileURLWithPath: DocketProcess.binary).deletingLastPathComponent().appendingPathComponent("docket-test-helper").path
    }

    @Test("two processes each add 500 notes for the same person at the same time: 1,000 notes afterwards")
    func concurrentWriters() throws {
        let store = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try DocketProcess.run(["demo", "-o", store]).status == 0)
        let writers = try ["first", "second"].map { label in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: WritePathTests.helper)
            process.arguments = ["add-notes", store, store + "-private", "leila-haddad", "verksamhetsplan-2027", "500", label]
            try process.run()
            return process
        }
        for writer in writers {
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0)
        }
        let listed = try DocketProcess.run(["notes", "list", store, "--as", "leila-haddad", "--json"])
        #expect(listed.status == 0, "\(listed.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [String: Any]
        let notes = json?["notes"] as? [[String: Any]] ?? []
        #expect(notes.count == 1000)
        let texts = Set(notes.compactMap { $0["text"] as? String })
        #expect(texts.count == 1000)
        #expect(texts.contains("first 500") && texts.contains("second 500"))
        #expect(try DocketProcess.run(["validate", store]).status == 0)
    }

    @Test("a writer killed at random moments, 200 times: the file always parses and is one whole generation")
    func killedWriter() throws {
        let folder = DocketProcess.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/generations.json"
        var generationsSeen = 0
        for round in 0..<200 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: WritePathTests.helper)
            process.arguments = ["write-loop", path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            // Killed at a random moment once it writes (its first generation printed), however long a loaded machine takes to start it.
            _ = output.fileHandleForReading.availableData
            usleep(useconds_t(UInt32.random(in: 1_000...25_000)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            let generation = try #require(object?["generation"] as? Int, "round \(round): the file does not parse")
            #expect(String(decoding: data, as: UTF8.self) == generation.generationText, "round \(round): not a whole generation")
            generationsSeen += 1
        }
        #expect(generationsSeen > 150)
    }
}

extension Int {
    /// Must match docket-test-helper's generations.
    var generationText: String {
        "{\"generation\": \(self), \"padding\": \"" + String(repeating: "\(self % 10)", count: 200_000) + "\"}\n"
    }
}
