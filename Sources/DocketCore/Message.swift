/// Everything that can happen to the application: input, and the results of
/// effects the runtime carried out.
public enum Message: Sendable, Equatable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// The text of an attachment file, or why it could not be read.
    case attachmentLoaded(title: String, result: LoadedText)
    /// An attachment or address handed to the desktop's opener.
    case openedExternally(target: String, failure: String?)
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
