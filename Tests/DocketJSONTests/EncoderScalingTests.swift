import DocketJSON
import Foundation
import Testing

/// Writing a long list must take time in proportion to its length: an encoder that
/// copied the list on every append took 6 s for 20,000 agenda items and never finished a million.
@Suite("Encoding long lists")
struct EncoderScalingTests {
    struct Row: Codable, Equatable {
        let id: String
        let number: Int
        let tags: [String]
    }

    struct Document: Codable, Equatable {
        let rows: [Row]
        let index: [String: Int]
    }

    @Test("100,000 rows and as many keys encode in seconds, and decode back the same")
    func longListEncodesLinearly() throws {
        let count = 100_000
        let rows = (0..<count).map { Row(id: "row-\($0)", number: $0, tags: ["a", "b"]) }
        let index = Dictionary(uniqueKeysWithValues: (0..<count).map { ("key-\($0)", $0) })
        let document = Document(rows: rows, index: index)
        let clock = ContinuousClock()
        let start = clock.now
        let value = try JSONValueEncoder().encode(document)
        let elapsed = clock.now - start
        // Quadratic, this took over ten minutes; linear, well under a second in a release build.
        #expect(elapsed < .seconds(30), "encoding \(count) rows took \(elapsed)")
        #expect(try JSONValueDecoder().decode(Document.self, from: value) == document)
    }
}
