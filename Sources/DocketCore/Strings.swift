import DocketModel

/// Every word Docket shows, in one place. English now; a Swedish table comes later.
public struct Strings: Sendable {
    public let appName: String
    public let meetingsTitle: String
    public let upcoming: String
    public let past: String
    public let noMeetings: String
    public let items: @Sendable (Int) -> String
    public let planned: String
    public let held: String
    public let confidential: String
    /// The agenda's badge for a confidential item, at most four columns.
    public let confidentialBadge: String
    public let procedural: String
    public let itemOf: @Sendable (Int, Int) -> String
    public let partNames: [ItemPart: String]
    public let proposalBy: @Sendable (String) -> String
    public let noProposal: String
    public let proceduralItemText: String
    public let presentedBy: @Sendable (String) -> String
    public let noReport: String
    public let officer: String
    public let phone: String
    public let signed: String
    public let author: String
    public let noHistory: String
    public let onAgenda: String
    public let onAgendaNote: @Sendable (Int) -> String
    public let historyKinds: [ReferralKind: String]
    public let noAttachments: String
    public let attachmentWeb: String
    public let linePosition: @Sendable (Int, Int) -> String
    public let tooSmall: @Sendable (Int, Int, Int, Int) -> String
    public let helpTitle: String
    public let groupNames: [CommandGroup: String]
    public let commandDescriptions: [Command: String]
    /// Short words for the status line's hints.
    public let hintLabels: [Command: String]
    public let findPrompt: String
    public let notFound: @Sendable (String) -> String
    public let noSearch: String
    public let matchOf: @Sendable (Int, Int) -> String
    public let wrappedAround: String
    public let firstItem: String
    public let lastItem: String
    public let onlyInItem: String
    public let nothingToOpen: String
    public let onlyMeetingsOpen: String
    public let attachmentRefused: @Sendable (String) -> String
    public let attachmentNotText: @Sendable (String) -> String
    public let opened: @Sendable (String) -> String
    public let openFailed: @Sendable (String, String) -> String
    public let readFailed: @Sendable (String, String) -> String
    public let alreadyTop: String
    public let weekdays: [String]
    public let months: [String]

    public static let english = Strings(
        appName: "Docket",
        meetingsTitle: "Meetings",
        upcoming: "Upcoming",
        past: "Past",
        noMeetings: "This store has no meetings yet.",
        items: { $0 == 1 ? "1 item" : "\($0) items" },
        planned: "planned",
        held: "held",
        confidential: "confidential",
        confidentialBadge: "conf",
        procedural: "procedural",
        itemOf: { "item \($0) of \($1)" },
        partNames: [.proposal: "Proposal", .report: "Report", .history: "History", .attachments: "Attachments"],
        proposalBy: { "Proposed by \($0)" },
        noProposal: "This agenda puts no proposal forward for this item.",
        proceduralItemText: "A procedural item: it has no matter, report or proposal.",
        presentedBy: { "Presented by \($0)" },
        noReport: "This matter has no report.",
        officer: "Officer",
        phone: "phone",
        signed: "Signed",
        author: "By",
        noHistory: "No history is recorded for this matter.",
        onAgenda: "on agenda",
        onAgendaNote: { "item \($0) — Enter opens that agenda" },
        historyKinds: [.submitted: "submitted", .referred: "referred", .prepared: "for preparation",
                       .reported: "reported", .returned: "referred back", .other: "event"],
        noAttachments: "This matter has no attachments.",
        attachmentWeb: "web",
        linePosition: { line, total in total == 0 ? "" : "line \(line)/\(total) \(total <= 1 ? 100 : line * 100 / total)%" },
        tooSmall: { width, height, minimumWidth, minimumHeight in
            "Terminal too small: \(width)×\(height). Docket needs at least \(minimumWidth)×\(minimumHeight)." },
        helpTitle: "Keys",
        groupNames: [.moving: "Moving", .opening: "Opening and going back", .item: "In an item",
                     .finding: "Finding", .general: "General", .prompt: "When typing"],
        commandDescriptions: [
            .moveDown: "down one line", .moveUp: "up one line", .pageDown: "down one page", .pageUp: "up one page",
            .top: "to the top", .bottom: "to the bottom", .open: "open", .back: "back",
            .quit: "quit here, back elsewhere", .quitAll: "quit from anywhere", .redraw: "redraw the screen",
            .help: "keys (this help)", .find: "find on this screen", .findNext: "next match", .findPrevious: "previous match",
            .nextPart: "next part", .previousPart: "previous part", .jumpToPart: "go to part N",
            .nextItem: "next agenda item", .previousItem: "previous agenda item", .closeHelp: "close help",
            .confirmPrompt: "find", .cancelPrompt: "cancel", .deleteBackward: "delete a character", .clearPrompt: "clear",
        ],
        hintLabels: [.open: "open", .back: "back", .nextPart: "parts", .nextItem: "next item", .find: "find",
                     .help: "help", .quit: "quit", .closeHelp: "close", .confirmPrompt: "find", .cancelPrompt: "cancel"],
        findPrompt: "Find: ",
        notFound: { "Not found: \($0)" },
        noSearch: "Nothing to find yet: press / first",
        matchOf: { "match \($0) of \($1)" },
        wrappedAround: "(wrapped around)",
        firstItem: "This is the first item on the agenda",
        lastItem: "This is the last item on the agenda",
        onlyInItem: "Only in an item",
        nothingToOpen: "Nothing to open here",
        onlyMeetingsOpen: "Only meetings in the history can be opened",
        attachmentRefused: { "Refused to open \($0): only files inside the store and http(s) addresses are opened" },
        attachmentNotText: { "Opening \($0) with the desktop…" },
        opened: { "Opened \($0)" },
        openFailed: { "Could not open \($0): \($1)" },
        readFailed: { "Could not read \($0): \($1)" },
        alreadyTop: "Already at the meetings list",
        weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    )
}
