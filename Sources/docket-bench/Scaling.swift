import DocketCore
import DocketDemo
import DocketImport
import DocketJSON
import DocketStore
import DocketUI
import Foundation

/// Work that must grow in proportion to its input, measured at doubling and
/// tenfold sizes: each row prints the time and its ratio to the row before.
enum Scaling {
    struct Item: Encodable {
        let id: String
        let number: Int
        let title: String
    }

    static func measure() throws {
        print("Encoding a list of N agenda-item-like objects (JSONValueEncoder + canonical bytes):")
        table([10_000, 20_000, 100_000, 1_000_000]) { count in
            let items = (0..<count).map { Item(id: "item-\($0)", number: $0, title: "Ärende \($0)") }
            _ = try? CanonicalJSON.bytes(of: items)
        }

        print("Pasting N characters into the archive search line (one frame drawn, 200×60):")
        guard let demo = DemoStore.path else { fatalError("the demo store resource is missing") }
        guard let store = try StoreLoader(root: demo).load().contents else { fatalError("the demo store did not load") }
        table([1_000, 10_000, 100_000, 1_000_000]) { count in
            var state = AppState(store: store, today: "2026-11-29", width: 200, height: 60)
            state = App.update(consume state, .key(.character("S"))).0
            state = App.update(consume state, .typed(String(repeating: "å", count: count))).0
            _ = Renderer.render(state)
            state = App.update(consume state, .key(.control("u"))).0
            _ = Renderer.render(state)
        }

        print("Reading a report of N lines (a Göteborg-style header, then paragraphs of prose, one line each):")
        table([10_000, 100_000, 1_000_000]) { count in
            let header = "Socialförvaltningen\n\nTjänsteutlåtande    Handläggare Utfärdat 2026-11-20    Anna Berg Diarienummer SN 2026/77\n\n"
                + "Ett ärende om budgeten Förslag till beslut 1. Nämnden godkänner budgeten. 2. Nämnden översänder den.\n\n"
            let line = "Sammanfattning Förvaltningen har sett över verksamheten den 3 mars 2026 och föreslår att nämnden godkänner förslaget.\n\n"
            _ = ReportParser.parse(header + String(repeating: line, count: count / 2) + "Anna Berg    Per Ek\n\nDirektör    Avdelningschef\n")
        }

        print("Joining N words cut at page breaks in a report's text:")
        table([10_000, 20_000, 100_000, 1_000_000]) { count in
            let text = (0..<count).map { word($0) + "-" }.joined(separator: "\n\u{0C}") + "\n\u{0C}slut"
            _ = ReportParser.parse(text)
        }
    }

    private static func table(_ sizes: [Int], _ work: (Int) -> Void) {
        let clock = ContinuousClock()
        var previous: (size: Int, seconds: Double)?
        for size in sizes {
            let start = clock.now
            work(size)
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            var line = String(format: "  N = %9d  %9.3f s", size, seconds)
            if let previous {
                line += String(format: "   ×%.1f size, ×%.1f time", Double(size) / Double(previous.size), seconds / max(previous.seconds, 1e-9))
            }
            print(line)
            previous = (size, seconds)
        }
    }

    /// A distinct lowercase word per number, so no page's first line repeats as a running header.
    private static func word(_ number: Int) -> String {
        var number = number
        var word = ""
        repeat {
            word.append(Character(Unicode.Scalar(UInt8(97 + number % 26))))
            number /= 26
        } while number > 0
        return word
    }
}
