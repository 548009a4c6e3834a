import DocketCore
import DocketModel
import Testing

@Suite("Notes in the interface")
struct NoteTests {
    /// Into the long report of item 4, scrolled so that a paragraph is at the top.
    static let toReport: [Key] = [.enter, .character("j"), .character("j"), .character("j"), .enter, .character("2")]

    /// The report's first paragraph, as an anchor.
    static let firstParagraph: NoteAnchor = {
        let paragraph = Fixtures.demo.matters["verksamhetsplan-2027"]!.report!.sections[0].paragraphs[0]
        return NoteAnchor(kind: .document, id: "tjansteutlatande", paragraph: 0, opening: NoteAnchor.opening(of: paragraph))
    }()

    private func note(_ id: String, by author: String, anchor: NoteAnchor? = nil, text: String = "Fråga om ramen") -> Note {
        Note(id: id, matter: "verksamhetsplan-2027", author: author, anchor: anchor, text: text,
             created: "2026-11-29T10:00:00+01:00", modified: "2026-11-29T10:00:00+01:00")
    }

    @Test("a types a note in the bottom line, anchored to the paragraph at the top; Enter asks to save it")
    func quickNote() throws {
        let (report, _) = Fixtures.send(NoteTests.toReport + Array(repeating: .character("j"), count: 4), to: Fixtures.state())
        let (typing, _) = Fixtures.send([.character("a")] + Fixtures.keys("Öka ramen för å"), to: report)
        let prompt = try #require(typing.prompt)
        guard case .newNote("verksamhetsplan-2027", let anchor?) = prompt.purpose else { Issue.record("\(prompt.purpose)"); return }
        #expect(anchor == NoteTests.firstParagraph)
        // Editing by grapheme: ← twice, Backspace removes "r", Home, Delete removes "Ö", Ctrl-W the last word.
        let (edited, _) = Fixtures.send([.left, .left, .backspace, .home, .delete], to: typing)
        #expect(edited.prompt?.editor.text == "ka ramen fö å")
        let (saved, effects) = Fixtures.send([.end, .control("w"), .enter], to: edited)
        #expect(effects == [.changeNotes([.add(matter: "verksamhetsplan-2027", anchor: anchor, text: "ka ramen fö", shared: false)])])
        #expect(saved.prompt == nil)
    }

    @Test("Esc asks only when typed text would be lost")
    func cancel() {
        let (report, _) = Fixtures.send(NoteTests.toReport, to: Fixtures.state())
        let (empty, _) = Fixtures.send([.character("a"), .escape], to: report)
        #expect(empty.prompt == nil && empty.confirmation == nil)
        let (asked, _) = Fixtures.send([.character("a"), .character("x"), .escape], to: report)
        #expect(asked.confirmation != nil)
        let (kept, _) = Fixtures.send([.character("n")], to: asked)
        #expect(kept.prompt?.editor.text == "x")
        let (discarded, effects) = Fixtures.send([.escape, .character("y")], to: kept)
        #expect(discarded.prompt == nil && discarded.confirmation == nil)
        #expect(effects.isEmpty)
    }

    @Test("the Notes part lists mine and others' shared notes; markers show in the margin")
    func notesPart() throws {
        let anchor = NoteTests.firstParagraph
        let notes = [VisibleNote(note: note("n-1", by: "leila-haddad", anchor: anchor), shared: false),
                     VisibleNote(note: note("n-2", by: "karin-holmberg", text: "Delad av ordföranden"), shared: true)]
        let (report, _) = Fixtures.send(NoteTests.toReport, to: Fixtures.state(notes: notes))
        guard case .item(let item) = report.screen else { Issue.record("no item"); return }
        #expect(item.lines.filter(\.marked).count == item.lines.filter { $0.anchor == NoteTests.firstParagraph }.count)
        #expect(item.lines.filter(\.marked).count >= 4)
        let texts = item.layout.part(.notes).lines.map(\.text)
        #expect(texts.contains { $0.hasPrefix("Private · 2026-11-29 10:00 · ¶1 Socialförvaltningen") })
        #expect(texts.contains { $0.hasPrefix("Karin Holmberg (S) · 2026-11-29 10:00 · on the whole item") })
        // Enter on my note goes to its paragraph in the report.
        let (jumped, _) = Fixtures.send([.character("5"), .enter], to: report)
        guard case .item(let shown) = jumped.screen else { Issue.record("no item"); return }
        #expect(shown.part == .report)
        #expect(shown.lines[shown.offset + 1].anchor?.paragraph == 0)
    }

    @Test("d asks, then deletes; u undoes; s shares; others' notes cannot be changed")
    func changes() {
        let mine = VisibleNote(note: note("n-1", by: "leila-haddad"), shared: false)
        let theirs = VisibleNote(note: note("n-2", by: "karin-holmberg"), shared: true)
        let (notesPart, _) = Fixtures.send(NoteTests.toReport + [.character("5")], to: Fixtures.state(notes: [mine, theirs]))
        let (asked, none) = Fixtures.send([.character("d")], to: notesPart)
        #expect(none.isEmpty)
        #expect(asked.confirmation == .deleteNote(mine))
        let (deleted, effects) = Fixtures.send([.character("y")], to: asked)
        #expect(effects == [.changeNotes([.remove(mine.note, shared: false)])])
        #expect(deleted.status == "Note deleted — u undoes")
        let (_, undo) = Fixtures.send([.character("u")], to: deleted)
        #expect(undo == [.changeNotes([.put(mine.note, shared: false)])])
        let (_, share) = Fixtures.send([.character("s")], to: notesPart)
        #expect(share == [.changeNotes([.move(mine.note, toShared: true)])])
        let (refused, nothing) = Fixtures.send([.character("j"), .character("d")], to: notesPart)
        #expect(nothing.isEmpty)
        #expect(refused.status == "Only your own notes can be changed")
        let (_, edit) = Fixtures.send([.character("e")], to: notesPart)
        #expect(edit == [.editExternally(.existingNote(mine), text: "Fråga om ramen")])
    }

    @Test("a failed write is kept and retried with the next one, and on quit; quitting then asks")
    func failedWrites() {
        let change = NoteChange.add(matter: "verksamhetsplan-2027", anchor: nil, text: "x", shared: false)
        let (failed, _) = App.update(Fixtures.state(), .notesSaved(notes: [], failed: [change], error: "the disk is full"))
        #expect(failed.unsaved == [change])
        #expect(failed.status?.hasPrefix("Not saved: the disk is full.") == true)
        let (quitting, effects) = Fixtures.send([.character("q")], to: failed)
        #expect(effects == [.changeNotes([change])])
        #expect(quitting.isRunning)
        let (asked, _) = App.update(quitting, .notesSaved(notes: [], failed: [change], error: "the disk is full"))
        #expect(asked.confirmation == .quitWithUnsaved(count: 1, reason: "the disk is full"))
        let (gone, quit) = Fixtures.send([.character("y")], to: asked)
        #expect(quit == [.quit] && !gone.isRunning)
        let (retried, _) = App.update(quitting, .notesSaved(notes: [], failed: [], error: nil))
        #expect(!retried.isRunning)
    }

    @Test("the external editor: unchanged changes nothing, an error with changed text asks first")
    func externalEditor() {
        let edit = ExternalEdit.newNote(matter: "verksamhetsplan-2027", anchor: nil)
        let (same, none) = App.update(Fixtures.state(), .externalEditFinished(edit, original: "", text: "\n", failure: nil))
        #expect(none.isEmpty && same.status == "The note is unchanged")
        let (_, saved) = App.update(Fixtures.state(), .externalEditFinished(edit, original: "", text: "Ny text\n", failure: nil))
        #expect(saved == [.changeNotes([.add(matter: "verksamhetsplan-2027", anchor: nil, text: "Ny text", shared: false)])])
        let (asked, _) = App.update(Fixtures.state(), .externalEditFinished(edit, original: "", text: "Ny text", failure: "exit status 1"))
        #expect(asked.confirmation == .useFailedEdit(edit, text: "Ny text", failure: "exit status 1"))
        let (_, used) = Fixtures.send([.character("y")], to: asked)
        #expect(used == saved)
    }

    @Test("a read-only session can read notes but not write them")
    func readOnly() {
        let visitor = Identity(member: nil, role: nil, banner: .readOnly(user: "root", ids: ["leila-haddad"]))
        let (state, effects) = Fixtures.send(NoteTests.toReport + [.character("a")], to: Fixtures.state(identity: visitor))
        #expect(effects.isEmpty && state.prompt == nil)
        #expect(state.status == "This session is read-only: start Docket with --as ID")
    }

    @Test("who you are: --as, DOCKET_USER, USER by login; the demo's stand-in; read-only elsewhere")
    func identity() throws {
        let store = Fixtures.demo
        #expect(try Identity.resolve(store: store, asMember: "karin-holmberg", environment: [:], account: nil, today: Fixtures.today).role == .chair)
        #expect(try Identity.resolve(store: store, asMember: nil, environment: ["DOCKET_USER": "eva-lundgren"], account: nil, today: Fixtures.today).role == .clerk)
        #expect(try Identity.resolve(store: store, asMember: nil, environment: ["USER": "perolof"], account: nil, today: Fixtures.today).member?.id == "per-olof-sandberg")
        let stranger = try Identity.resolve(store: store, asMember: nil, environment: ["USER": "root"], account: nil, today: Fixtures.today)
        #expect(stranger.member?.id == "leila-haddad")
        #expect(stranger.banner.map(Strings.english.banner)?.hasPrefix("Demo: you (root) are Leila Haddad.") == true)
        #expect(stranger.banner.map(Strings.swedish.banner)?.hasPrefix("Demo: du (root) är Leila Haddad.") == true)
        var real = store
        real.manifest.demo = nil
        let visitor = try Identity.resolve(store: real, asMember: nil, environment: ["USER": "root"], account: nil, today: Fixtures.today)
        #expect(visitor.member == nil && !visitor.canWrite)
        #expect(throws: Identity.Failure.self) { try Identity.resolve(store: store, asMember: "nobody", environment: [:], account: nil, today: Fixtures.today) }
    }

    @Test("a shared store: who you are is your account; --as and DOCKET_USER can only name yourself, $USER changes nothing")
    func accountIdentity() throws {
        var shared = Fixtures.demo
        shared.manifest.demo = nil
        #expect(shared.manifest.identitySource == .accounts)
        let perOlof = try Identity.resolve(store: shared, asMember: nil, environment: ["USER": "eva"], account: "perolof", today: Fixtures.today)
        #expect(perOlof.member?.id == "per-olof-sandberg" && perOlof.canWrite)
        #expect(try Identity.resolve(store: shared, asMember: "per-olof-sandberg", environment: [:], account: "perolof", today: Fixtures.today)
            .member?.id == "per-olof-sandberg")
        #expect(throws: Identity.Failure.notYou(named: "eva-lundgren", account: "perolof", member: "Per-Olof Sandberg")) {
            try Identity.resolve(store: shared, asMember: "eva-lundgren", environment: [:], account: "perolof", today: Fixtures.today)
        }
        #expect(throws: Identity.Failure.notYou(named: "eva-lundgren", account: "perolof", member: "Per-Olof Sandberg")) {
            try Identity.resolve(store: shared, asMember: nil, environment: ["DOCKET_USER": "eva-lundgren"], account: "perolof", today: Fixtures.today)
        }
        #expect(throws: Identity.Failure.notYou(named: "eva-lundgren", account: "mallory", member: nil)) {
            try Identity.resolve(store: shared, asMember: "eva-lundgren", environment: [:], account: "mallory", today: Fixtures.today)
        }
        let stranger = try Identity.resolve(store: shared, asMember: nil, environment: ["USER": "perolof"], account: "mallory", today: Fixtures.today)
        #expect(stranger.member == nil && !stranger.canWrite)
        #expect(stranger.banner.map(Strings.english.banner) == "Read-only: your login \"mallory\" is no member's login in this committee; the clerk can add it to committee.json")
        // One person's own copy says so, and --as works as in the demo.
        shared.manifest.identity = .local
        #expect(try Identity.resolve(store: shared, asMember: "eva-lundgren", environment: [:], account: "perolof", today: Fixtures.today).role == .clerk)
    }

    @Test("a written anchor names a paragraph of the matter, or says why not")
    func anchorReferences() throws {
        let matter = try #require(Fixtures.demo.matters["hearing-om-spelberoende"])
        let document = try #require(matter.documents.first)
        let anchor = try NoteAnchor.parse("document:\(document.id):0", in: matter)
        #expect(anchor.kind == .document && anchor.id == document.id && anchor.paragraph == 0)
        #expect(anchor.opening == NoteAnchor.opening(of: document.sections[0].paragraphs[0]))
        #expect(throws: NoteAnchor.ReferenceError.malformed("document:x")) { try NoteAnchor.parse("document:x", in: matter) }
        #expect(throws: NoteAnchor.ReferenceError.malformed("page:x:1")) { try NoteAnchor.parse("page:x:1", in: matter) }
        #expect(throws: NoteAnchor.ReferenceError.noParagraph(matter: matter.id, kind: .proposal, id: "nope", index: 0)) {
            try NoteAnchor.parse("proposal:nope:0", in: matter)
        }
    }

    /// Notes on two items of the upcoming meeting: mine private on a paragraph, and Karin's shared one.
    static let sampleNotes: [VisibleNote] = [
        VisibleNote(note: Note(id: "n-1", matter: "verksamhetsplan-2027", author: "leila-haddad", anchor: firstParagraph,
                               text: "Fråga förvaltningen om ökningen på 18,4 mnkr – gäller den även 2028?",
                               created: "2026-11-29T10:00:00+01:00", modified: "2026-11-29T10:05:00+01:00"), shared: false),
        VisibleNote(note: Note(id: "n-2", matter: "hearing-om-spelberoende", author: "karin-holmberg", anchor: nil,
                               text: "Vi yrkar bifall till skrivelsen: en hearing behövs.\nSe partigruppens beslut.",
                               created: "2026-11-29T11:00:00+01:00", modified: "2026-11-29T11:00:00+01:00"), shared: true),
    ]

    @Test("o lists the meeting's notes by item; Enter opens the item at the note's place")
    func overview() throws {
        let (overview, _) = Fixtures.send([.enter, .character("o")], to: Fixtures.state(notes: NoteTests.sampleNotes))
        guard case .notesOverview(let screen) = overview.screen else { Issue.record("\(overview.screen)"); return }
        #expect(screen.rows.count == 4)
        #expect(screen.cursor.selected == 1)
        let (opened, _) = Fixtures.send([.enter], to: overview)
        guard case .item(let item) = opened.screen else { Issue.record("\(opened.screen)"); return }
        #expect(item.itemIndex == 3 && item.part == .report)
        let (second, _) = Fixtures.send([.character("j"), .enter], to: overview)
        guard case .item(let other) = second.screen else { Issue.record("\(second.screen)"); return }
        #expect(other.itemIndex == 7 && other.part == .proposal)
        let (empty, _) = Fixtures.send([.character("o")], to: Fixtures.state())
        #expect(empty.screen != Fixtures.state().screen)
        #expect(Fixtures.send([.enter], to: empty).0.status == "Nothing to open here")
    }
}

