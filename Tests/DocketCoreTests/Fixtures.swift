import DocketCore
import DocketDemo
import DocketModel
import DocketStore
import DocketText
import DocketUI
import Foundation
import Testing

/// Shared test data: the demo store, loaded once.
enum Fixtures {
    static let today = "2026-11-29"

    static let demo: StoreContents = {
        let result = try! StoreLoader(root: DemoStore.path!).load()
        precondition(result.isValid, "\(result.problems)")
        return result.contents!
    }()

    /// Leila Haddad, an ordinary member, as most tests' person at the keyboard.
    static let leila: Identity = {
        let member = demo.committee.member(id: "leila-haddad")!
        return Identity(member: member, role: .member, banner: nil)
    }()

    /// English unless a test asks for Swedish: most tests read the English words.
    static func state(width: Int = 80, height: Int = 24, store: StoreContents = demo,
                      identity: Identity = leila, notes: [VisibleNote] = [], language: InterfaceLanguage = .english) -> AppState {
        _ = demo
        return AppState(store: store, today: today, width: width, height: height, identity: identity, notes: notes, language: language)
    }

    /// Sends keys, given as a string of single-character keys or special names in braces.
    static func send(_ keys: [Key], to state: AppState) -> (AppState, [Effect]) {
        var current = state
        var effects: [Effect] = []
        for key in keys {
            let (next, more) = App.update(current, .key(key))
            current = next
            effects += more
        }
        return (current, effects)
    }

    static func keys(_ text: String) -> [Key] {
        text.map { .character($0) }
    }
}

/// Compares a rendered screen with a file under Snapshots/. With
/// DOCKET_UPDATE_SNAPSHOTS=1 the file is rewritten instead: review each one.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func text(of grid: Grid) -> String {
        let lines = grid.textLines()
        let roles = grid.roleLines()
        return lines.joined(separator: "\n") + "\n--- roles (see Role) ---\n" + roles.joined(separator: "\n") + "\n"
    }

    /// Columns a snapshot line takes.
    static func columns(_ line: String, metrics: TextMetrics) -> Int {
        metrics.width(of: line)
    }

    /// As `assert` for a generated text file, such as an export.
    static func assertText(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DOCKET_UPDATE_SNAPSHOTS"] == "1" {
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("No golden file \(name): run with DOCKET_UPDATE_SNAPSHOTS=1 and review it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(name) differs from its golden file:\n\(actual)", sourceLocation: sourceLocation)
    }

    static func assert(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name + ".txt")
        let actual = text(of: grid)
        if ProcessInfo.processInfo.environment["DOCKET_UPDATE_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("No snapshot \(name).txt: run with DOCKET_UPDATE_SNAPSHOTS=1 and review it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "Screen \(name) differs from its snapshot:\n\(actual)", sourceLocation: sourceLocation)
    }
}
