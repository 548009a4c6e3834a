import ArgumentParser
import Foundation

/// `docket-bench`: speed targets, measured rather than asserted in tests.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docket-bench",
        abstract: "Measure Docket's speed, or generate an archive to measure it on.",
        subcommands: [Demo.self, Follow.self, Generate.self, Archive.self, Scale.self, Reports.self, OParl.self],
        defaultSubcommand: Demo.self)

    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Figures on the demo store, in process (the default).")

        func run() throws { try Benchmark.measureDemo() }
    }

    struct Follow: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The delay from the chair's key to a follower's screen, over tmux.")

        func run() throws {
            let docket = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("docket").path
            try FollowLatency.measure(docket: docket)
        }
    }

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a made-up archive of many years: the same seed gives the same store.",
            discussion: "The reports' text is also written as one plain-text file (--text, default OUTPUT.txt) so that other tools search the same words.")

        @Option(help: "How many meetings; the last is upcoming, the rest have records.")
        var meetings = 220

        @Option(help: "How many agenda items in all.")
        var items = 10_000

        @Option(help: "The folder to create.")
        var output: String

        @Option(help: "Where to write the reports' text.")
        var text: String?

        @Option(help: "The seed of the made-up content.")
        var seed: UInt64 = 2026

        func run() throws {
            let clock = ContinuousClock()
            let start = clock.now
            try ArchiveGenerator(meetings: meetings, items: items, seed: seed).write(to: output, textFile: text ?? output + ".txt")
            print("\(output): \(meetings) meetings, \(items) items, written in \(clock.now - start)")
        }
    }

    struct Scale: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scaling",
            abstract: "Work that must grow linearly with its input, timed at growing sizes: long lists written, a long paste, many cut words.")

        func run() throws { try Scaling.measure() }
    }

    struct Reports: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The report importer scored against real reports' answer keys, field by field, and timed over many reports.")

        @Option(help: "The folder of reports and their answer-keys.json.")
        var corpus = ReportScores.defaultCorpus

        @Option(help: "How many reports to read and make matters of, for the time.")
        var copies = 200

        func run() throws { try ReportScores.measure(corpus: corpus, copies: copies) }
    }

    struct OParl: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "oparl",
            abstract: "A large committee's OParl dump generated, then imported by docket into a new store and again, timed, with peak memory.")

        @Option(help: "How many meetings.")
        var meetings = 220

        @Option(help: "How many agenda items in all.")
        var items = 10_000

        @Option(help: "How many papers (the first items deal with one each).")
        var papers = 8_000

        @Flag(help: "Keep the dump and the store, to look at or profile.")
        var keep = false

        func run() throws {
            let docket = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("docket").path
            try OParlImportTiming.measure(docket: docket, meetings: meetings, items: items, papers: papers, keep: keep)
        }
    }

    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keystrokes at 200×60 on a generated archive's largest meeting and longest report, and the archive search typed key by key.")

        @Option(help: "The store to measure, as docket-bench generate writes it.")
        var store: String

        @Option(help: "What to type into the archive search.")
        var query = "handläggningstiderna"

        func run() throws { try ArchiveTimings.measure(store: store, query: query) }
    }
}
