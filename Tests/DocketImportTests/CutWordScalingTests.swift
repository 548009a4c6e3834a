@testable import DocketImport
import Foundation
import Testing

/// Words cut at page breaks are joined in time proportional to their number:
/// a chain of 80,000 took 72 s when each join copied the block it grew.
@Suite("Joining words cut by a page")
struct CutWordScalingTests {
    @Test("100,000 cut words in one chain join in seconds, every cut mended")
    func longChainJoinsLinearly() {
        let count = 100_000
        // Each page ends in a different cut word, so none is taken for a running header.
        let words = (0..<count).map(Self.letters)
        let text = words.map { $0 + "-" }.joined(separator: "\n\u{0C}") + "\n\u{0C}slut"
        let clock = ContinuousClock()
        let start = clock.now
        let blocks = ReportBlocks(text: text).blocks
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(30), "joining \(count) cut words took \(elapsed)")
        #expect(blocks.count == 1)
        let joined = blocks.first?.first ?? ""
        #expect(joined.utf8.count == words.joined().utf8.count + 4, "one line, every hyphen dropped")
        #expect(joined.hasSuffix("slut") && !joined.contains("-"))
    }

    /// A lowercase word for a number: 0 → "a", 27 → "bb".
    static func letters(_ number: Int) -> String {
        var number = number
        var word = ""
        repeat {
            word.append(Character(Unicode.Scalar(UInt8(97 + number % 26))))
            number /= 26
        } while number > 0
        return word
    }

    @Test("a real hyphen is kept when the word is joined: HIV- and mottagning")
    func realHyphenKept() {
        let blocks = ReportBlocks(text: "vid HIV-\n\u{0C}mottagningen").blocks
        #expect(blocks == [["vid HIV-mottagningen"]])
    }
}
