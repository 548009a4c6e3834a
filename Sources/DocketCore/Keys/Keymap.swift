/// The default key bindings, as data: the keys people know from less, tig and mutt.
public struct Keymap: Sendable, Equatable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The command for a key in the active contexts, most specific context first.
    public func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    public func bindings(in contexts: [KeyContext]) -> [KeyBinding] {
        contexts.flatMap { context in bindings.filter { $0.context == context } }
    }

    public static let standard = Keymap(bindings: [
        KeyBinding(.moveDown, [.character("j"), .down], in: .navigation, group: .moving),
        KeyBinding(.moveUp, [.character("k"), .up], in: .navigation, group: .moving),
        KeyBinding(.pageDown, [.control("f"), .pageDown, .character(" ")], in: .navigation, group: .moving),
        KeyBinding(.pageUp, [.control("b"), .pageUp], in: .navigation, group: .moving),
        KeyBinding(.top, [.character("g"), .home], in: .navigation, group: .moving),
        KeyBinding(.bottom, [.character("G"), .end], in: .navigation, group: .moving),

        KeyBinding(.open, [.enter, .character("l"), .right], in: .list, group: .opening, hint: true),
        KeyBinding(.back, [.escape, .character("h"), .left, .backspace], in: .global, group: .opening, hint: true),

        KeyBinding(.nextPart, [.tab], in: .item, group: .item, hint: true),
        KeyBinding(.previousPart, [.backTab], in: .item, group: .item),
        KeyBinding(.jumpToPart, (1...9).map { .character(Character(String($0))) }, in: .item, group: .item),
        KeyBinding(.nextItem, [.character("]")], in: .item, group: .item, hint: true),
        KeyBinding(.previousItem, [.character("[")], in: .item, group: .item),

        KeyBinding(.addNote, [.character("a")], in: .item, group: .notes, hint: true),
        KeyBinding(.addNoteInEditor, [.character("A")], in: .item, group: .notes),
        KeyBinding(.editNote, [.character("e")], in: .item, group: .notes),
        KeyBinding(.deleteNote, [.character("d")], in: .item, group: .notes),
        KeyBinding(.undoDelete, [.character("u")], in: .item, group: .notes),
        KeyBinding(.toggleShare, [.character("s")], in: .item, group: .notes),
        KeyBinding(.show(.notesOverview), [.character("o")], in: .list, group: .notes),

        KeyBinding(.positionMenu, [.character("p")], in: .item, group: .positions, hint: true),
        KeyBinding(.toggleRead, [.character("m")], in: .item, group: .positions),
        KeyBinding(.nextUnread, [.character("U")], in: .list, group: .positions),
        KeyBinding(.show(.positionsOverview), [.character("P")], in: .list, group: .positions),
        KeyBinding(.stanceSupport, [.character("s")], in: .positionMenu, group: .positions, hint: true),
        KeyBinding(.stanceOppose, [.character("o")], in: .positionMenu, group: .positions, hint: true),
        KeyBinding(.stanceAbstain, [.character("a")], in: .positionMenu, group: .positions, hint: true),
        KeyBinding(.stanceOwn, [.character("e")], in: .positionMenu, group: .positions, hint: true),
        KeyBinding(.stanceOwnInEditor, [.character("E")], in: .positionMenu, group: .positions),
        KeyBinding(.editMotivation, [.character("m")], in: .positionMenu, group: .positions),
        KeyBinding(.sharePosition, [.character("S")], in: .positionMenu, group: .positions),
        KeyBinding(.clearPosition, [.character("c")], in: .positionMenu, group: .positions),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .positionMenu, group: .positions, hint: true),
        KeyBinding(.kindAmendment, [.character("a")], in: .kindMenu, group: .positions, hint: true),
        KeyBinding(.kindAddition, [.character("d")], in: .kindMenu, group: .positions, hint: true),
        KeyBinding(.kindReferralBack, [.character("r")], in: .kindMenu, group: .positions, hint: true),
        KeyBinding(.kindTabling, [.character("t")], in: .kindMenu, group: .positions, hint: true),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .kindMenu, group: .positions, hint: true),

        KeyBinding(.preside, [.character("L")], in: .global, group: .live),
        KeyBinding(.nextLiveItem, [.character(">")], in: .global, group: .live),
        KeyBinding(.previousLiveItem, [.character("<")], in: .global, group: .live),
        KeyBinding(.jumpLiveItem, [.character("J")], in: .global, group: .live),
        KeyBinding(.toggleFollow, [.character("F")], in: .global, group: .live),
        KeyBinding(.pauseMeeting, [.character("p")], in: .liveMenu, group: .live, hint: true),
        KeyBinding(.resumeMeeting, [.character("r")], in: .liveMenu, group: .live, hint: true),
        KeyBinding(.closeMeeting, [.character("c")], in: .liveMenu, group: .live, hint: true),
        KeyBinding(.reopenMeeting, [.character("o")], in: .liveMenu, group: .live, hint: true),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .liveMenu, group: .live, hint: true),

        KeyBinding(.recordMenu, [.character("r")], in: .item, group: .record, hint: true),
        KeyBinding(.show(.meetingRecord), [.character("R")], in: .list, group: .record, hint: true),
        KeyBinding(.strikeItem, [.character("x")], in: .list, group: .record),
        KeyBinding(.addExtraItem, [.character("+")], in: .list, group: .record),
        KeyBinding(.moveItem, [.character("M")], in: .list, group: .record),
        KeyBinding(.recordAgendaProposal, [.character("a")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.recordMemberProposal, [.character("p")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.recordWithdraw, [.character("w")], in: .recordMenu, group: .record),
        KeyBinding(.recordProposition, [.character("o")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.recordVote, [.character("v")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.recordDecision, [.character("d")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.recordDecisionInEditor, [.character("D")], in: .recordMenu, group: .record),
        KeyBinding(.recordRecusal, [.character("x")], in: .recordMenu, group: .record),
        KeyBinding(.recordReservation, [.character("r")], in: .recordMenu, group: .record),
        KeyBinding(.recordMinuteNote, [.character("n")], in: .recordMenu, group: .record),
        KeyBinding(.recordSpecialStatement, [.character("s")], in: .recordMenu, group: .record),
        KeyBinding(.recordCheckedAtOnce, [.character("j")], in: .recordMenu, group: .record),
        KeyBinding(.recordRemove, [.character("-")], in: .recordMenu, group: .record),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.kindSupport, [.character("s")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.kindReject, [.character("n")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.kindAmendment, [.character("a")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.kindAddition, [.character("d")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.kindReferralBack, [.character("r")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.kindTabling, [.character("t")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.decideAccording, [.character("b")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.decideAmended, [.character("c")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.decideRejected, [.character("a")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.decideTabled, [.character("t")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.decideReferredBack, [.character("r")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.decideNoted, [.character("n")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.moveDown, [.character("j"), .down], in: .picker, group: .record),
        KeyBinding(.moveUp, [.character("k"), .up], in: .picker, group: .record),
        KeyBinding(.pickerMark, [.character(" ")], in: .picker, group: .record, hint: true),
        KeyBinding(.pickerTake, [.enter] + (1...9).map { .character(Character(String($0))) }, in: .picker, group: .record, hint: true),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .picker, group: .record, hint: true),
        KeyBinding(.voteYes, [.character("j")], in: .vote, group: .record, hint: true),
        KeyBinding(.voteNo, [.character("n")], in: .vote, group: .record, hint: true),
        KeyBinding(.voteAbstain, [.character("a")], in: .vote, group: .record, hint: true),
        KeyBinding(.voteUndo, [.backspace], in: .vote, group: .record, hint: true),
        KeyBinding(.closeMenu, [.escape], in: .vote, group: .record, hint: true),
        KeyBinding(.togglePresent, [.character(" ")], in: .meetingRecord, group: .record, hint: true),
        KeyBinding(.everyonePresent, [.character("*")], in: .meetingRecord, group: .record),
        KeyBinding(.servingFor, [.character("s")], in: .meetingRecord, group: .record, hint: true),
        KeyBinding(.arrivedAt, [.character("a")], in: .meetingRecord, group: .record),
        KeyBinding(.leftAt, [.character("d")], in: .meetingRecord, group: .record),
        KeyBinding(.chooseCheckers, [.character("c")], in: .meetingRecord, group: .record),
        KeyBinding(.setChecking, [.character("t")], in: .meetingRecord, group: .record),
        KeyBinding(.addOfficial, [.character("O")], in: .meetingRecord, group: .record),
        KeyBinding(.removeEntry, [.character("x")], in: .meetingRecord, group: .record),
        KeyBinding(.setFirstParagraph, [.character("f")], in: .meetingRecord, group: .record),
        KeyBinding(.approveMinutes, [.character("A")], in: .meetingRecord, group: .record),
        KeyBinding(.postMinutes, [.character("P")], in: .meetingRecord, group: .record),
        KeyBinding(.correctRecord, [.character("C")], in: .meetingRecord, group: .record),

        KeyBinding(.find, [.character("/")], in: .global, group: .finding, hint: true),
        KeyBinding(.findNext, [.character("n")], in: .global, group: .finding),
        KeyBinding(.findPrevious, [.character("N")], in: .global, group: .finding),

        KeyBinding(.help, [.character("?")], in: .global, group: .general, hint: true),
        KeyBinding(.show(.markerLegend), [.character("i")], in: .list, group: .general),
        KeyBinding(.quit, [.character("q")], in: .global, group: .general, hint: true),
        KeyBinding(.quitAll, [.character("Q")], in: .global, group: .general),
        KeyBinding(.redraw, [.control("l")], in: .global, group: .general),

        KeyBinding(.closeHelp, [.escape, .character("q"), .character("?")], in: .help, group: .general, hint: true),

        KeyBinding(.confirmPrompt, [.enter], in: .prompt, group: .prompt, hint: true),
        KeyBinding(.cancelPrompt, [.escape], in: .prompt, group: .prompt, hint: true),
        KeyBinding(.deleteBackward, [.backspace], in: .prompt, group: .prompt),
        KeyBinding(.deleteForward, [.delete, .control("d")], in: .prompt, group: .prompt),
        KeyBinding(.cursorLeft, [.left, .control("b")], in: .prompt, group: .prompt),
        KeyBinding(.cursorRight, [.right, .control("f")], in: .prompt, group: .prompt),
        KeyBinding(.cursorHome, [.home, .control("a")], in: .prompt, group: .prompt),
        KeyBinding(.cursorEnd, [.end, .control("e")], in: .prompt, group: .prompt),
        KeyBinding(.deleteWord, [.control("w")], in: .prompt, group: .prompt),
        KeyBinding(.clearPrompt, [.control("u")], in: .prompt, group: .prompt),

        KeyBinding(.confirmYes, [.character("y"), .character("j")], in: .confirm, group: .prompt, hint: true),
        KeyBinding(.confirmNo, [.character("n"), .escape], in: .confirm, group: .prompt, hint: true),
    ])
}
