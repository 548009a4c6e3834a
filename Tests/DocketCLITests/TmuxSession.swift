import DocketRuntime
import Foundation
import Testing

/// A real terminal for end-to-end tests: the binary runs in a private tmux
/// server; tests type keys and read the screen, waiting for text rather than sleeping.
final class TmuxSession {
    let socket = "docket-test-\(UUID().uuidString.prefix(8))"
    let session = "docket"
    /// A folder this session owns and removes when it ends.
    private var ownedFolder: String?
    /// The tmux server and the pane's shell: killed outright when the session ends,
    /// since a server here does not always end its panes on kill-server.
    private var serverPID: Int32 = 0
    private var panePID: Int32 = 0
    static let marker = "[docket exited "
    static let cooked = "[terminal cooked]"

    /// Starts `docket arguments` in a detached session; the pane stays after it
    /// exits and shows "[terminal cooked]" when the terminal was restored, and "[docket exited N]".
    /// `account`: run Docket as that system account (the test runs as root), as a person on a shared server would.
    init(arguments: [String], environment: [String: String], width: Int = 100, height: Int = 30, account: String? = nil) throws {
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }.joined(separator: " ")
        let asAccount = account.map { "runuser -u \(Self.quoted($0)) -- " } ?? ""
        // After Docket exits, the pane says whether the terminal was given back in its normal (cooked) mode.
        let command = "\(asAccount)env -u DOCKET_STORE \(assignments) \(Self.quoted(DocketProcess.binary)) \(arguments.map(Self.quoted).joined(separator: " ")); "
            + "status=$?; stty -a | grep -q ' icanon ' && echo '\(Self.cooked)'; echo \"\(Self.marker)$status]\"; sleep 600"
        try tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "sh", "-c", command], capture: false)
        let pids = try tmux(["display-message", "-p", "-t", session, "#{pid} #{pane_pid}"]).split(separator: " ")
        serverPID = Int32(pids.first.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "") ?? 0
        panePID = Int32(pids.dropFirst().first.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "") ?? 0
    }

    deinit {
        _ = try? tmux(["kill-server"], capture: false)
        // The pane's shell leads its process group: docket and sleep go with it.
        if panePID > 0 { kill(-panePID, SIGKILL) }
        if serverPID > 0 { kill(serverPID, SIGKILL) }
        if let ownedFolder {
            try? FileManager.default.removeItem(atPath: ownedFolder)
            try? FileManager.default.removeItem(atPath: ownedFolder + "-data")
        }
    }

    /// Docket on a fresh copy of the demo committee, in UTF-8 unless told otherwise,
    /// with its private data in a folder of its own.
    static func demo(environment: [String: String] = [:], arguments: [String] = [], width: Int = 100, height: Int = 30) throws -> TmuxSession {
        let store = DocketProcess.temporaryFolder()
        let written = try DocketProcess.run(["demo", "--output", store])
        try #require(written.status == 0, "\(written.standardError)")
        let session = try TmuxSession(store: store, environment: environment, arguments: arguments, width: width, height: height)
        session.ownedFolder = store
        return session
    }

    /// Docket on an existing store, as a second terminal would start it.
    convenience init(store: String, environment: [String: String] = [:], arguments: [String] = [], width: Int = 100, height: Int = 30,
                     account: String? = nil) throws {
        // English unless a test asks for Swedish (DOCKET_LANG=sv): most stories read the English words.
        let merged = ["TERM": "tmux-256color", "LC_ALL": "C.UTF-8", "XDG_DATA_HOME": store + "-data", "DOCKET_LANG": "en"].merging(environment) { $1 }
        try self.init(arguments: [store] + arguments, environment: merged, width: width, height: height, account: account)
    }

    var store: String? { ownedFolder }

    func send(_ keys: String...) throws {
        try send(keys)
    }

    func send(_ keys: [String]) throws {
        try tmux(["send-keys", "-t", session] + keys, capture: false)
    }

    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text], capture: false)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"], capture: false)
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", session])
    }

    /// Polls the screen until it holds every text, or fails after `timeout` seconds.
    @discardableResult
    func waitFor(_ texts: String..., absent: [String] = [], timeout: Double = 10,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if texts.allSatisfy(last.contains) && !absent.contains(where: last.contains) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("Timed out waiting for \(texts) without \(absent). The screen:\n\(last)", sourceLocation: sourceLocation)
        throw TimedOut()
    }

    struct TimedOut: Error {}

    /// Runs a tmux client of this test's private server.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        ChildProcess.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, capture: capture)
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
