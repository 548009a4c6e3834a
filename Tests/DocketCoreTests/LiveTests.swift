import DocketCore
import DocketModel
import Testing

@Suite("The live meeting")
struct LiveTests {
    static let karin: Identity = Identity(member: Fixtures.demo.committee.member(id: "karin-holmberg"), role: .chair, banner: nil)
    static let stamp = LiveMeeting.Stamp(at: "2026-12-10T13:00:00+01:00", by: "karin-holmberg")

    static func live(current: String?, paused: Bool = false, closed: Bool = false) -> [String: LiveMeeting] {
        ["2026-12-10": LiveMeeting(meeting: "2026-12-10", opened: stamp, pauses: paused ? [LiveMeeting.Pause(from: stamp)] : [],
                                   closed: closed ? stamp : nil, current: current)]
    }

    static func state(_ identity: Identity = karin, live: [String: LiveMeeting] = [:]) -> AppState {
        AppState(store: Fixtures.demo, today: Fixtures.today, width: 80, height: 24, identity: identity, live: live, language: .english)
    }

    private func item(_ state: AppState) -> Int? {
        if case .item(let item) = state.screen { return item.itemIndex }
        return nil
    }

    @Test("the state is derived from the live file")
    func derivedState() {
        #expect(LiveMeeting(meeting: "m").state == .planned)
        #expect(LiveTests.live(current: "oppnande")["2026-12-10"]?.state == .inProgress)
        #expect(LiveTests.live(current: "oppnande", paused: true)["2026-12-10"]?.state == .paused)
        #expect(LiveTests.live(current: "oppnande", closed: true)["2026-12-10"]?.state == .closed)
        let state = LiveTests.state(live: LiveTests.live(current: "verksamhetsplan"))
        #expect(state.meetingState(Fixtures.demo.meetings[1]) == "in progress")
        #expect(state.liveSummary == "LIVE · item 4 — Verksamhetsplan och internbudget 2027")
    }

    @Test("only the chair or a vice chair presides; others are told why", arguments: [Key.character("L"), .character(">"), .character("<"), .character("J")])
    func permissions(key: Key) {
        let (state, effects) = Fixtures.send([.enter, key], to: LiveTests.state(Fixtures.leila, live: LiveTests.live(current: "oppnande")))
        #expect(effects.isEmpty)
        #expect(state.status == "Only the chair or the vice chair standing in leads the meeting")
    }

    @Test("a follower is told when the chair closes the meeting, stops following, and the meeting moves under Past")
    func toldOfClosing() {
        let leila = Identity(member: Fixtures.demo.committee.member(id: "leila-haddad"), role: .member, banner: nil)
        var (state, _) = Fixtures.send([.character("F")], to: LiveTests.state(leila, live: LiveTests.live(current: "justerare")))
        #expect(state.following == .on(meeting: "2026-12-10"))
        (state, _) = App.update(state, .liveChanged(LiveTests.live(current: "justerare", closed: true), failed: [], error: nil))
        #expect(state.status?.hasPrefix("The chair closed the meeting at") == true, "\(String(describing: state.status))")
        #expect(state.following == .off)
        let past = state.meetingRows.firstIndex(of: .heading("Past")) ?? -1
        #expect(state.meetingRows.firstIndex(of: .meeting(1)) ?? -1 > past, "closed today, it is a past meeting")
    }

    @Test("L opens a planned meeting at its first item; the chair's view goes along")
    func open() {
        let (asked, none) = Fixtures.send([.enter, .character("L")], to: LiveTests.state())
        #expect(none.isEmpty && asked.confirmation == .openEarly(meeting: "2026-12-10"), "days before the meeting, L asks first")
        let (state, effects) = Fixtures.send([.character("y")], to: asked)
        #expect(effects == [.preside([.open(meeting: "2026-12-10")])])
        #expect(item(state) == 0)
        let (_, notYet) = Fixtures.send([.enter, .character(">")], to: LiveTests.state())
        #expect(notYet.isEmpty)
    }

    @Test("> and < move the pointer and the view; J jumps by number; ] and [ only browse")
    func pointer() {
        let running = LiveTests.state(live: LiveTests.live(current: "justerare"))
        let (next, effects) = Fixtures.send([.enter, .character(">")], to: running)
        #expect(effects == [.preside([.move(meeting: "2026-12-10", item: "dagordning")])])
        #expect(item(next) == 2)
        let (back, previous) = Fixtures.send([.enter, .character("<")], to: running)
        #expect(previous == [.preside([.move(meeting: "2026-12-10", item: "oppnande")])])
        #expect(item(back) == 0)
        let (jumped, jump) = Fixtures.send([.enter, .character("J"), .character("7"), .enter], to: running)
        #expect(jump == [.preside([.move(meeting: "2026-12-10", item: "skyddat-boende")])])
        #expect(item(jumped) == 6)
        let (_, browse) = Fixtures.send([.enter, .enter, .character("]")], to: running)
        #expect(browse.isEmpty)
    }

    @Test("L on a live meeting offers pause, resume, close (after a question) and reopen, as they apply")
    func menu() {
        let running = LiveTests.state(live: LiveTests.live(current: "justerare"))
        let (menu, _) = Fixtures.send([.enter, .character("L")], to: running)
        #expect(menu.liveMenu == "2026-12-10")
        #expect(Fixtures.send([.character("p")], to: menu).1 == [.preside([.pause(meeting: "2026-12-10")])])
        let (asked, none) = Fixtures.send([.character("c")], to: menu)
        #expect(none.isEmpty && asked.confirmation == .closeMeeting("2026-12-10"))
        #expect(Fixtures.send([.character("y")], to: asked).1 == [.preside([.close(meeting: "2026-12-10")])])
        let (refused, _) = Fixtures.send([.character("r")], to: menu)
        #expect(refused.status == "The meeting is not in progress: L opens it")
        let closed = LiveTests.state(live: LiveTests.live(current: "justerare", closed: true))
        #expect(Fixtures.send([.enter, .character("L"), .character("o")], to: closed).1 == [.preside([.reopen(meeting: "2026-12-10")])])
        let vice = Identity(member: Fixtures.demo.committee.member(id: "per-olof-sandberg"), role: .viceChair, banner: nil)
        let (other, _) = Fixtures.send([.enter, .character("L"), .character("o")], to: LiveTests.state(vice, live: LiveTests.live(current: "justerare", closed: true)))
        #expect(other.status == "Only whoever presided can reopen the meeting")
        var approvedStore = Fixtures.demo
        approvedStore.records["2026-12-10"] = MeetingRecord(meeting: "2026-12-10", firstParagraph: 112, approved: "2026-12-17")
        let approved = AppState(store: approvedStore, today: Fixtures.today, width: 80, height: 24, identity: LiveTests.karin,
                                live: LiveTests.live(current: "justerare", closed: true), language: .english)
        let (stays, effects) = Fixtures.send([.enter, .character("L"), .character("o")], to: approved)
        #expect(effects.isEmpty)
        #expect(stays.status == "The minutes were approved on 2026-12-17: the meeting stays closed")
    }

    @Test("F follows: the view jumps when the pointer moves; scrolling keeps following; opening something else pauses it; F resumes")
    func following() {
        let (notLive, _) = Fixtures.send([.character("F")], to: LiveTests.state(Fixtures.leila))
        #expect(notLive.status == "The meeting has not started: the chair opens it", "a member does not open meetings")
        #expect(Fixtures.send([.character("F")], to: LiveTests.state()).0.status == "The meeting is not in progress: L opens it")
        let (following, _) = Fixtures.send([.character("F")], to: LiveTests.state(Fixtures.leila, live: LiveTests.live(current: "justerare")))
        #expect(following.following == .on(meeting: "2026-12-10"))
        #expect(item(following) == 1)
        let (moved, _) = App.update(following, .liveChanged(LiveTests.live(current: "verksamhetsplan"), failed: [], error: nil))
        #expect(item(moved) == 3)
        let (scrolled, _) = Fixtures.send([.character("2"), .character("j"), .character(" ")], to: moved)
        #expect(scrolled.following == .on(meeting: "2026-12-10"))
        let (left, _) = Fixtures.send([.escape], to: scrolled)
        #expect(left.following == .paused(meeting: "2026-12-10"))
        #expect(left.status == "Following paused — F resumes and jumps to the current item")
        let (stays, _) = App.update(left, .liveChanged(LiveTests.live(current: "budgetuppfoljning"), failed: [], error: nil))
        #expect(item(stays) == nil)
        let (resumed, _) = Fixtures.send([.character("F")], to: stays)
        #expect(resumed.following == .on(meeting: "2026-12-10"))
        #expect(item(resumed) == 4)
    }

    @Test("a presiding action that could not be written is kept, goes first with the next, and quitting asks before losing it")
    func unsavedPresiding() {
        let open = LiveAction.move(meeting: "2026-12-10", item: "justerare")
        let live = LiveTests.live(current: "oppnande")
        var (state, effects) = App.update(LiveTests.state(live: live), .liveChanged(live, failed: [open], error: "live.json: the disk is full"))
        #expect(state.unsavedLive == [open])
        #expect(state.status?.hasPrefix("Not saved: live.json: the disk is full") == true)
        (state, effects) = Fixtures.send([.enter, .character(">")], to: state)
        #expect(effects == [.preside([open, .move(meeting: "2026-12-10", item: "justerare")])])
        #expect(state.unsavedLive.isEmpty)
        (state, _) = App.update(state, .liveChanged(live, failed: [open], error: "live.json: the disk is full"))
        (state, effects) = Fixtures.send([.escape, .escape, .escape, .character("q")], to: state)
        #expect(effects == [.preside([open])], "one more try before quitting")
        (state, effects) = App.update(state, .liveChanged([:], failed: [open], error: "live.json: the disk is full"))
        #expect(state.isRunning)
        #expect(state.confirmation == .quitWithUnsaved(count: 1, reason: "live.json: the disk is full"))
        (state, effects) = Fixtures.send([.character("n")], to: state)
        #expect(state.isRunning && state.unsavedLive == [open])
        // Written at last: quitting goes on to the end.
        (state, _) = Fixtures.send([.character("q")], to: state)
        (state, effects) = App.update(state, .liveChanged(LiveTests.live(current: "oppnande"), failed: [], error: nil))
        #expect(effects == [.quit])
        #expect(!state.isRunning)
    }

    @Test("a position change that could not be written is kept too, and quitting asks")
    func unsavedPosition() {
        let change = PositionChange.markRead(meeting: "2026-12-10", matter: "verksamhetsplan-2027", revision: "0123456789abcdef")
        var (state, effects) = App.update(LiveTests.state(Fixtures.leila), .positionsSaved(positions: [], marks: [], failed: [change], error: "read.json: the disk is full"))
        (state, effects) = Fixtures.send([.character("q")], to: state)
        #expect(effects == [.changePositions([change])])
        (state, effects) = App.update(state, .positionsSaved(positions: [], marks: [], failed: [change], error: "read.json: the disk is full"))
        #expect(state.confirmation == .quitWithUnsaved(count: 1, reason: "read.json: the disk is full"))
        #expect(effects.isEmpty)
    }

    @Test("how each presiding action changes the live file is a rule of the model")
    func actionsApplied() {
        let at = { (minute: Int) in LiveMeeting.Stamp(at: "2026-12-10T13:\(String(format: "%02d", minute)):00+01:00", by: "karin-holmberg") }
        var live = LiveAction.open(meeting: "m").applied(to: LiveMeeting(meeting: "m"), stamp: at(0), firstItem: "oppnande")
        #expect(live.opened == at(0) && live.current == "oppnande" && live.state == .inProgress)
        live = LiveAction.move(meeting: "m", item: "dagordning").applied(to: live, stamp: at(1), firstItem: "oppnande")
        #expect(live.current == "dagordning")
        live = LiveAction.pause(meeting: "m").applied(to: live, stamp: at(2), firstItem: nil)
        #expect(live.state == .paused)
        live = LiveAction.resume(meeting: "m").applied(to: live, stamp: at(3), firstItem: nil)
        #expect(live.pauses == [LiveMeeting.Pause(from: at(2), to: at(3))] && live.state == .inProgress)
        live = LiveAction.close(meeting: "m").applied(to: live, stamp: at(4), firstItem: nil)
        #expect(live.state == .closed)
        live = LiveAction.reopen(meeting: "m").applied(to: live, stamp: at(5), firstItem: nil)
        #expect(live.state == .inProgress && live.reopened == [at(5)] && live.current == "dagordning")
        #expect(LiveAction.open(meeting: "m").applied(to: live, stamp: at(6), firstItem: "oppnande").current == "dagordning", "reopening keeps the item")
    }
}
