/// One row of the keymap: a command, its keys, where it applies, and whether
/// the status line offers it as a hint.
public struct KeyBinding: Sendable, Equatable {
    public let command: Command
    public let keys: [Key]
    public let context: KeyContext
    public let group: CommandGroup
    public let hint: Bool

    public init(_ command: Command, _ keys: [Key], in context: KeyContext, group: CommandGroup, hint: Bool = false) {
        self.command = command
        self.keys = keys
        self.context = context
        self.group = group
        self.hint = hint
    }
}
