import DocketRuntime
import Foundation
import Glibc

/// `docket-bench oparl`: a large committee's dump generated and imported by the real
/// binary into a new store, timed as a whole and then imported again (every file
/// rewritten), with the importer's peak memory.
enum OParlImportTiming {
    static func measure(docket: String, meetings: Int, items: Int, papers: Int, keep: Bool) throws {
        let root = FileManager.default.temporaryDirectory.path + "/docket-oparl-bench-\(UUID().uuidString)"
        defer { if keep { print("kept: \(root)") } else { try? FileManager.default.removeItem(atPath: root) } }
        let clock = ContinuousClock()
        let generated = clock.now
        try OParlDumpGenerator(meetings: meetings, items: items, papers: papers).write(to: root + "/dump")
        print("dump: \(meetings) meetings, \(items) agenda items, \(papers) papers, generated in \(clock.now - generated)")
        for run in ["first import", "import again"] {
            let start = clock.now
            let outcome = ChildProcess.outcome([docket, "import", "oparl", root + "/dump", "--store", root + "/store", "--organization", "7",
                                                "--identity", "local"])
            let took = clock.now - start
            guard outcome.status == 0 else { throw Failure("docket import oparl failed: \(outcome.error.suffix(2000))") }
            print("\(run): \(took.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1)))) (target ≤ 20 s for 10,000 items and 8,000 papers)")
        }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        print("peak memory of the import: \(usage.ru_maxrss / 1024) MB")
        let validate = ChildProcess.outcome([docket, "validate", root + "/store"])
        print("validate: " + (validate.status == 0 ? validate.output.split(separator: "\n").last.map(String.init) ?? "" : "FAILED " + validate.error))
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
