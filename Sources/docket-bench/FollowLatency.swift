import DocketRuntime
import Foundation
import Glibc

/// `docket-bench follow`: the delay from the chair's key to the follower's
/// screen showing the new item, over real terminals (tmux), for 50 moves.
enum FollowLatency {
    static func measure(docket: String, moves: Int = 50) throws {
        let store = FileManager.default.temporaryDirectory.path + "/docket-follow-\(UUID().uuidString)"
        defer {
            for socket in ["chair", "member"] { ChildProcess.run(["tmux", "-L", "\(socket)-\(getpid())", "kill-server"]) }
            try? FileManager.default.removeItem(atPath: store)
            try? FileManager.default.removeItem(atPath: store + "-data")
        }
        ChildProcess.run([docket, "demo", "--output", store])
        let environment = "env XDG_DATA_HOME=\(store)-data TERM=tmux-256color LC_ALL=C.UTF-8"
        for (socket, member) in [("chair", "karin-holmberg"), ("member", "leila-haddad")] {
            ChildProcess.run(["tmux", "-L", "\(socket)-\(getpid())", "-f", "/dev/null", "new-session", "-d", "-s", "s", "-x", "120", "-y", "40",
                 "\(environment) \(docket) \(store) --as \(member)"])
        }
        func screen(_ socket: String) -> String { ChildProcess.run(["tmux", "-L", "\(socket)-\(getpid())", "capture-pane", "-p", "-t", "s"], capture: true) }
        func keys(_ socket: String, _ keys: String...) { ChildProcess.run(["tmux", "-L", "\(socket)-\(getpid())", "send-keys", "-t", "s"] + keys) }
        func wait(_ socket: String, for text: String) -> Bool {
            let deadline = Date().addingTimeInterval(5)
            while Date() < deadline {
                if screen(socket).contains(text) { return true }
                usleep(1_000)
            }
            return false
        }
        guard wait("chair", for: "Upcoming"), wait("member", for: "Upcoming") else { throw Failure("Docket did not start") }
        // Opening days before the meeting asks first.
        keys("chair", "L")
        guard wait("chair", for: "not today") else { throw Failure("L did not ask") }
        keys("chair", "y")
        guard wait("member", for: "in progress") else { throw Failure("the meeting did not open") }
        keys("member", "F")
        guard wait("member", for: "LIVE § 1") else { throw Failure("the member does not follow") }
        let agenda = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
        var delays: [Double] = []
        var position = 0
        for move in 0..<moves {
            // Back and forth through the agenda.
            let forward = (move / (agenda.count - 1)) % 2 == 0
            position += forward ? 1 : -1
            let start = Date()
            keys("chair", forward ? ">" : "<")
            guard wait("member", for: "LIVE § \(agenda[position]) ") else { throw Failure("the follower never showed § \(agenda[position])") }
            delays.append(Date().timeIntervalSince(start) * 1000)
        }
        delays.sort()
        print(String(format: "follow delay, chair's key to the follower's screen, %d moves: median %.1f ms, worst %.1f ms (includes tmux and polling the screen every ~1 ms)",
                     moves, delays[delays.count / 2], delays.last!))
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
