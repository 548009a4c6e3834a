/// Everything a key can ask for. The keymap binds keys to these per context;
/// help and hints are generated from the keymap and the strings.
public enum Command: Sendable, Hashable {
    /// Opens a screen over the current one.
    case show(ScreenKind)
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case open, back, quit, quitAll, redraw, help
    case find, findNext, findPrevious
    case nextPart, previousPart, jumpToPart
    case nextItem, previousItem
    case closeHelp
    case confirmPrompt, cancelPrompt, deleteBackward, clearPrompt
    case cursorLeft, cursorRight, cursorHome, cursorEnd, deleteForward, deleteWord
    case confirmYes, confirmNo
    case addNote, addNoteInEditor, editNote, deleteNote, undoDelete, toggleShare
    case positionMenu, toggleRead, nextUnread
    case stanceSupport, stanceOppose, stanceAbstain, stanceOwn, stanceOwnInEditor, clearPosition, editMotivation, sharePosition, closeMenu
    case kindAmendment, kindAddition, kindReferralBack, kindTabling
    case preside, nextLiveItem, previousLiveItem, jumpLiveItem, toggleFollow
    case pauseMeeting, resumeMeeting, closeMeeting, reopenMeeting
    case recordMenu, recordAgendaProposal, recordMemberProposal, recordWithdraw, recordProposition, recordVote
    case recordDecision, recordDecisionInEditor, recordRecusal, recordReservation, recordMinuteNote, recordSpecialStatement
    case recordCheckedAtOnce, recordRemove
    case kindSupport, kindReject
    case decideAccording, decideAmended, decideRejected, decideTabled, decideReferredBack, decideNoted
    case pickerMark, pickerTake
    case voteYes, voteNo, voteAbstain, voteUndo
    case togglePresent, everyonePresent, servingFor, arrivedAt, leftAt, chooseCheckers, setChecking
    case addOfficial, removeEntry, setFirstParagraph, approveMinutes, postMinutes, correctRecord
    case strikeItem, addExtraItem, moveItem
}

/// Where a binding applies. A screen activates several, most specific first.
public enum KeyContext: String, Sendable, CaseIterable {
    case global, navigation, list, item, pager, help, prompt, confirm, positionMenu, kindMenu, liveMenu
    case recordMenu, putKindMenu, decisionMenu, picker, vote, meetingRecord
}

/// Groups in the help overlay.
public enum CommandGroup: Int, Sendable, CaseIterable, Comparable {
    case moving, opening, item, notes, positions, live, record, finding, general, prompt

    public static func < (lhs: CommandGroup, rhs: CommandGroup) -> Bool { lhs.rawValue < rhs.rawValue }
}
