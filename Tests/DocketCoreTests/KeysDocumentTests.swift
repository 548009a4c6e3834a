import DocketCore
import DocketModel
import Foundation
import Testing

@Suite("docs/keys.md and docs/keys.sv.md")
struct KeysDocumentTests {
    @Test("each is what the keymap generates (DOCKET_UPDATE_SNAPSHOTS=1 rewrites them)", arguments: [
        ("keys.md", InterfaceLanguage.english), ("keys.sv.md", .swedish),
    ])
    func upToDate(name: String, language: InterfaceLanguage) throws {
        let strings = Strings.for(language)
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/\(name)").standardized
        let generated = HelpContent.markdown(keymap: .standard, strings: strings)
        if ProcessInfo.processInfo.environment["DOCKET_UPDATE_SNAPSHOTS"] == "1" {
            try generated.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == generated)
    }

    @Test("no key is bound twice within one context; across contexts the more specific one wins")
    func noConflicts() {
        for context in KeyContext.allCases {
            let keys = Keymap.standard.bindings.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key is bound twice in \(context)")
        }
        #expect(Keymap.standard.command(for: .escape, in: [.help, .navigation]) == .closeHelp)
        #expect(Keymap.standard.command(for: .escape, in: [.list, .navigation, .global]) == .back)
    }
}
