/// What takes the keyboard before the screen: a question, a menu, a picker,
/// the roll call, the typing line or the help. At most one at a time, so
/// which one answers a key is never a matter of priority.
public enum Modal: Sendable, Equatable {
    /// A yes/no question in the status line.
    case confirmation(Confirmation)
    /// A list to pick members or proposals from.
    case picker(Picker)
    /// A roll call in progress.
    case voting(RollCall)
    /// The clerk's record menu.
    case recordMenu(RecordMenu)
    /// The position menu.
    case positionMenu(PositionMenu)
    /// The presiding menu (pause, resume, close, reopen) for a meeting.
    case liveMenu(meeting: String)
    /// The line being typed at the bottom (find, a quick note, the clerk's entries).
    case prompt(Prompt)
    /// The help overlay, scrolled to a line.
    case help(offset: Int)
}

/// Each modal as an optional, for the code that opens, reads or closes one:
/// setting one replaces whatever was open; setting nil closes only that one.
extension AppState {
    public internal(set) var confirmation: Confirmation? {
        get { if case .confirmation(let value)? = modal { return value } else { return nil } }
        set { replace(newValue.map(Modal.confirmation), when: confirmation != nil) }
    }

    public internal(set) var picker: Picker? {
        get { if case .picker(let value)? = modal { return value } else { return nil } }
        set { replace(newValue.map(Modal.picker), when: picker != nil) }
    }

    public internal(set) var voting: RollCall? {
        get { if case .voting(let value)? = modal { return value } else { return nil } }
        set { replace(newValue.map(Modal.voting), when: voting != nil) }
    }

    public internal(set) var recordMenu: RecordMenu? {
        get { if case .recordMenu(let value)? = modal { return value } else { return nil } }
        set { replace(newValue.map(Modal.recordMenu), when: recordMenu != nil) }
    }

    public internal(set) var positionMenu: PositionMenu? {
        get { if case .positionMenu(let value)? = modal { return value } else { return nil } }
        set { replace(newValue.map(Modal.positionMenu), when: positionMenu != nil) }
    }

    public internal(set) var liveMenu: String? {
        get { if case .liveMenu(let meeting)? = modal { return meeting } else { return nil } }
        set { replace(newValue.map { Modal.liveMenu(meeting: $0) }, when: liveMenu != nil) }
    }

    public internal(set) var prompt: Prompt? {
        get { if case .prompt(let value)? = modal { return value } else { return nil } }
        set { replace(newValue.map(Modal.prompt), when: prompt != nil) }
    }

    public internal(set) var helpOffset: Int? {
        get { if case .help(let offset)? = modal { return offset } else { return nil } }
        set { replace(newValue.map { Modal.help(offset: $0) }, when: helpOffset != nil) }
    }

    /// Opens `modal`, or closes the current one when it is of the kind being closed.
    private mutating func replace(_ new: Modal?, when isOpen: Bool) {
        if let new { modal = new } else if isOpen { modal = nil }
    }
}
