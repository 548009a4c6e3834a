import DocketCore
import DocketDemo
import DocketModel
import DocketStore
import Testing

/// An archive opens with the matters of its upcoming meetings; the rest are read when needed.
@Suite("Matters read when needed")
struct MatterLoadingTests {
    static let partial: StoreContents = {
        try! StoreLoader(root: DemoStore.path!).load(matters: .onMeetingsFrom("2026-11-29")).contents!
    }()

    @Test("the store opens with the upcoming meeting's matters; the past meeting's are listed, not read")
    func opensWithUpcoming() throws {
        let store = MatterLoadingTests.partial
        #expect(store.matters["verksamhetsplan-2027"] != nil)
        #expect(store.matters["avgifter-familjeradgivning-2027"] == nil && store.unloadedMatters.contains("avgifter-familjeradgivning-2027"))
        #expect(store.unloaded(in: [store.meetings[1]]).isEmpty)
        let (matters, problems) = try StoreLoader(root: DemoStore.path!).readMatters(["avgifter-familjeradgivning-2027", "saknas"])
        #expect(matters.map(\.id) == ["avgifter-familjeradgivning-2027"])
        #expect(problems.count == 1, "a missing file is a problem, named")
    }

    @Test("selecting the past meeting asks for its matters once; read, its agenda shows their titles")
    func readWhenSelected() throws {
        let state = Fixtures.state(store: MatterLoadingTests.partial)
        var (moved, effects) = App.update(state, .key(.character("j")))
        guard case .readMatters(let ids)? = effects.first else { Issue.record("no read asked: \(effects)"); return }
        #expect(Set(ids) == MatterLoadingTests.partial.unloadedMatters.intersection(MatterLoadingTests.partial.meetings[0].agenda.compactMap(\.matter)))
        #expect(App.update(moved, .key(.character("k"))).1.isEmpty && App.update(moved, .key(.character("j"))).1.isEmpty, "asked once")
        let read = try StoreLoader(root: DemoStore.path!).readMatters(ids).matters
        (moved, effects) = App.update(moved, .mattersRead(read, unusable: [], problem: nil))
        #expect(effects.isEmpty && moved.store.matters["avgifter-familjeradgivning-2027"] != nil)
        (moved, _) = Fixtures.send([.enter], to: moved)
        #expect(moved.title(of: moved.store.meetings[0].agenda[4]) == "Avgifter för familjerådgivning 2027")
    }

    @Test("the archive search reads every matter first, says so, then searches")
    func searchReadsAll() throws {
        var (state, effects) = Fixtures.send([.character("S")] + Fixtures.keys("familj"), to: Fixtures.state(store: MatterLoadingTests.partial))
        #expect(effects.contains(.readMatters(MatterLoadingTests.partial.unloadedMatters.sorted())))
        #expect(state.status == "Reading the archive before the first search…")
        let read = try StoreLoader(root: DemoStore.path!).readMatters(MatterLoadingTests.partial.unloadedMatters.sorted()).matters
        (state, _) = App.update(state, .mattersRead(read, unusable: [], problem: nil))
        guard case .search(let screen) = state.screen else { Issue.record("not on the search"); return }
        #expect(screen.results.contains { $0.matter == "avgifter-familjeradgivning-2027" })
    }
}

@Suite("Records read when needed")
struct RecordLoadingTests {
    /// As if opened in 2027: the demo's meetings of 2026 are earlier years, their records not read.
    static let partial: StoreContents = {
        try! StoreLoader(root: DemoStore.path!).load(matters: .onMeetingsFrom("2027-01-15")).contents!
    }()

    @Test("an earlier year's record is read when its meeting is selected; its agenda changes and badges follow")
    func readWhenSelected() throws {
        let store = RecordLoadingTests.partial
        #expect(store.records.isEmpty && store.unloadedRecords == ["2026-10-22"])
        let state = Fixtures.state(store: store)
        #expect(state.store.meetings[0].agenda.count == 12, "as sent, until the record is read")
        let (moved, effects) = App.update(state, .key(.character("j")))
        #expect(effects.contains(.readRecords(["2026-10-22"])))
        let records = try StoreLoader(root: DemoStore.path!).load().contents!.records
        let closed = LiveMeeting(meeting: "2026-10-22", opened: LiveMeeting.Stamp(at: "2026-10-22T13:00:00+02:00", by: "karin-holmberg"),
                                 closed: LiveMeeting.Stamp(at: "2026-10-22T16:05:00+02:00", by: "karin-holmberg"))
        #expect(moved.live["2026-10-22"] == nil, "a live file is read with its record")
        let (read, more) = App.update(moved, .recordsRead(records, live: ["2026-10-22": closed], unusable: [], problem: nil))
        #expect(more.isEmpty && read.store.unloadedRecords.isEmpty)
        #expect(read.live["2026-10-22"] == closed)
        #expect(read.store.meetings[0].agenda.count == 13, "the extra item added at the meeting")
        #expect(read.store.records["2026-10-22"]?.paragraphNumbers["delegationsordning"] == 106)
    }

    @Test("opening an item reads the records of the meetings it was on, once: its history comes from them")
    func historyOfAnItem() {
        // Item 6 of the December meeting, tabled in October.
        let state = Fixtures.state(store: RecordLoadingTests.partial)
        var (onItem, effects) = Fixtures.send([.enter] + Fixtures.keys("jjjjj") + [.enter], to: state)
        #expect(effects.contains(.readRecords(["2026-10-22"])))
        (onItem, effects) = Fixtures.send(Fixtures.keys("jj"), to: onItem)
        #expect(!effects.contains { if case .readRecords = $0 { true } else { false } }, "asked once")
    }
}
