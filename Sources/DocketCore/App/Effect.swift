import DocketModel

/// Work for the runtime: plain data, so tests compare the effects `update` returns.
public enum Effect: Sendable, Equatable {
    case quit
    /// Repaint every cell, whatever the terminal is believed to show.
    case redraw
    /// Read a text attachment inside the store (a path relative to its root).
    case readAttachment(path: String, title: String)
    /// Hand a file inside the store, or an http(s) address, to the desktop's opener.
    case openExternally(AttachmentTarget)
    /// Write note changes, in order, through the locked write path; answered by `.notesSaved`.
    case changeNotes([NoteChange])
    /// Write position or read-mark changes, in order; answered by `.positionsSaved`.
    case changePositions([PositionChange])
    /// Write presiding actions, in order, to the live file and journal; answered by `.liveChanged`.
    case preside([LiveAction])
    /// Apply changes to meetings' records, in order, and journal each; answered by `.recordsChanged`.
    case record([RecordChange])
    /// Release the terminal and edit text in $VISUAL or $EDITOR; answered by `.externalEditFinished`.
    case editExternally(ExternalEdit, text: String)
    /// Read matters not read when the store was opened; answered by `.mattersRead`.
    case readMatters([String])
    /// Read meetings' records not read when the store was opened; answered by `.recordsRead`.
    case readRecords([String])
    /// Write a text the person asked for (their preparation) to a file of this name in their documents; answered by `.exported`.
    case export(fileName: String, text: String)
    /// Arrange an agenda not yet sent out, in the meeting's file; answered by `.agendaPrepared`.
    case prepareAgenda(meeting: String, AgendaPreparation)
    /// Correct a matter's own fields in its file; answered by `.matterCorrected`.
    case correctMatter(matter: String, MatterCorrection)
}

public enum AttachmentTarget: Sendable, Equatable {
    case storeFile(path: String)
    case webAddress(String)
}
