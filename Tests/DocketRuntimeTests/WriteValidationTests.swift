import DocketCore
import DocketDemo
import DocketModel
@testable import DocketRuntime
import DocketStore
import Foundation
import Testing

/// Every kind of change Docket writes leaves a store that `docket validate`
/// accepts; a change that would not is refused, and nothing is written.
@Suite("Docket never writes what it would refuse to read")
struct WriteValidationTests {
    /// A demo store and a session acting as `member`.
    final class Store {
        let root = FileManager.default.temporaryDirectory.path + "/docket-writes-\(UUID().uuidString)"
        let contents: StoreContents
        let loader: StoreLoader

        init() throws {
            try StoreCopier().copyStore(from: try #require(DemoStore.path), to: root)
            loader = try StoreLoader(root: root)
            contents = try #require(try loader.load().contents)
        }

        deinit {
            try? FileManager.default.removeItem(atPath: root)
            try? FileManager.default.removeItem(atPath: root + "-private")
        }

        func session(_ member: String) throws -> (Session, AppState) {
            let session = Session(root: root, reader: loader.reader,
                                  notes: NoteStore(member: member, privateDirectory: root + "-private/" + member, reader: loader.reader),
                                  positions: PositionStore(member: member, privateDirectory: root + "-private/" + member, reader: loader.reader),
                                  meetings: contents.meetings.map(\.id), members: contents.committee.members.map(\.id),
                                  timeZone: TimeZone(identifier: "Europe/Stockholm")!, opener: RecordingOpener(), editor: ScriptedEditor(text: nil))
            let identity = try Identity.resolve(store: contents, asMember: member, environment: [:], account: nil, today: "2026-12-10")
            return (session, AppState(store: contents, today: "2026-12-10", width: 80, height: 24, identity: identity, language: .english))
        }

        /// Every problem `docket validate` would report now.
        func problems() throws -> [String] {
            let fresh = try StoreLoader(root: root)
            return (try fresh.load().problems + Journal(reader: fresh.reader).readAll().problems).map(\.description)
        }
    }

    static let meeting = "2026-12-10"
    static let members = ["karin-holmberg", "per-olof-sandberg", "maria-johansson", "leila-haddad", "johan-ek", "anders-nystrom",
                          "fatima-ali", "gunnar-lind", "sofia-aberg", "erik-ohman", "ulla-bergqvist"]

    static func edit(_ edit: RecordEdit) -> RecordChange {
        RecordChange(meeting: meeting, firstParagraph: 112, edit: edit)
    }

    /// Each of the clerk's edits, in an order a real meeting could take.
    static var recordEdits: [RecordEdit] {
        let item = "skyddat-boende"
        let extra = AgendaItem(id: "extra-1", number: 13, section: "beslut", title: "Extra ärende: lokalfrågan")
        var vote = Vote(id: "votering-1", yes: "forvaltningens-forslag", no: "reject-1")
        for (index, member) in members.dropFirst().enumerated() { vote.ballots.append(Vote.Ballot(member: member, choice: index < 6 ? .yes : .no)) }
        vote.ballots.append(Vote.Ballot(member: "karin-holmberg", choice: .yes))
        vote.result = "forvaltningens-forslag"
        let edits: [RecordEdit] = members.map { .attendance(Attendance(member: $0, present: true)) } + [
            .attendance(Attendance(member: "birgitta-strand", present: true, servingFor: nil)),
            .officials([Official(name: "Maja Lindberg", title: "Utredare")]),
            .checkers(["leila-haddad", "johan-ek"]),
            .checking(MeetingRecord.Checking(date: "2026-12-14", time: "10:00", place: "Socialförvaltningen")),
            .firstParagraph(112),
            .agendaChanges([AgendaChange(kind: .struck, item: "information"),
                            AgendaChange(kind: .added, item: "extra-1", before: "information", added: extra),
                            AgendaChange(kind: .moved, item: "remiss-vald", before: "riktlinjer")]),
            .item(item, .members(.recused, ["gunnar-lind"])),
            .item(item, .members(.recused, [])),
            .item(item, .members(.notTakingPart, ["anders-nystrom"])),
            .item(item, .members(.notTakingPart, [])),
            .item(item, .addProposal(PutProposal(id: "forvaltningens-forslag", kind: .support, agendaProposal: "forvaltningens-forslag",
                                                 text: "Förvaltningens förslag"))),
            .item(item, .addProposal(PutProposal(id: "reject-1", kind: .reject, proposers: ["per-olof-sandberg"], text: "Avslag"))),
            .item(item, .addProposal(PutProposal(id: "tillagg-1", kind: .addition, proposers: ["sofia-aberg"], text: "Tillägg"))),
            .item(item, .withdraw(proposal: "tillagg-1", true)),
            .item(item, .vote(vote)),
            .item(item, .addStep(PropositionStep(proposals: ["forvaltningens-forslag", "reject-1"], preferred: "forvaltningens-forslag", vote: "votering-1"))),
            .item(item, .decision(Decision(category: .accordingToProposal, clauses: ["att bifalla förvaltningens förslag"]))),
            .item(item, .addReservation(Reservation(members: ["per-olof-sandberg"], inFavourOf: "reject-1", written: true))),
            .item(item, .addStatement(.minuteNote, Statement(members: ["maria-johansson"], text: "Vi stöder beslutet"))),
            .item(item, .addStatement(.special, Statement(members: ["anders-nystrom"], text: "Ett yttrande"))),
            .item(item, .checkedAtOnce(true)),
            .item(item, .remove(.statement(.minuteNote, 0))),
            .item(item, .remove(.checkedAtOnce)),
            .item(item, .checkedAtOnce(true)),
            .item(item, .addStatement(.minuteNote, Statement(members: ["maria-johansson"], text: "Ångras sedan"))),
        ]
        // Undo of the last change: the record as it was before it.
        let before = edits.dropLast().reduce(MeetingRecord(meeting: meeting, firstParagraph: 112)) { $1.applied(to: $0) }
        return edits + [
            .restore(before),
            .approve(date: "2026-12-10"),
            .post(date: "2026-12-11"),
            .correct(MeetingRecord.Correction(at: "2026-12-12", by: "eva-lundgren", reason: "Fel ledamot antecknad")),
        ]
    }

    @Test("notes, positions, read marks, every presiding action and every record edit leave a store that validates")
    func everyKindOfChange() throws {
        let store = try Store()
        let terminal = FakeTerminal([])
        let (member, memberState) = try store.session("leila-haddad")
        let matter = "verksamhetsplan-2027"
        let note = try #require({ () -> Message? in
            member.perform(.changeNotes([.add(matter: matter, anchor: nil, text: "Fråga om kostnaden", shared: true),
                                         .add(matter: matter, anchor: nil, text: "Privat fråga", shared: false)]),
                           state: memberState, terminal: terminal)
        }())
        guard case .notesSaved(let notes, let failed, let error) = note else { Issue.record("\(note)"); return }
        #expect(failed.isEmpty && error == nil, "\(error ?? "")")
        #expect(member.perform(.changeNotes([.move(notes[0].note, toShared: false)]), state: memberState, terminal: terminal) != nil)
        let positionChanges: [PositionChange] = [
            .set(meeting: Self.meeting, matter: matter, stance: .own, own: OwnProposal(kind: .amendment, text: "att nämnden anordnar en hearing"),
                 motivation: "Motivering", shared: true),
            .set(meeting: Self.meeting, matter: "budgetuppfoljning-oktober", stance: .support, own: nil, motivation: nil, shared: false),
            .markRead(meeting: Self.meeting, matter: matter, revision: "0123456789abcdef"),
        ]
        for change in positionChanges {
            let answer = member.perform(.changePositions([change]), state: memberState, terminal: terminal)
            guard case .positionsSaved(_, _, _, let error)? = answer else { Issue.record("\(String(describing: answer))"); continue }
            #expect(error == nil, "\(change): \(error ?? "")")
        }

        let (chair, chairState) = try store.session("karin-holmberg")
        for action in [LiveAction.open(meeting: Self.meeting), .move(meeting: Self.meeting, item: "riktlinjer"), .pause(meeting: Self.meeting),
                       .resume(meeting: Self.meeting), .close(meeting: Self.meeting), .reopen(meeting: Self.meeting)] {
            let answer = chair.perform(.preside([action]), state: chairState, terminal: terminal)
            guard case .liveChanged(_, _, let error)? = answer else { Issue.record("\(String(describing: answer))"); continue }
            #expect(error == nil, "\(action): \(error ?? "")")
        }

        let (clerk, clerkState) = try store.session("eva-lundgren")
        for edit in Self.recordEdits {
            let answer = clerk.perform(.record([Self.edit(edit)]), state: clerkState, terminal: terminal)
            guard case .recordsChanged(_, let failed, let error)? = answer else { Issue.record("\(String(describing: answer))"); continue }
            #expect(failed.isEmpty && error == nil, "\(edit.action): \(error ?? "")")
            #expect(try store.problems() == [], "after \(edit.action)")
        }
        let record = try #require(clerk.loadRecords()[Self.meeting])
        #expect(record.corrections.first?.at.contains("T") == true, "a correction's time is a timestamp: \(record.corrections)")
        #expect(try store.problems() == [])
    }

    @Test("a change that would make an invalid record is refused, kept as unsaved, and the file is untouched", arguments: [
        RecordEdit.item("skyddat-boende", .vote(Vote(id: "votering-1", yes: "a", no: "b", ballots: [Vote.Ballot(member: "johan-ek", choice: .yes)]))),
        RecordEdit.approve(date: "2026-12-01"),
        RecordEdit.approve(date: "2026-10-21"),
        RecordEdit.post(date: "2026-10-28"),
        RecordEdit.checkers(["johan-ek"]),
        RecordEdit.attendance(Attendance(member: "nobody-at-all", present: true)),
    ])
    func refused(edit: RecordEdit) throws {
        let store = try Store()
        let (clerk, state) = try store.session("eva-lundgren")
        let path = store.root + "/meetings/2026-10-22/record.json"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let change = RecordChange(meeting: "2026-10-22", firstParagraph: 100, edit: edit)
        let answer = clerk.perform(.record([change]), state: state, terminal: FakeTerminal([]))
        guard case .recordsChanged(_, let failed, let error)? = answer else { Issue.record("\(String(describing: answer))"); return }
        #expect(failed.map(\.edit) == [edit])
        #expect(failed.first?.id != nil, "kept with the id it was tried under")
        #expect(error?.contains("record.json: $.") == true, "\(error ?? "")")
        #expect(error?.contains("Docket writes no file it would refuse to read") == true, "\(error ?? "")")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try store.problems() == [])
    }

    @Test("a roll-call answer draws one frame: the watcher's echo of my own write reloads that meeting alone and sends nothing")
    func oneFramePerAnswer() throws {
        let store = try Store()
        let (clerk, state) = try store.session("eva-lundgren")
        // The upcoming meeting's record (everyone present), then each key one frame: the echo of each write adds none.
        let keys: [Key] = [.enter, .character("R"), .character("*"), .escape, .escape]
        let terminal = FakeTerminal(keys.map { .key($0) })
        // Idle turns, so the watcher sees the writes come back before the run ends.
        terminal.idle = Array(repeating: { usleep(20_000) }, count: 5)
        let final = clerk.run(state, on: terminal, stopRequested: { terminal.isDrained })
        #expect(final.store.records["2026-12-10"]?.attendance.count == 11)
        #expect(terminal.frames.count == 1 + keys.count, "one first frame and one per key, none for the echoes")
        let path = store.root + "/meetings/2026-12-10/record.json"
        #expect(clerk.reload([path]).isEmpty, "what was read is what was known")
        // Another instance's change is still seen: only its meeting is read again.
        let entry = JournalEntry(time: "2026-12-10T13:30:00+01:00", person: "eva-lundgren", action: "record-checkers", meeting: "2026-12-10",
                                 item: nil, summary: "record-checkers")
        try RecordStore(reader: store.loader.reader).update("2026-12-10", firstParagraph: 112, journal: entry) {
            RecordEdit.checkers(["leila-haddad", "johan-ek"]).applied(to: $0)
        }
        let messages = clerk.reload([path])
        guard case .recordsChanged(let records, _, _)? = messages.first, messages.count == 1 else { Issue.record("\(messages)"); return }
        #expect(records["2026-12-10"]?.checkers == ["leila-haddad", "johan-ek"])
        #expect(records["2026-10-22"] != nil, "the other meeting's record, as known, without being read again")
    }
}

