import Foundation
import Testing

/// Runs the built `docket` binary as a user would, with a clean UTF-8 locale.
struct DocketProcess {
    struct Outcome {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The binary beside the test bundle (both live in the build's products folder).
    static let binary: String = {
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment["DOCKET_BINARY"],
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("docket").path,
            Bundle.main.bundleURL.appendingPathComponent("docket").path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug/docket").standardized.path,
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? "docket-binary-not-built"
    }()

    /// What `timeout` exits with when the command had to be stopped: a hang is a failure, never a stuck test run.
    static let timedOut: Int32 = 124

    static func run(_ arguments: [String], environment extra: [String: String] = [:], seconds: Int = 60) throws -> Outcome {
        try runCommand([binary] + arguments, environment: extra, seconds: seconds)
    }

    /// Any command, in the same clean environment and under the same time limit.
    static func runCommand(_ command: [String], environment extra: [String: String] = [:], seconds: Int = 60) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["--kill-after=5", "\(seconds)"] + command
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment["DOCKET_LANG"] = "en"
        environment.removeValue(forKey: "DOCKET_STORE")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting, so a full pipe can never block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       standardOutput: String(decoding: outputData, as: UTF8.self),
                       standardError: String(decoding: errorData, as: UTF8.self))
    }

    static func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.path + "/docket-cli-\(UUID().uuidString)"
    }
}
