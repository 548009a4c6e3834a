/// Everything that can happen to the application: input, and the results of
/// effects the runtime carried out.
import DocketModel

public enum Message: Sendable, Equatable {
    case key(Key)
    /// Characters typed faster than a frame (a paste): on a typing line, one edit.
    case typed(String)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// The text of an attachment file, or why it could not be read.
    case attachmentLoaded(title: String, result: LoadedText)
    /// An attachment or address handed to the desktop's opener.
    case openedExternally(target: String, failure: String?)
    /// Note changes were written (`failed` empty) or not; `notes` is what is on disk now.
    case notesSaved(notes: [VisibleNote], failed: [NoteChange], error: String?)
    /// Another process changed notes: what is on disk now.
    case notesChanged([VisibleNote])
    /// Position changes were written (or not); positions and read marks as on disk now.
    /// Changes not written (`failed`) are kept and tried again.
    case positionsSaved(positions: [VisiblePosition], marks: [ReadMark], failed: [PositionChange], error: String?)
    /// Another process changed positions or read marks.
    case positionsChanged(positions: [VisiblePosition], marks: [ReadMark])
    /// The live files as on disk now (after my presiding action, or another instance's), and any write error.
    /// Presiding actions not written (`failed`) are kept and tried again.
    case liveChanged([String: LiveMeeting], failed: [LiveAction], error: String?)
    /// The clerk's records as on disk now (after my change, or the clerk's in another instance), and any write error.
    case recordsChanged([String: MeetingRecord], failed: [RecordChange], error: String?)
    /// The external editor finished: its text, and why it failed if it did.
    case externalEditFinished(ExternalEdit, original: String, text: String, failure: String?)
    /// Matters read after the store was opened; those asked for that could not be used, and why, in words.
    case mattersRead([Matter], unusable: [String], problem: String?)
    /// Records read after the store was opened, by meeting; those asked for that could not be used, and why.
    /// Records read later, with the live files of their meetings (read with them: a live file is judged against its record).
    case recordsRead([String: MeetingRecord], live: [String: LiveMeeting] = [:], unusable: [String], problem: String?)
    /// The export was written to `path`, or failed.
    case exported(path: String, failure: String?)
    /// The meeting's file as the clerk's preparation left it, or why it could not be written.
    case agendaPrepared(Meeting?, failure: String?)
    /// A meeting another process added (`docket meeting add`, an import) while this session runs.
    case meetingAdded(Meeting)
    /// The matter as written after a correction, or why it was not.
    case matterCorrected(Matter?, failure: String?)
}

public enum LoadedText: Sendable, Equatable {
    case text(String)
    case failure(String)
}

public enum MouseEvent: Sendable, Equatable {
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)
    case click(x: Int, y: Int)
}
