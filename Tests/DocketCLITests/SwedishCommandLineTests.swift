import Foundation
import Testing

/// Every command as a Swedish committee meets it: its help, its output, its errors and the parser's own words
/// in Swedish, with no English word left (the list below names the ones looked for).
@Suite("Every command speaks Swedish")
struct SwedishCommandLineTests {
    /// English words that no Swedish sentence holds. Flags (--meeting), file names (committee.json), variables
    /// ($DOCKET_STORE) and values the command line takes in English too (accounts, local) are left out before the scan.
    static let englishWords = ["the", "and", "is", "are", "not", "no", "of", "to", "with", "for", "store", "meeting", "meetings", "member",
                               "members", "item", "items", "matter", "matters", "error", "usage", "options", "arguments", "subcommands",
                               "overview", "show", "help", "default", "values", "missing", "unknown", "valid", "oppose",
                               "support", "abstain", "own", "proposal", "shared", "private", "nobody", "account", "saved", "opened", "recorded"]

    static func englishIn(_ text: String) -> [String] {
        // Commands by name ("docket help", the list of subcommands), store paths ("matters/…", "meetings:"), a note's anchor
        // syntax ("proposal:ID") and the ids typed are no words of a sentence.
        let cleaned = text.replacing(/--?[a-z][a-z-]*/, with: " ").replacing(/\S+\.(json|jsonl|md|txt)\b/, with: " ")
            .replacing(/\$[A-Z_]+/, with: " ").replacing(/<[^>]*>/, with: " ").replacing(/docket( [a-z][a-z-]*)*/, with: " ")
            .replacing(/(?m)^  [a-z-]+(?= {2,}|$)/, with: " ").replacing(/\S*\/\S*/, with: " ").replacing(/\b[a-z]+(?=:[^ ])/, with: " ")
            .replacing(/\b(matters|meetings|members|journal|imports)(?=:)/, with: " ").replacing(/ingen-sådan/, with: " ")
        let words = Set(cleaned.lowercased().split { !$0.isLetter }.map(String.init))
        return englishWords.filter(words.contains)
    }

    @Test("help of every command, and what each command says, in Swedish", .timeLimit(.minutes(3)))
    func swedishEverywhere() throws {
        let root = DocketProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = root + "/sn"
        let environment = ["DOCKET_LANG": "sv", "XDG_DATA_HOME": root + "/data"]
        func docket(_ arguments: [String]) throws -> String {
            let outcome = try DocketProcess.run(arguments, environment: environment)
            return outcome.standardOutput + outcome.standardError
        }
        _ = try docket(["demo", "--output", store])
        var runs: [[String]] = [["--help"], ["help", "nope"], ["positions", "list", store, "--bogus"], ["minutes", store]]
        let commands = [["open"], ["validate"], ["init"], ["demo"], ["notes", "list"], ["notes", "add"], ["notes", "export"], ["positions", "list"],
                        ["positions", "set"], ["log"], ["minutes"], ["search"], ["member", "add"], ["member", "edit"], ["member", "end"],
                        ["meeting", "add"], ["meeting", "put"], ["import", "report"], ["import", "oparl"], ["export", "oparl"], ["access"],
                        ["language"], ["member"], ["meeting"], ["notes"], ["positions"], ["import"], ["export"]]
        runs += commands.map { $0 + ["--help"] }
        runs += [
            ["validate", store], ["validate", root + "/none"],
            ["positions", "set", store, "--meeting", "2026-12-10", "--matter", "verksamhetsplan-2027", "--stance", "avslag", "--shared", "--as", "leila-haddad"],
            ["positions", "set", store, "--meeting", "2026-12-10", "--matter", "budgetuppfoljning-oktober", "--stance", "eget", "--kind", "ändring",
             "--text", "att ärendet bordläggs", "--as", "leila-haddad"],
            ["positions", "list", store, "--meeting", "2026-12-10", "--as", "leila-haddad"],
            ["notes", "add", store, "--matter", "verksamhetsplan-2027", "--text", "Fråga om bufferten", "--as", "leila-haddad"],
            ["notes", "list", store, "--as", "leila-haddad"], ["notes", "list", store, "--as", "ingen-sådan"],
            ["minutes", store, "--meeting", "2026-12-10"], ["minutes", store, "--meeting", "2099-01-01"],
            ["minutes", store, "--meeting", "2026-10-22", "--item", "99"],
            ["member", "add", store, "--name", "Test Testsson", "--party", "S", "--role", "ledamot", "--from", "2026-01-01"],
            ["member", "edit", store, "ingen-sådan", "--name", "X"], ["member", "end", store, "test-testsson", "--on", "2026-12-31"],
            ["meeting", "add", store, "--date", "2027-01-14", "--time", "13:00", "--place", "Stadshuset"],
            ["access", store], ["language"], ["log", store],
        ]
        var found: [String: [String]] = [:]
        for arguments in runs {
            let output = try docket(arguments)
            let english = Self.englishIn(output)
            if !english.isEmpty { found[arguments.joined(separator: " ")] = english }
        }
        #expect(found.isEmpty, "English words in Swedish output: \(found.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n"))")
    }
}
