import DocketCore
import DocketUI
import Foundation
import Testing

/// A paste reaches Docket as thousands of keys in a row. The runtime hands a run of
/// them to `update` as one `.typed` message; the line takes it in one step and the
/// status line measures only what it shows, so the screen never freezes.
@Suite("Pasting into a typing line")
struct PasteTests {
    @Test("a pasted text in the find line: same line as typed key by key, the cursor after it")
    func pasteEqualsTyping() {
        let text = "Förslag till beslut — å ä ö 漢字 👩‍👩‍👧"
        let opened = Fixtures.send([.character("/")], to: Fixtures.state()).0
        let typed = Fixtures.send(Fixtures.keys(text), to: opened).0
        let pasted = App.update(opened, .typed(text)).0
        #expect(pasted.prompt?.editor == typed.prompt?.editor)
        #expect(Snapshot.text(of: Renderer.render(pasted)) == Snapshot.text(of: Renderer.render(typed)))
    }

    @Test("a paste that holds Enter: the line before it is used, the rest handled as keys")
    func pasteWithEnter() {
        let opened = Fixtures.send([.character("/")], to: Fixtures.state()).0
        let (state, _) = App.update(opened, .typed("bistånd"))
        #expect(state.prompt?.editor.text == "bistånd")
        let pressedAfter = App.update(state, .key(.enter)).0
        #expect(pressedAfter.prompt == nil)
    }

    @Test("200,000 characters pasted in the middle of the line: drawn and cleared in seconds, the cursor in view")
    func hugePaste() {
        let clock = ContinuousClock()
        var state = Fixtures.send([.character("S")] + Fixtures.keys("ab") + [.left], to: Fixtures.state(width: 100)).0
        let start = clock.now
        state = App.update(state, .typed(String(repeating: "ä", count: 200_000))).0
        let screen = Renderer.render(state)
        state = App.update(state, .key(.control("u"))).0
        _ = Renderer.render(state)
        let elapsed = clock.now - start
        // Measuring the whole line for each step of the window took minutes for 100 KB.
        #expect(elapsed < .seconds(20), "took \(elapsed)")
        let status = screen.textLines().last ?? ""
        #expect(status.hasSuffix("äb") || status.contains("äb"), "the cursor's neighbourhood is shown: \(status.suffix(20))")
        #expect(state.prompt?.editor.isEmpty == true)
    }
}
