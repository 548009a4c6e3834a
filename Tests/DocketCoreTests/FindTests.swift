import DocketCore
import DocketText
import Testing

@Suite("Find on the current screen")
struct FindTests {
    private func find(_ text: String, in state: AppState) -> AppState {
        Fixtures.send([.character("/")] + Fixtures.keys(text) + [.enter], to: state).0
    }

    @Test("/ opens the prompt; typing, Backspace and Ctrl-U edit it; Esc cancels")
    func prompt() {
        let (typing, _) = Fixtures.send([.character("/")] + Fixtures.keys("åäx") + [.backspace], to: Fixtures.state())
        #expect(typing.prompt?.editor.text == "åä")
        let (cleared, _) = Fixtures.send([.control("u")], to: typing)
        #expect(cleared.prompt?.editor.text == "")
        let (cancelled, _) = Fixtures.send([.character("q"), .escape], to: cleared)
        #expect(cancelled.prompt == nil)
        #expect(cancelled.query == nil)
        #expect(cancelled.isRunning)
    }

    @Test("in the report: the first match after the top, then n and N, wrapping around")
    func report() throws {
        let (state, _) = Fixtures.send([.enter] + Fixtures.keys("jjj") + [.enter, .character("2")], to: Fixtures.state())
        let found = find("SKYDDAT BOENDE", in: state)
        guard case .item(let item) = found.screen else { Issue.record("no item"); return }
        let line = try #require(found.matchLine)
        #expect(item.lines[line].text.lowercased().contains("skyddat boende"))
        #expect(found.status == "match 1 of 3")
        #expect(line >= item.offset && line < item.offset + found.itemBodyHeight(item))
        let (third, _) = Fixtures.send([.character("n"), .character("n")], to: found)
        #expect(third.status == "match 3 of 3")
        let (wrapped, _) = Fixtures.send([.character("n")], to: third)
        #expect(wrapped.status == "match 1 of 3 (wrapped around)")
        #expect(wrapped.matchLine == line)
        let (previous, _) = Fixtures.send([.character("N")], to: wrapped)
        #expect(previous.status == "match 3 of 3 (wrapped around)")
    }

    @Test("Å finds å, but å never finds a")
    func swedishLetters() {
        #expect(TextSearch.matches(of: "Åsbro", in: "i åsbro kommun") == [2..<7])
        #expect(TextSearch.matches(of: "ÄNDRING", in: "Ändring i ändringen") == [0..<7, 10..<17])
        #expect(TextSearch.matches(of: "a", in: "å ä ö") == [])
        #expect(TextSearch.matches(of: "å", in: "a") == [])
        #expect(TextSearch.matches(of: "o", in: "Öhman") == [])
        #expect(TextSearch.matches(of: "👩‍👩‍👧", in: "x👩‍👩‍👧y") == [1..<2])
    }

    @Test("in a list, n selects the next matching row; nothing found says so")
    func list() throws {
        let (agenda, _) = Fixtures.send([.enter], to: Fixtures.state())
        let found = find("sn-2026-04", in: agenda)
        guard case .agenda(let screen) = found.screen else { Issue.record("no agenda"); return }
        #expect(screen.selectedItem == 7)
        let (next, _) = Fixtures.send([.character("n")], to: found)
        guard case .agenda(let after) = next.screen else { Issue.record("no agenda"); return }
        #expect(after.selectedItem == 8)
        let missing = find("zzz", in: agenda)
        #expect(missing.status == "Not found: zzz")
        let (none, _) = Fixtures.send([.character("n")], to: Fixtures.state())
        #expect(none.status == "Nothing to find yet: press / first")
    }
}
