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
        KeyBinding(.exportPreparation, [.character("E")], in: .list, group: .notes),

        KeyBinding(.positionMenu, [.character("p")], in: .item, group: .positions, hint: true),
        KeyBinding(.toggleRead, [.character("m")], in: .item, group: .positions),
        KeyBinding(.nextUnread, [.character("U")], in: .list, group: .positions),
        KeyBinding(.show(.positionsOverview), [.character("P")], in: .list, group: .positions),
        KeyBinding(.position(.stance(.support)), [.character("s")], in: .positionMenu, group: .positions, hint: true),
        KeyBinding(.position(.stance(.oppose)), [.character("o")], in: .positionMenu, group: .positions, hint: true),
        KeyBinding(.position(.stance(.abstain)), [.character("a")], in: .positionMenu, group: .positions, hint: true),
        KeyBinding(.position(.stance(.own)), [.character("e")], in: .positionMenu, group: .positions, hint: true),
        KeyBinding(.position(.ownInEditor), [.character("E")], in: .positionMenu, group: .positions),
        KeyBinding(.position(.motivation), [.character("m")], in: .positionMenu, group: .positions),
        KeyBinding(.position(.share), [.character("S")], in: .positionMenu, group: .positions),
        KeyBinding(.position(.clear), [.character("c")], in: .positionMenu, group: .positions),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .positionMenu, group: .positions, hint: true),
        KeyBinding(.position(.kind(.amendment)), [.character("a")], in: .kindMenu, group: .positions, hint: true),
        KeyBinding(.position(.kind(.addition)), [.character("d")], in: .kindMenu, group: .positions, hint: true),
        KeyBinding(.position(.kind(.referralBack)), [.character("r")], in: .kindMenu, group: .positions, hint: true),
        KeyBinding(.position(.kind(.tabling)), [.character("t")], in: .kindMenu, group: .positions, hint: true),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .kindMenu, group: .positions, hint: true),

        KeyBinding(.preside, [.character("L")], in: .global, group: .live),
        KeyBinding(.nextLiveItem, [.character(">")], in: .global, group: .live),
        KeyBinding(.previousLiveItem, [.character("<")], in: .global, group: .live),
        KeyBinding(.jumpLiveItem, [.character("J")], in: .global, group: .live),
        KeyBinding(.toggleFollow, [.character("F")], in: .global, group: .live),
        KeyBinding(.live(.pause), [.character("p")], in: .liveMenu, group: .live, hint: true),
        KeyBinding(.live(.resume), [.character("r")], in: .liveMenu, group: .live, hint: true),
        KeyBinding(.live(.close), [.character("c")], in: .liveMenu, group: .live, hint: true),
        KeyBinding(.live(.reopen), [.character("o")], in: .liveMenu, group: .live, hint: true),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .liveMenu, group: .live, hint: true),

        KeyBinding(.recordMenu, [.character("r")], in: .item, group: .record, hint: true),
        KeyBinding(.show(.meetingRecord), [.character("R")], in: .list, group: .record, hint: true),
        KeyBinding(.agendaChange(.struck), [.character("x")], in: .list, group: .record),
        KeyBinding(.agendaChange(.added), [.character("+")], in: .list, group: .record),
        KeyBinding(.agendaChange(.moved), [.character("M")], in: .list, group: .record),
        KeyBinding(.agendaPreparation(.takeUpOpen), [.character("T")], in: .list, group: .agenda),
        KeyBinding(.agendaPreparation(.send), [.character("K")], in: .list, group: .agenda),
        KeyBinding(.agendaPreparation(.title), [.character("e")], in: .list, group: .agenda),
        KeyBinding(.agendaPreparation(.presenter), [.character("f")], in: .list, group: .agenda),
        KeyBinding(.agendaPreparation(.confidential), [.character("s")], in: .list, group: .agenda),
        KeyBinding(.agendaPreparation(.section), [.character("a")], in: .list, group: .agenda),
        KeyBinding(.agendaPreparation(.proposals), [.character("b")], in: .list, group: .agenda),
        KeyBinding(.correctMatter, [.character("C")], in: .item, group: .agenda),
        KeyBinding(.record(.agendaProposal), [.character("a")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.record(.memberProposal), [.character("p")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.record(.withdraw), [.character("w")], in: .recordMenu, group: .record),
        KeyBinding(.record(.proposition), [.character("o")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.record(.vote), [.character("v")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.record(.countedVote), [.character("V")], in: .recordMenu, group: .record),
        KeyBinding(.record(.adopt), [.character("b")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.record(.decision), [.character("d")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.record(.decisionInEditor), [.character("D")], in: .recordMenu, group: .record),
        KeyBinding(.record(.members(.recused)), [.character("x")], in: .recordMenu, group: .record),
        KeyBinding(.record(.members(.notTakingPart)), [.character("t")], in: .recordMenu, group: .record),
        KeyBinding(.record(.reservation), [.character("r")], in: .recordMenu, group: .record),
        KeyBinding(.record(.statement(.minuteNote)), [.character("n")], in: .recordMenu, group: .record),
        KeyBinding(.record(.statement(.special)), [.character("s")], in: .recordMenu, group: .record),
        KeyBinding(.record(.statement(.substitute)), [.character("e")], in: .recordMenu, group: .record),
        KeyBinding(.record(.counterProposal), [.character("k")], in: .recordMenu, group: .record),
        KeyBinding(.record(.lines(.basis)), [.character("B")], in: .recordMenu, group: .record),
        KeyBinding(.record(.lines(.sentTo)), [.character("E")], in: .recordMenu, group: .record),
        KeyBinding(.record(.checkedAtOnce), [.character("j")], in: .recordMenu, group: .record),
        KeyBinding(.record(.remove), [.character("-")], in: .recordMenu, group: .record),
        KeyBinding(.record(.undo), [.character("u")], in: .recordMenu, group: .record),
        KeyBinding(.record(.redo), [.character("U")], in: .recordMenu, group: .record),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .recordMenu, group: .record, hint: true),
        KeyBinding(.record(.kind(.support)), [.character("s")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.record(.kind(.reject)), [.character("n")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.record(.kind(.amendment)), [.character("a")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.record(.kind(.addition)), [.character("d")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.record(.kind(.referralBack)), [.character("r")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.record(.kind(.tabling)), [.character("t")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .putKindMenu, group: .record, hint: true),
        KeyBinding(.record(.decide(.accordingToProposal)), [.character("b")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.record(.decide(.amended)), [.character("c")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.record(.decide(.rejected)), [.character("a")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.record(.decide(.tabled)), [.character("t")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.record(.decide(.referredBack)), [.character("r")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.record(.decide(.noted)), [.character("n")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.record(.decide(.referred)), [.character("m")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.closeMenu, [.escape, .character("q")], in: .decisionMenu, group: .record, hint: true),
        KeyBinding(.picker(.down), [.down], in: .picker, group: .record),
        KeyBinding(.picker(.up), [.up], in: .picker, group: .record),
        KeyBinding(.picker(.mark), [.character(" ")], in: .picker, group: .record, hint: true),
        KeyBinding(.picker(.take), [.enter], in: .picker, group: .record, hint: true),
        KeyBinding(.picker(.erase), [.backspace], in: .picker, group: .record),
        KeyBinding(.closeMenu, [.escape], in: .picker, group: .record, hint: true),
        KeyBinding(.rollCall(.answer(.yes)), [.character("j")], in: .vote, group: .record, hint: true),
        KeyBinding(.rollCall(.answer(.no)), [.character("n")], in: .vote, group: .record, hint: true),
        KeyBinding(.rollCall(.answer(.abstain)), [.character("a")], in: .vote, group: .record, hint: true),
        KeyBinding(.rollCall(.undo), [.backspace], in: .vote, group: .record, hint: true),
        KeyBinding(.rollCall(.leave), [.escape], in: .vote, group: .record, hint: true),
        KeyBinding(.meetingRecord(.togglePresent), [.character(" ")], in: .meetingRecord, group: .record, hint: true),
        KeyBinding(.meetingRecord(.everyonePresent), [.character("*")], in: .meetingRecord, group: .record),
        KeyBinding(.meetingRecord(.servingFor), [.character("s")], in: .meetingRecord, group: .record, hint: true),
        KeyBinding(.meetingRecord(.arrivedAt), [.character("a")], in: .meetingRecord, group: .record),
        KeyBinding(.meetingRecord(.leftAt), [.character("d")], in: .meetingRecord, group: .record),
        KeyBinding(.meetingRecord(.chooseCheckers), [.character("c")], in: .meetingRecord, group: .record),
        KeyBinding(.meetingRecord(.setChecking), [.character("t")], in: .meetingRecord, group: .record),
        KeyBinding(.meetingRecord(.addOfficial), [.character("O")], in: .meetingRecord, group: .record),
        KeyBinding(.meetingRecord(.removeEntry), [.character("x")], in: .meetingRecord, group: .record),
        KeyBinding(.meetingRecord(.setFirstParagraph), [.character("f")], in: .meetingRecord, group: .record),
        KeyBinding(.meetingRecord(.approveMinutes), [.character("A")], in: .meetingRecord, group: .record),
        KeyBinding(.meetingRecord(.postMinutes), [.character("P")], in: .meetingRecord, group: .record),
        KeyBinding(.meetingRecord(.correctRecord), [.character("C")], in: .meetingRecord, group: .record),

        KeyBinding(.find, [.character("/")], in: .global, group: .finding, hint: true),
        KeyBinding(.archiveSearch, [.character("S")], in: .global, group: .finding, hint: true),
        KeyBinding(.findNext, [.character("n")], in: .global, group: .finding),
        KeyBinding(.findPrevious, [.character("N")], in: .global, group: .finding),

        KeyBinding(.help, [.character("?")], in: .global, group: .general, hint: true),
        KeyBinding(.show(.markerLegend), [.character("i")], in: .list, group: .general),
        KeyBinding(.quit, [.character("q")], in: .global, group: .general, hint: true),
        KeyBinding(.quitAll, [.character("Q")], in: .global, group: .general),
        KeyBinding(.redraw, [.control("l")], in: .global, group: .general),

        KeyBinding(.closeHelp, [.escape, .character("q"), .character("?")], in: .help, group: .general, hint: true),
        KeyBinding(.find, [.character("/")], in: .help, group: .finding, hint: true),

        KeyBinding(.confirmPrompt, [.enter], in: .prompt, group: .prompt, hint: true),
        KeyBinding(.cancelPrompt, [.escape], in: .prompt, group: .prompt, hint: true),
        KeyBinding(.edit(.deleteBackward), [.backspace], in: .prompt, group: .prompt),
        KeyBinding(.edit(.deleteForward), [.delete, .control("d")], in: .prompt, group: .prompt),
        KeyBinding(.edit(.left), [.left, .control("b")], in: .prompt, group: .prompt),
        KeyBinding(.edit(.right), [.right, .control("f")], in: .prompt, group: .prompt),
        KeyBinding(.edit(.home), [.home, .control("a")], in: .prompt, group: .prompt),
        KeyBinding(.edit(.end), [.end, .control("e")], in: .prompt, group: .prompt),
        KeyBinding(.edit(.deleteWord), [.control("w")], in: .prompt, group: .prompt),
        KeyBinding(.edit(.clear), [.control("u")], in: .prompt, group: .prompt),

        KeyBinding(.confirmYes, [.character("y"), .character("j")], in: .confirm, group: .prompt, hint: true),
        KeyBinding(.confirmNo, [.character("n"), .escape], in: .confirm, group: .prompt, hint: true),
    ])
}
