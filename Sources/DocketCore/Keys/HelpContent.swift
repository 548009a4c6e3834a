/// The help overlay's lines, generated from the keymap and the strings: one
/// heading per group, then each command with its keys.
public enum HelpContent {
    public struct Line: Sendable, Equatable {
        public let keys: String
        public let text: String
        public let isHeading: Bool
    }

    public static func lines(keymap: Keymap, strings: Strings) -> [Line] {
        var lines: [Line] = []
        let groups = Dictionary(grouping: keymap.bindings.filter { $0.context != .help }, by: \.group)
        for group in CommandGroup.allCases {
            guard let bindings = groups[group], !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", text: "", isHeading: false)) }
            lines.append(Line(keys: "", text: strings.groupNames[group] ?? "", isHeading: true))
            for binding in bindings {
                let keys = binding.command == .jumpToPart ? "1…9" : binding.keys.map(\.label).joined(separator: " ")
                lines.append(Line(keys: keys, text: strings.describe(binding.command), isHeading: false))
            }
        }
        return lines
    }

    static func lineCount(keymap: Keymap, strings: Strings) -> Int {
        lines(keymap: keymap, strings: strings).count
    }
}

extension HelpContent {
    /// The key reference in docs/keys.md, generated from the same table as the help overlay.
    public static func markdown(keymap: Keymap, strings: Strings) -> String {
        var text = "# Keys\n\nGenerated from Docket's keymap (`Sources/DocketCore/Keys/Keymap.swift`); the help overlay (`?`) shows the same table.\n"
        for line in lines(keymap: keymap, strings: strings) {
            if line.isHeading {
                text += "\n## \(line.text)\n\n| Keys | Does |\n|---|---|\n"
            } else if !line.text.isEmpty {
                let keys = line.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
                text += "| \(keys) | \(line.text) |\n"
            }
        }
        text += """

            ## Mouse

            | Action | Does |
            |---|---|
            | wheel | scrolls three lines |
            | click on a row | selects a meeting, an agenda item, a history entry or an attachment |
            | click on a tab | shows that part of the item |

            ## Where keys apply

            `q` quits on the meetings list and goes back everywhere else; `Q` quits from anywhere.
            In an item, the parts are 1 Proposal, 2 Report, 3 History, 4 Attachments, 5 Notes and 6 Outcome; `]` and `[`
            step through the agenda without leaving the item view. In History, Enter on an
            "on agenda" entry opens that meeting's agenda at the item. In Attachments, Enter shows a
            text attachment in Docket's pager and hands other files (inside the store only) and
            http(s) addresses to `xdg-open`. Find (`/`) is case-insensitive, with Å = å, Ä = ä and
            Ö = ö, but never å = a.

            """
        return text
    }
}
