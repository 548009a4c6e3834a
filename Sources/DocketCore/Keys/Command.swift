import DocketModel

/// Everything a key can ask for. The keymap binds keys to these per context;
/// help and hints are generated from the keymap and the strings.
public enum Command: Sendable, Hashable {
    /// Opens a screen over the current one.
    case show(ScreenKind)
    /// Editing the typing line.
    case edit(LineEdit)
    /// The position menu and its kind step.
    case position(PositionCommand)
    /// The presiding menu.
    case live(LiveMenuCommand)
    /// The record menu of an item and its steps.
    case record(RecordCommand)
    case rollCall(RollCallCommand)
    case picker(PickerCommand)
    /// The clerk's keys on the meeting's record.
    case meetingRecord(MeetingRecordCommand)
    /// The clerk's keys on an agenda.
    case agendaChange(AgendaChange.Kind)
    /// The clerk's keys on an agenda not yet sent out.
    case agendaPreparation(AgendaPreparationCommand)
    /// The clerk corrects the matter of the item on screen.
    case correctMatter
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case open, back, quit, quitAll, redraw, help
    case find, findNext, findPrevious
    /// Search the whole archive.
    case archiveSearch
    case nextPart, previousPart, jumpToPart
    case nextItem, previousItem
    case closeHelp
    case confirmPrompt, cancelPrompt
    case confirmYes, confirmNo
    case addNote, addNoteInEditor, editNote, deleteNote, undoDelete, toggleShare
    case positionMenu, toggleRead, nextUnread
    /// My preparation for the meeting on screen, written to a file.
    case exportPreparation
    /// Closes whichever menu or picker is open.
    case closeMenu
    case preside, nextLiveItem, previousLiveItem, jumpLiveItem, toggleFollow
    case recordMenu
}

/// Where a binding applies. A screen activates several, most specific first.
public enum KeyContext: String, Sendable, CaseIterable {
    case global, navigation, list, item, pager, help, prompt, confirm, positionMenu, kindMenu, liveMenu
    case recordMenu, putKindMenu, decisionMenu, picker, vote, meetingRecord
}

/// Groups in the help overlay.
public enum CommandGroup: Int, Sendable, CaseIterable, Comparable {
    case moving, opening, item, notes, positions, live, record, agenda, finding, general, prompt

    public static func < (lhs: CommandGroup, rhs: CommandGroup) -> Bool { lhs.rawValue < rhs.rawValue }
}
