import DocketImport
import DocketModel
import Foundation

/// `docket-bench reports`: the importer against the real reports and their answer keys,
/// document by document, and the time to read many reports and make them matters.
enum ReportScores {
    /// The corpus the tests score, beside the package's sources.
    static let defaultCorpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Tests/DocketImportTests/Corpus").standardized.path

    static func measure(corpus: String, copies: Int) throws {
        guard let data = FileManager.default.contents(atPath: corpus + "/answer-keys.json") else {
            print("no answer keys at \(corpus)/answer-keys.json")
            return
        }
        let keys = try JSONDecoder().decode([AnswerKey].self, from: data)
        print(pad("document", 42) + pad("right", 7) + pad("wrong", 7) + pad("missing", 9) + "not right")
        var totals = (right: 0, wrong: 0, missing: 0)
        var texts: [(String, String)] = []
        for key in keys {
            let text = try String(contentsOfFile: corpus + "/" + key.file, encoding: .utf8)
            texts.append((key.file, text))
            let scores = ReportScoring.score(ReportParser.parse(text), against: key)
            let right = scores.filter { $0.outcome == .right }.count
            let missing = scores.filter { $0.outcome == .missing }.count
            let wrong = scores.count - right - missing
            totals = (totals.right + right, totals.wrong + wrong, totals.missing + missing)
            let misses = scores.filter { $0.outcome != .right }.map(\.field).joined(separator: ", ")
            print(pad(key.file, 42) + pad("\(right)", 7) + pad("\(wrong)", 7) + pad("\(missing)", 9) + misses)
        }
        let all = totals.right + totals.wrong + totals.missing
        print(pad("all \(keys.count)", 42) + pad("\(totals.right)", 7) + pad("\(totals.wrong)", 7) + pad("\(totals.missing)", 9)
              + String(format: "%.1f %% right", 100 * Double(totals.right) / Double(max(all, 1))))

        // Reading and making matters of many reports, as one import run does (files already read).
        let committee = Committee(id: "namnden", name: "Nämnden", shortName: "N", municipality: "Kommunen", members: [])
        let clock = ContinuousClock()
        let start = clock.now
        var taken = Set<String>()
        for round in 0..<copies {
            let (file, text) = texts[round % texts.count]
            let matter = ReportImport.matter(from: ReportParser.parse(text), committee: committee, existing: nil, takenIDs: taken, accepted: [],
                                             source: (file: file, on: "2026-12-07"))
            taken.insert(matter.id)
        }
        print("\(copies) reports read and made matters in \(clock.now - start)")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
