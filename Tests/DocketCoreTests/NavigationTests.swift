import DocketCore
import Testing

@Suite("Moving through meetings, agendas and items")
struct NavigationTests {
    private func item(_ state: AppState) throws -> ItemScreen {
        guard case .item(let item) = state.screen else { throw Failure("not in an item: \(state.screen)") }
        return item
    }

    private func agenda(_ state: AppState) throws -> AgendaScreen {
        guard case .agenda(let agenda) = state.screen else { throw Failure("not in an agenda: \(state.screen)") }
        return agenda
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test("the meetings list starts on the first upcoming meeting; j skips the Past heading")
    func meetingsList() {
        let state = Fixtures.state()
        #expect(state.meetingRows == [.heading("Upcoming"), .meeting(1), .heading("Past"), .meeting(0)])
        #expect(state.screen == .meetings(MeetingsScreen(cursor: ListCursor(selected: 1, offset: 0))))
        let (down, _) = Fixtures.send([.character("j")], to: state)
        #expect(down.screen == .meetings(MeetingsScreen(cursor: ListCursor(selected: 3, offset: 0))))
        let (stuck, _) = Fixtures.send([.character("j"), .down], to: down)
        #expect(stuck.screen == down.screen)
        let (top, _) = Fixtures.send([.character("g")], to: stuck)
        #expect(top.screen == .meetings(MeetingsScreen(cursor: ListCursor(selected: 1, offset: 0))))
        let (bottom, _) = Fixtures.send([.end], to: top)
        #expect(bottom.screen == .meetings(MeetingsScreen(cursor: ListCursor(selected: 3, offset: 0))))
    }

    @Test("q on the meetings list quits; Q quits from anywhere; q elsewhere goes back")
    func quitting() throws {
        let (quit, effects) = Fixtures.send([.character("q")], to: Fixtures.state())
        #expect(effects == [.quit])
        #expect(!quit.isRunning)
        let (deep, _) = Fixtures.send([.enter, .enter], to: Fixtures.state())
        #expect(deep.stack.count == 3)
        let (back, backEffects) = Fixtures.send([.character("q")], to: deep)
        #expect(back.stack.count == 2)
        #expect(backEffects.isEmpty)
        let (gone, goneEffects) = Fixtures.send([.character("Q")], to: deep)
        #expect(goneEffects == [.quit])
        #expect(!gone.isRunning)
    }

    @Test("Enter opens the agenda with its first item selected; headings are skipped", arguments: [Key.enter, .character("l"), .right])
    func openAgenda(key: Key) throws {
        let (state, _) = Fixtures.send([key], to: Fixtures.state())
        let agenda = try agenda(state)
        #expect(agenda.meetingIndex == 1)
        #expect(agenda.rows.first == .heading("Inledande ärenden"))
        #expect(agenda.selectedItem == 0)
        let (next, _) = Fixtures.send(Fixtures.keys("jjj"), to: state)
        #expect(try self.agenda(next).selectedItem == 3)
        #expect(try self.agenda(next).cursor.selected == 5)
    }

    @Test("every back key returns", arguments: [Key.escape, .character("h"), .left, .backspace, .character("q")])
    func back(key: Key) throws {
        let (state, _) = Fixtures.send([.enter, key], to: Fixtures.state())
        #expect(state.stack.count == 1)
        let (top, effects) = Fixtures.send([.escape], to: state)
        #expect(top.status == "Already at the meetings list")
        #expect(effects.isEmpty)
    }

    @Test("an item opens on its proposal; Tab, Shift-Tab and digits switch parts")
    func parts() throws {
        let (state, _) = Fixtures.send([.enter] + Fixtures.keys("jjj") + [.enter], to: Fixtures.state())
        var current = try item(state)
        #expect(current.itemIndex == 3)
        #expect(current.part == .proposal)
        #expect(current.lines.contains { $0.text.hasPrefix("att socialnämnden antar verksamhetsplan") })
        let (tabbed, _) = Fixtures.send([.tab], to: state)
        #expect(try item(tabbed).part == .report)
        let (wrapped, _) = Fixtures.send([.backTab, .backTab], to: tabbed)
        #expect(try item(wrapped).part == .outcome)
        let (digit, _) = Fixtures.send([.character("3")], to: wrapped)
        current = try item(digit)
        #expect(current.part == .history)
        let (ignored, _) = Fixtures.send([.character("9")], to: digit)
        #expect(try item(ignored).part == .history)
    }

    @Test("] and [ move between agenda items in the same part, and say when there is no more")
    func neighbours() throws {
        let (state, _) = Fixtures.send([.enter, .enter, .character("2")], to: Fixtures.state())
        #expect(try item(state).itemIndex == 0)
        let (first, _) = Fixtures.send([.character("[")], to: state)
        #expect(first.status == "This is the first item on the agenda")
        let (next, _) = Fixtures.send([.character("]"), .character("]")], to: state)
        #expect(try item(next).itemIndex == 2)
        #expect(try item(next).part == .report)
        #expect(next.stack.count == 3)
        let (back, _) = Fixtures.send([.escape], to: next)
        #expect(try agenda(back).selectedItem == 2)
        let (last, _) = Fixtures.send(Array(repeating: .character("]"), count: 12), to: state)
        #expect(try item(last).itemIndex == 11)
        #expect(last.status == "This is the last item on the agenda")
    }

    @Test("the long report scrolls by line, page, top and bottom, and never past its end")
    func scrolling() throws {
        let (state, _) = Fixtures.send([.enter] + Fixtures.keys("jjj") + [.enter, .character("2")], to: Fixtures.state())
        let report = try item(state)
        let visible = state.itemBodyHeight(report)
        #expect(report.lines.count > 20 * visible)
        let (down, _) = Fixtures.send(Fixtures.keys("jjj"), to: state)
        #expect(try item(down).offset == 3)
        let (page, _) = Fixtures.send([.character(" ")], to: down)
        #expect(try item(page).offset == 3 + visible - 1)
        let (bottom, _) = Fixtures.send([.character("G"), .character("j")], to: page)
        #expect(try item(bottom).offset == report.lines.count - visible)
        let (top, _) = Fixtures.send([.control("b"), .character("g"), .character("k")], to: bottom)
        #expect(try item(top).offset == 0)
    }

    @Test("history: entries are selected; a meeting entry opens that agenda on the item")
    func history() throws {
        // Item 6 of the upcoming meeting was tabled at the past meeting: it is on both agendas.
        let (state, _) = Fixtures.send([.enter] + Fixtures.keys("jjjjj") + [.enter, .character("3")], to: Fixtures.state())
        let current = try item(state)
        #expect(current.layout.part(.history).targets.contains(.agenda(meetingIndex: 0, itemIndex: 6)))
        let (plain, _) = Fixtures.send([.enter], to: state)
        #expect(plain.status == "Only meetings in the history can be opened")
        let (onPast, _) = Fixtures.send([.character("j"), .character("j"), .enter], to: state)
        let opened = try agenda(onPast)
        #expect(opened.meetingIndex == 0)
        #expect(opened.selectedItem == 6)
        #expect(onPast.stack.count == 4)
    }

    @Test("attachments: text files are read, other files and web addresses go to the desktop")
    func attachments() throws {
        let (state, _) = Fixtures.send([.enter] + Fixtures.keys("jjj") + [.enter, .character("4")], to: Fixtures.state())
        let (_, readEffects) = Fixtures.send([.enter], to: state)
        #expect(readEffects == [.readAttachment(path: "attachments/sn-2026-0388/ramfordelning.txt", title: "Bilaga 1. Fördelning av ramen 2027 (tabell)")])
        let (web, webEffects) = Fixtures.send([.character("j"), .enter], to: state)
        #expect(webEffects == [.openExternally(.webAddress("https://www.example.org/asbro/kf/mal-och-budget-2027-2029.pdf"))])
        #expect(web.status?.hasPrefix("Opening") == true)

        let (loaded, _) = App.update(state, .attachmentLoaded(title: "Bilaga 1", result: .text("Rad ett\nRad två")))
        guard case .pager(let pager) = loaded.screen else { Issue.record("no pager"); return }
        #expect(pager.lines.map(\.text) == ["Rad ett", "Rad två"])
        let (failed, _) = App.update(state, .attachmentLoaded(title: "Bilaga 1", result: .failure("not found")))
        #expect(failed.status == "Could not read Bilaga 1: not found")
        let (opened, _) = App.update(state, .openedExternally(target: "x.pdf", failure: "no xdg-open"))
        #expect(opened.status == "Could not open x.pdf: no xdg-open")
    }

    @Test("a bilaga known by its title alone says it is not in Docket, on the part and when opened")
    func titleOnlyAttachment() throws {
        // Item 6 of the past meeting: the delegation order, whose bilaga 1 is in the municipality's document system.
        let (state, _) = Fixtures.send([.character("j"), .enter] + Fixtures.keys("jjjjj") + [.enter, .character("4")], to: Fixtures.state())
        guard case .item(let item) = state.screen else { Issue.record("not on the item"); return }
        #expect(item.lines.map(\.text).contains { $0.contains("Not in Docket: known by its title") }, "\(item.lines.map(\.text))")
        let (opened, effects) = Fixtures.send([.enter], to: state)
        #expect(effects.isEmpty)
        #expect(opened.status == "Not in Docket, only its title: Bilaga 1. Förslag till ändringar i delegationsordningen")
    }

    @Test("an attachment with extracted text opens in the pager without reading a file")
    func inlineText() throws {
        // Item 9 of the upcoming meeting: a remiss whose attachment carries its text.
        let (state, effects) = Fixtures.send([.enter] + Fixtures.keys("jjjjjjjj") + [.enter, .character("4"), .enter], to: Fixtures.state())
        #expect(effects.isEmpty)
        guard case .pager(let pager) = state.screen else { Issue.record("no pager: \(state.screen)"); return }
        #expect(pager.lines.first?.text.hasPrefix("Regional handlingsplan") == true)
        let (back, _) = Fixtures.send([.character("q")], to: state)
        #expect(try item(back).part == .attachments)
    }

    @Test("Ctrl-L asks for a full redraw")
    func redraw() {
        #expect(Fixtures.send([.control("l")], to: Fixtures.state()).1 == [.redraw])
    }

    @Test("help opens on ?, scrolls, and closes on Esc, q or ?", arguments: [Key.escape, .character("q"), .character("?")])
    func help(close: Key) {
        let (open, _) = Fixtures.send([.character("?")], to: Fixtures.state())
        #expect(open.helpOffset == 0)
        let (scrolled, _) = Fixtures.send([.character("j"), .character("j")], to: open)
        #expect(scrolled.helpOffset == 2)
        let (ignored, _) = Fixtures.send([.enter, .tab], to: scrolled)
        #expect(ignored.helpOffset == 2)
        #expect(ignored.stack.count == 1)
        let (closed, effects) = Fixtures.send([close], to: scrolled)
        #expect(closed.helpOffset == nil)
        #expect(effects.isEmpty)
        #expect(closed.isRunning)
    }

    @Test("a resize lays the open item out again for the new width, and keeps positions valid")
    func resize() throws {
        let (state, _) = Fixtures.send([.enter] + Fixtures.keys("jjj") + [.enter, .character("2"), .character("G")], to: Fixtures.state())
        let before = try item(state)
        let (wide, _) = App.update(state, .resize(width: 200, height: 60))
        let after = try item(wide)
        #expect(after.layout.width == 200)
        #expect(after.lines.count < before.lines.count)
        #expect(after.offset == after.lines.count - wide.itemBodyHeight(after))
        let (small, _) = App.update(wide, .resize(width: 30, height: 8))
        #expect(small.isTooSmall)
        let (restored, _) = App.update(small, .resize(width: 80, height: 24))
        #expect(!restored.isTooSmall)
        #expect(try item(restored).layout.width == 80)
    }

    @Test("the mouse: a click selects a row, the wheel scrolls, a click on a tab switches part")
    func mouse() throws {
        let (clicked, _) = App.update(Fixtures.state(), .mouse(.click(x: 10, y: 4)))
        #expect(clicked.screen == .meetings(MeetingsScreen(cursor: ListCursor(selected: 3, offset: 0))))
        let (heading, _) = App.update(Fixtures.state(), .mouse(.click(x: 10, y: 3)))
        #expect(heading.screen == .meetings(MeetingsScreen(cursor: ListCursor(selected: 1, offset: 0))))
        let (report, _) = Fixtures.send([.enter] + Fixtures.keys("jjj") + [.enter, .character("2")], to: Fixtures.state())
        let (wheeled, _) = App.update(report, .mouse(.wheelDown(x: 5, y: 10)))
        #expect(try item(wheeled).offset == 3)
        let tabRow = report.itemBodyTop(try item(report)) - 1
        let historyTab = try #require(report.tabRanges().first { $0.part == .history })
        let (tab, _) = App.update(report, .mouse(.click(x: historyTab.range.lowerBound + 1, y: tabRow)))
        #expect(try item(tab).part == .history)
    }

    @Test("a command that cannot run says why", arguments: [
        ([Key.tab], "Only in an item"),
        ([.character("]")], "Only in an item"),
        ([.character("n")], "Nothing to find yet: press / first"),
        ([.enter, .enter, .character("2"), .enter], "Nothing to open here"),
        ([.enter, .enter, .character("4"), .enter], "Nothing to open here"),
    ])
    func reasons(keys: [Key], reason: String) {
        let (state, effects) = Fixtures.send(keys, to: Fixtures.state())
        #expect(state.status == reason)
        #expect(effects.isEmpty)
    }

    @Test("the pager scrolls and goes back")
    func pager() throws {
        let text = (1...100).map { "Rad \($0) med åäö" }.joined(separator: "\n")
        let (state, _) = App.update(Fixtures.state(), .attachmentLoaded(title: "Bilaga", result: .text(text)))
        let (scrolled, _) = Fixtures.send([.character("j"), .character(" "), .character("G")], to: state)
        guard case .pager(let pager) = scrolled.screen else { Issue.record("no pager"); return }
        #expect(pager.offset == 100 - scrolled.textBodyHeight)
        let (back, _) = Fixtures.send([.escape], to: scrolled)
        #expect(back.stack.count == 1)
    }

    @Test("i explains the marks from the words the lists draw, scrolls like text, finds, and goes back")
    func markerLegend() throws {
        let (state, _) = Fixtures.send([.enter, .character("i")], to: Fixtures.state(height: 12))
        guard case .markerLegend(let legend) = state.screen else { Issue.record("no legend"); return }
        let strings = state.strings
        #expect(legend.lines.contains { $0.text.hasPrefix(strings.confidentialBadge) && $0.text.hasSuffix(strings.markerLegend.confidential) })
        #expect(legend.lines.contains { $0.text.hasPrefix(strings.readProgress(3, 8)) })
        let (bottom, _) = Fixtures.send([.character("G")], to: state)
        guard case .markerLegend(let scrolled) = bottom.screen else { Issue.record("no legend"); return }
        #expect(scrolled.offset == legend.lines.count - bottom.textBodyHeight)
        let (found, _) = Fixtures.send([.character("g"), .character("/")] + Fixtures.keys("struck") + [.enter], to: state)
        #expect(found.matchLine == legend.lines.firstIndex { $0.text.contains(strings.markerLegend.struck) })
        let (back, _) = Fixtures.send([.escape], to: state)
        guard case .agenda = back.screen else { Issue.record("not back on the agenda"); return }
    }

    @Test("? shows the keys that work here first, the rest after; a member sees none of the clerk's or the chair's; / finds in it")
    func helpForHere() throws {
        let (item, _) = Fixtures.send([.enter, .character("j"), .character("j"), .character("j"), .enter, .character("?")], to: Fixtures.state())
        let lines = HelpContent.lines(for: item)
        let elsewhere = try #require(lines.firstIndex { $0.isSection && $0.text == "Other keys" })
        #expect(lines.first?.text == "Keys here")
        #expect(lines[..<elsewhere].contains { $0.text == "next part" }, "the item's keys are here")
        #expect(lines[elsewhere...].contains { $0.text == "support the proposal (bifall) · position menu (p)" },
                "the position menu's are elsewhere, and say which menu they are in")
        #expect(!lines.contains { $0.text == "record the outcome (clerk)" || $0.text == "the meeting to the next item" })
        let clerk = HelpContent.lines(for: Fixtures.send([.character("?")], to: ClerkTests.state()).0)
        #expect(clerk.contains { $0.text == "record the outcome (clerk)" })
        let firstGroup = clerk.first { $0.isHeading && !$0.isSection }?.text
        #expect(firstGroup == Strings.english.groupNames[.record] || firstGroup == Strings.english.groupNames[.agenda],
                "the clerk's own keys come first: \(String(describing: firstGroup))")
        let (found, _) = Fixtures.send([.character("/")] + Fixtures.keys("bifall") + [.enter], to: item)
        let offset = try #require(found.helpOffset)
        #expect(lines[offset...].prefix(3).contains { $0.text.contains("bifall") })
    }
}
