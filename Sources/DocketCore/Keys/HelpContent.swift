/// The help overlay's lines, generated from the keymap and the strings: one
/// heading per group, then each command with its keys.
public enum HelpContent {
    public struct Line: Sendable, Equatable {
        public let keys: String
        public let text: String
        public let isHeading: Bool
        /// "Here" and "Elsewhere": above the group headings.
        public var isSection = false
    }

    /// Every key, by group: the reference in docs/keys.md.
    public static func lines(keymap: Keymap, strings: Strings) -> [Line] {
        grouped(keymap.bindings.filter { $0.context != .help }, strings: strings)
    }

    /// The help overlay: the keys that work here first, then the rest, each under the group headings;
    /// commands of another role (the clerk's, the chair's) are not among them.
    public static func lines(for state: AppState) -> [Line] {
        let here = Set(state.screen.unit.contexts(in: state))
        let mine = state.keymap.bindings.filter { $0.context != .help && state.mayUse($0.command) }
        let now = mine.filter { here.contains($0.context) }
        let later = mine.filter { !here.contains($0.context) }
        // The role's own keys first: the clerk's recording and agenda, the chair's meeting (a member's reading keys
        // come first as they are).
        let first: [CommandGroup] = switch state.identity.role {
        case .clerk?: [.record, .agenda]
        case .chair?, .viceChair?: [.live]
        default: []
        }
        var lines = [Line(keys: "", text: state.strings.helpHere, isHeading: true, isSection: true)] + grouped(now, strings: state.strings, first: first)
        if !later.isEmpty {
            lines += [Line(keys: "", text: "", isHeading: false), Line(keys: "", text: state.strings.helpElsewhere, isHeading: true, isSection: true)]
            lines += grouped(later, strings: state.strings, first: first)
        }
        return lines
    }

    /// Each key under its group's heading, a menu's key saying which menu it is in; the groups `first` before the rest.
    private static func grouped(_ bindings: [KeyBinding], strings: Strings, first: [CommandGroup] = []) -> [Line] {
        var lines: [Line] = []
        let groups = Dictionary(grouping: bindings, by: \.group)
        for group in first + CommandGroup.allCases.filter({ !first.contains($0) }) {
            guard let bindings = groups[group], !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", text: "", isHeading: false)) }
            lines.append(Line(keys: "", text: strings.groupNames[group] ?? "", isHeading: true))
            for binding in bindings {
                let keys = binding.command == .jumpToPart ? "1…9" : binding.keys.map(strings.keyLabel).joined(separator: " ")
                let menu = strings.keysDocument.menus[binding.context].map { " · " + $0 } ?? ""
                lines.append(Line(keys: keys, text: strings.describe(binding.command) + menu, isHeading: false))
            }
        }
        return lines
    }
}

extension HelpContent {
    /// The key reference in docs/keys.md (docs/keys.sv.md in Swedish), generated from the same table as the help overlay.
    public static func markdown(keymap: Keymap, strings: Strings) -> String {
        let words = strings.keysDocument
        var text = "# \(words.title)\n\n\(words.intro)\n"
        for line in lines(keymap: keymap, strings: strings) {
            if line.isHeading {
                text += "\n## \(line.text)\n\n| \(words.keysColumn) | \(words.doesColumn) |\n|---|---|\n"
            } else if !line.text.isEmpty {
                let keys = line.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
                text += "| \(keys) | \(line.text) |\n"
            }
        }
        return text + "\n" + words.closing
    }
}
