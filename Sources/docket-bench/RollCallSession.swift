import DocketCore
import DocketModel
import DocketRuntime
import DocketStore
import DocketUI
import Foundation
import Synchronization

/// A roll call of eleven held through the clerk's real session loop, on a copy
/// of the demo: how long each answer takes from key to frame, how often the
/// meeting's record is read, and how many frames are drawn.
enum RollCallSession {
    static func measure(demo: String) throws {
        let root = FileManager.default.temporaryDirectory.path + "/docket-bench-\(UUID().uuidString)"
        defer {
            try? FileManager.default.removeItem(atPath: root)
            try? FileManager.default.removeItem(atPath: root + "-private")
        }
        try StoreCopier().copyStore(from: demo, to: root)
        let counting = CountingFileSystem(counted: root + "/meetings/2026-12-10/record.json")
        let loader = try StoreLoader(reader: StoreReader(root: root, fileSystem: counting, schemas: SchemaSet.bundled()))
        guard let contents = try loader.load().contents else { fatalError("the demo store did not load") }
        let identity = try Identity.resolve(store: contents, asMember: "eva-lundgren", environment: [:], account: nil, today: "2026-12-10")
        let session = Session(root: root, reader: loader.reader,
                              notes: NoteStore(member: "eva-lundgren", privateDirectory: root + "-private", reader: loader.reader),
                              positions: PositionStore(member: "eva-lundgren", privateDirectory: root + "-private", reader: loader.reader),
                              meetings: contents.meetings.map(\.id), members: contents.committee.members.map(\.id),
                              timeZone: TimeZone(identifier: "Europe/Stockholm")!, opener: NoOpener(), editor: NoEditor())
        // Everyone present; item 7; the agenda's proposal and a typed rejection; then the roll call.
        var keys: [Key] = [.enter, .character("R"), .character("*"), .escape]
        keys += Array(repeating: .character("j"), count: 8) + [.enter]
        keys += [.character("r"), .character("a"), .character("r"), .character("p"), .character("1"), .character("n"), .character("2")]
        keys += "att avslå".map { .character($0) } + [.enter]
        keys += [.character("r"), .character("v"), .character("1"), .character("1")]
        let answers: [Key] = "jjnjnjnjjnj".map { .character($0) }
        let terminal = BenchTerminal(setup: keys, timed: answers)
        let state = AppState(store: contents, today: "2026-12-10", width: 120, height: 40, identity: identity)
        let before = (counting.reads, counting.writes)
        _ = session.run(state, on: terminal, stopRequested: { terminal.isDone })
        let (reads, writes) = (counting.reads - before.0, counting.writes - before.1)
        Benchmark.report("roll-call answer in the clerk's session, key to frame (\(answers.count) answers)", terminal.answerTimes)
        print("  record.json written \(writes) times and read \(reads) times (once, under the lock, before each write: the watcher "
              + "knows the session's own writes by their stamps); \(terminal.frames) frames drawn for \(keys.count + answers.count) keys, the first included")
    }
}

/// Counts the reads and replacements of one file; otherwise the real disk.
final class CountingFileSystem: ForwardingFileSystem {
    let base: any FileSystem = LocalFileSystem()
    private let counted: String
    private let count = Mutex(0)
    private let renames = Mutex(0)
    var reads: Int { count.withLock { $0 } }
    var writes: Int { renames.withLock { $0 } }

    init(counted: String) { self.counted = counted }

    func readFile(at path: String) throws(FileSystemError) -> [UInt8] {
        if path == counted { count.withLock { $0 += 1 } }
        return try base.readFile(at: path)
    }

    func rename(_ source: String, to destination: String) throws(FileSystemError) {
        if destination == counted { renames.withLock { $0 += 1 } }
        try base.rename(source, to: destination)
    }
}

/// Plays keys to the session, timing each timed key from its delivery to the frame that follows.
final class BenchTerminal: TerminalDevice {
    let width = 120
    let height = 40
    private var setup: [Key]
    private var timed: [Key]
    private var sent: ContinuousClock.Instant?
    private var idleTurns = 0
    private(set) var answerTimes: [Duration] = []
    private(set) var frames = 0

    init(setup: [Key], timed: [Key]) {
        self.setup = setup
        self.timed = timed
    }

    /// Done once every key is played and the watcher had turns to bring back the last write.
    var isDone: Bool { setup.isEmpty && timed.isEmpty && idleTurns > 3 }

    func draw(_ grid: Grid) {
        frames += 1
        if let sent {
            answerTimes.append(ContinuousClock.now - sent)
            self.sent = nil
        }
    }

    func invalidate() {}
    func suspend() {}
    func resume() {}

    func nextMessage(timeoutMilliseconds milliseconds: Int32, orWhenReadable descriptor: Int32?) -> Message? {
        if !setup.isEmpty { return .key(setup.removeFirst()) }
        if !timed.isEmpty {
            sent = ContinuousClock.now
            return .key(timed.removeFirst())
        }
        idleTurns += 1
        usleep(20_000)
        return nil
    }
}

struct NoOpener: ExternalOpener {
    func open(_ argument: String) -> String? { "not in a benchmark" }
}

struct NoEditor: EditorLauncher {
    func edit(_ file: String) -> Int32 { 1 }
}
