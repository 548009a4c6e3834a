import DocketText
import DocketCore
import DocketModel
import Testing

@Suite("Searching the whole archive")
struct SearchTests {
    static let store: StoreContents = {
        var store = Fixtures.demo
        // A paragraph in capitals and a word with å, to test what matches what.
        store.matters["delegationsordning-andring"]?.documents[0].sections[0].paragraphs.append("BJÖRNBÄRET och fåraherden")
        return store
    }()

    func titles(_ text: String, notes: [Note] = []) -> [String] {
        ArchiveIndex(store: SearchTests.store).search(SearchQuery(text), in: SearchTests.store, notes: notes).map(\.title)
    }

    @Test("a query: words, the last as the start of a word until a space, phrases, filters")
    func query() {
        let query = SearchQuery("Återremiss \"till nästa sammanträde\" dnr:SN-2026 år:2026 typ:motion bis")
        #expect(query.words == ["återremiss", "bis"])
        #expect(query.phrases == [["till", "nästa", "sammanträde"]])
        #expect(query.diaryNumber == "sn-2026" && query.year == "2026" && query.kind == .motionResponse)
        #expect(query.lastIsPrefix)
        #expect(!SearchQuery("bistånd ").lastIsPrefix)
        #expect(SearchQuery("typ:").isEmpty, "a filter being typed is no word")
    }

    @Test("case does not matter, but å, ä and ö are letters of their own: björnbäret finds BJÖRNBÄRET, faraherden not fåraherden")
    func swedishLetters() {
        #expect(titles("björnbäret") == ["Ändring i nämndens delegationsordning"])
        #expect(titles("BJÖRNBÄR") == ["Ändring i nämndens delegationsordning"], "the last word as the start of a word")
        #expect(titles("fåraherden") == ["Ändring i nämndens delegationsordning"])
        #expect(titles("faraherden").isEmpty)
        #expect(titles("björnbär ").isEmpty, "a word followed by a space is whole")
    }

    @Test("all words must occur; a phrase as written; filters narrow")
    func wordsPhrasesFilters() {
        let delegation = titles("delegationsordningen")
        #expect(delegation.contains("Ändring i nämndens delegationsordning"))
        #expect(titles("delegationsordningen björnbäret") == ["Ändring i nämndens delegationsordning"])
        #expect(titles("\"delegationsordningen med anledning\"") == ["Ändring i nämndens delegationsordning"])
        #expect(titles("\"med anledning delegationsordningen\"").isEmpty, "the words of a phrase in their order")
        #expect(titles("dnr:SN-2026-0317") == ["Ändring i nämndens delegationsordning"])
        #expect(titles("delegationsordningen år:2025").isEmpty)
        let information = ArchiveIndex(store: SearchTests.store).search(SearchQuery("typ:information"), in: SearchTests.store)
        #expect(!information.isEmpty && information.allSatisfy { SearchTests.store.matters[$0.matter]?.kind == .information })
    }

    @Test("a matter on several agendas is found once, its latest meeting first; decisions in the records are searched")
    func onceWithItsMeetings() throws {
        let results = ArchiveIndex(store: SearchTests.store).search(SearchQuery("riktlinjer ekonomiskt bistånd"), in: SearchTests.store)
        let guidelines = try #require(results.first { $0.matter == "riktlinjer-ekonomiskt-bistand" })
        #expect(results.filter { $0.matter == "riktlinjer-ekonomiskt-bistand" }.count == 1)
        #expect(guidelines.appearances.map { SearchTests.store.meetings[$0.meetingIndex].date } == ["2026-12-10", "2026-10-22"])
        #expect(titles("remittera rådet funktionsrätt").isEmpty, "a title-only extra item is no matter")
        #expect(titles("bordlägga ärendet till nästa").contains("Revidering av riktlinjer för ekonomiskt bistånd"), "the recorded decision")
    }

    @Test("an index of one query's words finds exactly what the whole index finds for it", arguments: [
        "riktlinjer ekonomiskt bistånd", "förvaltning", "förvaltningen ", "\"ekonomiskt bistånd\"", "typ:information", "år:2026 budget", "SN-2026",
    ])
    func indexForOneQuery(text: String) {
        let query = SearchQuery(text)
        let whole = ArchiveIndex(store: SearchTests.store).search(query, in: SearchTests.store)
        #expect(ArchiveIndex(store: SearchTests.store, for: query).search(query, in: SearchTests.store) == whole)
    }

    @Test("my own notes are searched, nobody else's")
    func ownNotes() {
        let mine = Note(id: "n-1", matter: "verksamhetsplan-2027", author: "leila-haddad", anchor: nil, text: "Fråga om kvittningsregeln",
                        created: "2026-11-29T10:00:00+01:00", modified: "2026-11-29T10:00:00+01:00")
        var theirs = mine
        (theirs.id, theirs.author, theirs.text) = ("n-2", "karin-holmberg", "Ordförandens hemliga fråga om skärgårdsfrågan")
        let state = Fixtures.state(store: SearchTests.store, notes: [VisibleNote(note: mine, shared: false), VisibleNote(note: theirs, shared: true)])
        var (searched, _) = Fixtures.send([.character("S")] + Fixtures.keys("kvittningsregeln"), to: state)
        guard case .search(let screen) = searched.screen else { Issue.record("not on the search"); return }
        #expect(screen.results.map(\.title) == ["Verksamhetsplan och internbudget 2027"])
        #expect(screen.results.first?.place == .note)
        (searched, _) = Fixtures.send(Array(repeating: .backspace, count: 16) + Fixtures.keys("skärgårdsfrågan"), to: searched)
        guard case .search(let other) = searched.screen else { Issue.record("not on the search"); return }
        #expect(other.results.isEmpty && other.text == "skärgårdsfrågan")
    }

    @Test("S searches as you type; Enter goes to the results, Enter opens the item at the first match; Esc goes back where it began")
    func interface() throws {
        var (state, _) = Fixtures.send([.enter, .character("S")] + Fixtures.keys("delegationsordningen"), to: Fixtures.state(store: SearchTests.store))
        guard case .search(let screen) = state.screen else { Issue.record("not on the search"); return }
        #expect(screen.results.count >= 1 && state.prompt?.purpose == .archiveSearch)
        (state, _) = Fixtures.send([.enter], to: state)
        #expect(state.prompt == nil)
        let first = try #require(screen.results.first)
        (state, _) = Fixtures.send([.enter], to: state)
        guard case .item(let item) = state.screen else { Issue.record("not on the item"); return }
        #expect(state.store.meetings[item.meetingIndex].agenda[item.itemIndex].matter == first.matter)
        #expect(state.query == "delegationsordningen" && state.matchLine != nil, "at the first match")
        (state, _) = Fixtures.send([.escape], to: state)
        guard case .search = state.screen else { Issue.record("back to the results"); return }
        // Esc on the search line goes back to the agenda the search began on.
        (state, _) = Fixtures.send([.character("S"), .escape], to: state)
        guard case .agenda = state.screen else { Issue.record("not back on the agenda: \(state.screen)"); return }
    }
}

@Suite("Words and matches on bytes")
struct SearchTextTests {
    @Test("words: letters and digits; Latin-1 capitals fold, å stays å; signs and dashes part words")
    func tokens() {
        #expect(SearchQuery.tokens(in: "BJÖRNBÄRET, Åsbro–Örebro § 12 «Café» 3×4 naïve") == ["björnbäret", "åsbro", "örebro", "12", "café", "3", "4", "naïve"])
        #expect(SearchQuery.tokens(in: "Ελληνικά Кириллица") == ["ελληνικά", "кириллица"], "other scripts are words, made small too")
    }

    @Test("find on screen: the Latin fast path finds what the general one does, at the same character offsets")
    func latinFastPath() {
        let text = "Förvaltningen FÖRESLÅR att förvaltningen ändrar — Förvaltningen."
        #expect(TextSearch.matches(of: "förvaltningen", in: text) == [0..<13, 27..<40, 50..<63])
        #expect(TextSearch.matches(of: "far", in: "FÅR får far") == [8..<11], "å is not a")
        // A combining accent takes the general path and still matches by character.
        #expect(TextSearch.matches(of: "e\u{301}", in: "Cafe\u{301} e\u{301}") == [3..<4, 5..<6])
        #expect(TextMetrics().width(of: "Förvaltningen") == 13 && TextMetrics().isSimple("Förvaltningen") && !TextMetrics().isSimple("e\u{301}"))
    }
}
