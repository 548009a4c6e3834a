import DocketCore
import DocketDemo
import DocketMinutes
import DocketModel
import DocketRuntime
import DocketStore
import DocketText
import DocketUI
import Foundation

/// The demo's speed figures: loading, the first frame, a walk through the long
/// report, note saves, a roll call and the minutes, measured rather than asserted in tests.
enum Benchmark {
    static func measureDemo() throws {
        let clock = ContinuousClock()
        guard let demo = DemoStore.path else { fatalError("the demo store resource is missing") }

        var loads: [Duration] = []
        var contents: StoreContents?
        for _ in 0..<20 {
            let start = clock.now
            contents = try StoreLoader(root: demo).load().contents
            loads.append(clock.now - start)
        }
        guard let store = contents else { fatalError("the demo store did not load") }
        report("load and validate the demo store (in process)", loads)

        var firstFrames: [Duration] = []
        for _ in 0..<20 {
            let start = clock.now
            let state = AppState(store: store, today: "2026-11-29", width: 200, height: 60)
            _ = Renderer.render(state)
            firstFrames.append(clock.now - start)
        }
        report("build the state and render the first frame, 200×60", firstFrames)

        // Into the long report of the upcoming meeting.
        var state = AppState(store: store, today: "2026-11-29", width: 200, height: 60)
        for key in [Key.enter, .character("j"), .character("j"), .character("j"), .enter, .character("2")] {
            state = App.update(state, .key(key)).0
        }
        var walk: [Message] = []
        walk += Array(repeating: .key(.character("j")), count: 300)
        walk += Array(repeating: .key(.character(" ")), count: 10)
        walk += [.key(.character("G")), .key(.character("g"))]
        walk += Array(repeating: .key(.pageDown), count: 10) + Array(repeating: .key(.control("b")), count: 10)
        walk += [.key(.character("/"))] + "bistånd".map { .key(.character($0)) } + [.key(.enter)]
        walk += Array(repeating: .key(.character("n")), count: 20)
        walk += [.resize(width: 120, height: 40), .resize(width: 200, height: 60)]
        walk += [.key(.tab), .key(.tab), .key(.character("j")), .key(.backTab), .key(.backTab), .key(.character("]")), .key(.character("["))]
        walk += Array(repeating: .mouse(.wheelDown(x: 10, y: 20)), count: 50)

        var steps: [Duration] = []
        for message in walk {
            let start = clock.now
            state = App.update(state, message).0
            _ = Renderer.render(state)
            steps.append(clock.now - start)
        }
        report("update + render per message, 200×60, walk through the long report (\(walk.count) messages)", steps)
        try measureNoteSaves(demo: demo)
        try measureRollCall(demo: demo)
        try RollCallSession.measure(demo: demo)
        measureMinutes(store: store)
    }

    /// One answer of a roll call as the clerk's session saves it: the record through the write path, and a journal line.
    static func measureRollCall(demo: String) throws {
        let clock = ContinuousClock()
        let root = FileManager.default.temporaryDirectory.path + "/docket-bench-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try StoreCopier().copyStore(from: demo, to: root)
        let records = RecordStore(reader: StoreReader(root: root, schemas: try SchemaSet.bundled()))
        let members = ["per-olof-sandberg", "maria-johansson", "leila-haddad", "johan-ek", "anders-nystrom", "fatima-ali",
                       "gunnar-lind", "sofia-aberg", "erik-ohman", "ulla-bergqvist", "karin-holmberg"]
        // Everyone present and two proposals put, so that every answer is a record Docket accepts.
        let setup = JournalEntry(time: "2026-12-10T13:59:00+01:00", person: "eva-lundgren", action: "record-attendance",
                                 meeting: "2026-12-10", item: nil, summary: "record-attendance 2026-12-10")
        try records.update("2026-12-10", firstParagraph: 112, journal: setup) { record in
            let edits = members.map { RecordEdit.attendance(Attendance(member: $0, present: true)) } + [
                .item("verksamhetsplan", .addProposal(PutProposal(id: "forvaltningens-forslag", kind: .support, agendaProposal: "forvaltningens-forslag",
                                                                  text: "Förvaltningens förslag"))),
                .item("verksamhetsplan", .addProposal(PutProposal(id: "avslag", kind: .reject, proposers: ["per-olof-sandberg"], text: "Avslag"))),
            ]
            return edits.reduce(record) { $1.applied(to: $0) }
        }
        var answers: [Duration] = []
        for round in 0..<20 {
            var vote = Vote(id: "votering-\(round + 1)", yes: "forvaltningens-forslag", no: "avslag")
            for member in members {
                vote.ballots.append(Vote.Ballot(member: member, choice: .yes))
                let entry = JournalEntry(time: "2026-12-10T14:00:00+01:00", person: "eva-lundgren", action: "record-vote",
                                         meeting: "2026-12-10", item: "verksamhetsplan", summary: "record-vote 2026-12-10")
                let start = clock.now
                try records.update("2026-12-10", firstParagraph: 112, journal: entry) {
                    RecordEdit.item("verksamhetsplan", .vote(vote)).applied(to: $0)
                }
                answers.append(clock.now - start)
            }
        }
        report("save one roll-call answer, fsync and journal included (\(answers.count) answers)", answers)
    }

    /// The past meeting's minutes: built from the record and drawn in all three formats.
    static func measureMinutes(store: StoreContents) {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for _ in 0..<50 {
            let start = clock.now
            guard let document = try? MinutesBuilder(store: store, meeting: "2026-10-22", live: nil).build(MinutesRequest(meeting: "2026-10-22")) else {
                fatalError("the demo's past meeting has no minutes")
            }
            _ = MarkdownMinutes.render(document) + HTMLMinutes.render(document, language: "sv") + TextMinutes.render(document)
            samples.append(clock.now - start)
        }
        report("build the past meeting's minutes and draw Markdown, HTML and text", samples)
    }

    /// Saving a note: lock, re-read, merge, write a temporary file, fsync, rename, fsync the folder.
    static func measureNoteSaves(demo: String) throws {
        let clock = ContinuousClock()
        let root = FileManager.default.temporaryDirectory.path + "/docket-bench-\(UUID().uuidString)"
        defer {
            try? FileManager.default.removeItem(atPath: root)
            try? FileManager.default.removeItem(atPath: root + "-private")
        }
        try StoreCopier().copyStore(from: demo, to: root)
        let reader = StoreReader(root: root, schemas: try SchemaSet.bundled())
        let writer = NoteWriter(store: NoteStore(member: "leila-haddad", privateDirectory: root + "-private", reader: reader),
                                timeZone: TimeZone(identifier: "Europe/Stockholm")!)
        for shared in [false, true] {
            var saves: [Duration] = []
            for index in 1...200 {
                let start = clock.now
                let (_, error) = writer.apply([.add(matter: "verksamhetsplan-2027", anchor: nil, text: "Anteckning \(index) om ramen för 2027, åäö", shared: shared)])
                saves.append(clock.now - start)
                if let error { throw error }
            }
            report("save a \(shared ? "shared" : "private") note, fsync included (the file growing to 200 notes)", saves)
        }
    }

    static func report(_ title: String, _ samples: [Duration]) {
        let sorted = samples.sorted()
        func milliseconds(_ duration: Duration) -> String {
            let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
            return String(format: "%.3f ms", value)
        }
        let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
        print("\(title): median \(milliseconds(sorted[sorted.count / 2])), p99 \(milliseconds(p99)), worst \(milliseconds(sorted.last!))")
    }
}
