import DocketCore
import DocketModel
import Foundation
import Testing

/// The Swedish interface speaks Swedish, and no interface shows the ids that stay in the files.
@Suite("Languages")
struct LanguageTests {
    static let words = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/DocketCore/Words").standardized
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The words of the string literals in a table's source, interpolations left out.
    static func vocabulary(_ source: String) -> Set<String> {
        var found = Set<String>()
        let literal = try! NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
        let range = NSRange(source.startIndex..., in: source)
        for match in literal.matches(in: source, range: range) {
            guard let inside = Range(match.range(at: 1), in: source) else { continue }
            let text = source[inside].replacingOccurrences(of: #"\\\([^)]*\)"#, with: " ", options: .regularExpression)
            for word in text.split(whereSeparator: { !$0.isLetter }) where word.count > 1 { found.insert(word.lowercased()) }
        }
        return found
    }

    static func source(_ name: String) -> String {
        (try? String(contentsOf: words.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// A file holding both tables: its English part (from `static let english` to `static let swedish`) or its Swedish one.
    static func part(of name: String, english: Bool) -> String {
        let text = source(name)
        guard let start = text.range(of: "static let english"), let middle = text.range(of: "static let swedish") else { return "" }
        return english ? String(text[start.lowerBound..<middle.lowerBound]) : String(text[middle.lowerBound...])
    }

    static let shared = ["DamageStrings.swift", "MarkerLegendWords.swift", "KeysDocumentWords.swift", "SettingsWords.swift"]

    /// Words only the English tables use: what must never show in the Swedish interface.
    static let englishOnly: Set<String> = {
        let english = ["Strings+English.swift", "ClerkStrings+English.swift", "CommandWords.swift"].map(source) + shared.map { part(of: $0, english: true) }
        let swedish = ["Strings+Swedish.swift", "ClerkStrings+Swedish.swift", "CommandWords+Swedish.swift"].map(source) + shared.map { part(of: $0, english: false) }
        // Key caps, names and words that are the same in both languages.
        let same: Set<String> = ["enter", "esc", "tab", "ctrl", "home", "end", "pgup", "pgdn", "del", "docket", "editor", "id", "ids", "http", "https",
                                  "motion", "pdf", "information"]
        return english.reduce(into: Set<String>()) { $0.formUnion(vocabulary($1)) }
            .subtracting(swedish.reduce(into: Set<String>()) { $0.formUnion(vocabulary($1)) })
            .subtracting(same)
    }()

    /// Every id of the demo store a person could be shown by mistake.
    static let ids: Set<String> = {
        let store = Fixtures.demo
        var ids = Set(store.committee.members.map(\.id) + store.matters.keys + store.meetings.flatMap { $0.agenda.map(\.id) })
        for record in store.records.values {
            for item in record.items { ids.formUnion(item.proposals.map(\.id) + item.votes.map(\.id)) }
        }
        ids.formUnion(["forvaltningens-forslag", "reject-1", "votering-1", "leila-haddad-amendment", "tjansteutlatande"])
        // Only the ids that read as ids: a hyphen, or an ASCII stand-in for å, ä, ö.
        return ids.filter { $0.contains("-") }
    }()

    static func screenText(_ file: URL) -> String {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.components(separatedBy: "--- roles").first ?? text
    }

    @Test("every golden screen of the Swedish interface is free of the interface's English words")
    func swedishScreens() throws {
        let files = try FileManager.default.contentsOfDirectory(at: LanguageTests.snapshots, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix("-sv.txt") }
        #expect(files.count > 40)
        #expect(LanguageTests.englishOnly.isSuperset(of: ["upcoming", "proposal", "quit", "recorded", "abstaining"]), "the check knows English")
        for file in files {
            let words = Set(LanguageTests.screenText(file).split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() })
            let english = words.intersection(LanguageTests.englishOnly)
            #expect(english.isEmpty, "\(file.lastPathComponent): \(english.sorted())")
        }
    }

    @Test("no golden screen, in either language, shows an internal id")
    func noIds() throws {
        let files = try FileManager.default.contentsOfDirectory(at: LanguageTests.snapshots, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" && !$0.lastPathComponent.hasPrefix("hostile") && !$0.lastPathComponent.hasPrefix("export") }
        for file in files {
            let text = LanguageTests.screenText(file)
            let shown = LanguageTests.ids.filter { text.contains($0) }
            #expect(shown.isEmpty, "\(file.lastPathComponent): \(shown.sorted())")
        }
    }
}
