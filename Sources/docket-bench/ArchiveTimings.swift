import DocketCore
import DocketModel
import DocketStore
import DocketUI
import Foundation

/// Figures on a generated archive, in process: what each keystroke costs at 200×60 on
/// the largest meeting and its longest report, and the archive search as it is typed.
/// Printed as `name value` lines (milliseconds) for `scripts/bench-compare`.
enum ArchiveTimings {
    static func measure(store root: String, query: String) throws {
        let clock = ContinuousClock()
        guard let contents = try StoreLoader(root: root).load().contents else { fatalError("\(root) did not load") }
        var state = AppState(store: contents, today: "2026-11-29", width: 200, height: 60)
        func step(_ message: Message) -> Duration {
            let start = clock.now
            state = App.update(state, message).0
            _ = Renderer.render(state)
            return clock.now - start
        }
        // The largest meeting, and in it the item with the longest report.
        let meetingIndex = contents.meetings.indices.max { contents.meetings[$0].agenda.count < contents.meetings[$1].agenda.count }!
        let agenda = contents.meetings[meetingIndex].agenda
        let reportSize = { (item: AgendaItem) in
            item.matter.flatMap { contents.matters[$0]?.report }.map { $0.sections.flatMap(\.paragraphs).map(\.utf8.count).reduce(0, +) } ?? 0
        }
        let longest = agenda.indices.max { reportSize(agenda[$0]) < reportSize(agenda[$1]) }!
        let listed = state.meetingRows.compactMap { row -> Int? in if case .meeting(let index) = row { return index } else { return nil } }
        let position = listed.firstIndex(of: meetingIndex) ?? 0
        for _ in 0..<position { _ = step(.key(.character("j"))) }
        let openMeeting = step(.key(.enter))
        for _ in 0..<longest { _ = step(.key(.character("j"))) }
        let openItem = step(.key(.enter))
        var keys: [Duration] = []
        keys.append(step(.key(.character("2"))))
        for _ in 0..<100 { keys.append(step(.key(.character("j")))) }
        for _ in 0..<10 { keys.append(step(.key(.pageDown))) }
        keys.append(step(.key(.character("G"))))
        keys.append(step(.key(.character("g"))))
        var finds: [Duration] = [step(.key(.character("/")))]
        for character in "förvaltningen" { finds.append(step(.key(.character(character)))) }
        finds.append(step(.key(.enter)))
        for _ in 0..<20 { finds.append(step(.key(.character("n")))) }
        let resize = [step(.resize(width: 120, height: 40)), step(.resize(width: 200, height: 60))]
        let next = step(.key(.character("]")))
        let back = [step(.key(.escape)), step(.key(.escape))]
        keys += finds + back

        // The archive search: the index is built with the first key, then each key searches it.
        let searchOpen = step(.key(.character("S")))
        var typing: [Duration] = []
        for character in query { typing.append(step(.key(.character(character)))) }
        let found: Int
        if case .search(let screen) = state.screen { found = screen.results.count } else { found = 0 }

        func milliseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        }
        func percentile(_ samples: [Duration], _ fraction: Double) -> Double {
            let sorted = samples.sorted()
            guard !sorted.isEmpty else { return 0 }
            return milliseconds(sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))])
        }
        let figures: [(String, Double)] = [
            ("open-meeting", milliseconds(openMeeting)), ("open-item", milliseconds(openItem)),
            ("keystroke-median", percentile(keys, 0.5)), ("keystroke-p99", percentile(keys, 0.99)),
            ("find-median", percentile(finds, 0.5)), ("find-worst", percentile(finds, 1)),
            ("resize-worst", milliseconds(resize.max()!)), ("next-item", milliseconds(next)),
            ("search-first-key", milliseconds(searchOpen + (typing.first ?? .zero))),
            ("search-key-median", percentile(Array(typing.dropFirst()), 0.5)), ("search-key-worst", percentile(Array(typing.dropFirst()), 1)),
            ("search-found", Double(found)),
        ]
        for (name, value) in figures { print("\(name) \(String(format: "%.3f", value))") }
    }
}
