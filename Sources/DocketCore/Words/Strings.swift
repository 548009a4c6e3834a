import DocketModel

/// Every word the interface shows, in one place (English; the Swedish table is issue 15's).
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
    /// The clerk's words.
    public var clerk = ClerkStrings.english
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
    public let notePromptOnItem: String
    public let notePromptOnParagraph: @Sendable (Int) -> String
    public let noteSaved: @Sendable (Bool) -> String
    public let noteDeleted: String
    public let noteRestored: String
    public let noteShared: @Sendable (Bool) -> String
    public let notSaved: @Sendable (String) -> String
    public let nothingToUndo: String
    public let onlyOnNote: String
    public let onlyOwnNotes: String
    public let readOnly: String
    public let proceduralNoNotes: String
    public let noNotes: String
    public let notePrivate: String
    public let noteSharedLabel: String
    public let noteOnItem: String
    public let noteOnParagraph: @Sendable (Int, String) -> String
    public let noteLost: @Sendable (String) -> String
    public let confirmDeleteNote: String
    public let confirmDiscardNote: String
    public let confirmUseFailedEdit: @Sendable (String) -> String
    public let confirmQuitUnsaved: @Sendable (Int, String) -> String
    public let editorUnchanged: String
    public let draftRecovered: String
    public let readOnlyBadge: String
    public let notesOverviewTitle: String
    public let noNotesInMeeting: String
    public let demoBanner: @Sendable (String, String, String) -> String
    public let damagedFile: @Sendable (String, String, String) -> String
    public let moreDamage: @Sendable (Int) -> String
    public let damageSummary: @Sendable (Int) -> String
    public let damageAtStart: @Sendable (Int) -> String
    public let matterUnavailable: String
    public let storeCopy: @Sendable (String) -> String
    public var damage = DamageStrings()
    public let unknownAccountBanner: @Sendable (String) -> String
    public let readOnlyBanner: @Sendable (String, String) -> String
    public let summaryTitle: @Sendable (String, String, String) -> String
    public let positionLabel: String
    public let ownProposalLabel: String
    public let motivationLabel: String
    public let noteLabel: String
    public let noPosition: String
    public let privateWord: String
    public let sharedWord: String
    public let stanceNames: [Position.Stance: String]
    public let stanceBadges: [Position.Stance: String]
    public let ownProposalKinds: [OwnProposal.Kind: String]
    public let positionSaved: @Sendable (String) -> String
    public let positionCleared: String
    public let positionShared: @Sendable (Bool) -> String
    public let markedRead: String
    public let markedUnread: String
    public let allRead: String
    public let readProgress: @Sendable (Int, Int) -> String
    public let revisedBadge: String
    public let unreadMark: String
    public let noPositionHere: String
    public let positionsOverviewTitle: String
    public let notesOverviewCommand: String
    public let positionsOverviewCommand: String
    public let positionsHeading: String
    public let stanceMenuTitle: String
    public let kindMenuTitle: String
    public let motivationPrompt: String
    public let ownProposalPrompt: @Sendable (String) -> String
    public let chooseStanceFirst: String
    public let yourPosition: String
    public let inProgress: String
    public let paused: String
    public let closed: String
    public let onlyPresiding: String
    public let onlyWhoPresided: String
    public let notLive: String
    public let noMeetingHere: String
    public let liveStatus: @Sendable (String, Int, String) -> String
    public let followingOn: String
    public let followingOff: String
    public let followingPaused: String
    public let jumpPrompt: String
    public let liveMenuTitle: @Sendable (String) -> String
    public let noSuchItem: @Sendable (String) -> String
    public let confirmCloseMeeting: String
    public let meetingOpened: String
    public let lastAgendaItem: String
    public let firstAgendaItem: String
    public let decisionCategories: [Decision.Category: String]
    public let struck: String
    public let decisionBadges: [Decision.Category: String]
    public let struckBadge: String
    public let noOutcome: String
    public let outcomeParagraph: @Sendable (Int) -> String
    public let outcomeStruck: String
    public let outcomeDecision: @Sendable (String) -> String
    public let outcomeProposals: String
    public let outcomeOrder: String
    public let outcomeVote: @Sendable (String, String, Int, Int, Int) -> String
    public let outcomeCastingVote: String
    public let outcomeBallots: @Sendable (String, String) -> String
    public let outcomeReservation: @Sendable (String, String, Bool) -> String
    public let outcomeMinuteNote: @Sendable (String) -> String
    public let outcomeSpecialStatement: @Sendable (String) -> String
    public let outcomeCheckedAtOnce: String
    public let withdrawnWord: String
    public let preferredWord: @Sendable (String, Bool) -> String
    public let choiceNames: [Vote.Choice: String]
    public let noQuorum: @Sendable (Int, Int) -> String
    public let notPut: @Sendable (String) -> String
    public let tieWithoutCastingVote: @Sendable (String) -> String
    public let voteInProgress: @Sendable (String, [String]) -> String
    public let noDecision: String
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
        partNames: [.proposal: "Proposal", .report: "Report", .history: "History", .attachments: "Attachments", .notes: "Notes",
                    .outcome: "Outcome"],
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
        groupNames: [.moving: "Moving", .opening: "Opening and going back", .item: "In an item", .notes: "Notes",
                     .positions: "Positions and reading", .live: "The live meeting", .record: "The clerk's record",
                     .finding: "Finding", .general: "General", .prompt: "When typing"],
        commandDescriptions: Strings.englishCommandDescriptions,
        hintLabels: [.open: "open", .back: "back", .nextPart: "parts", .nextItem: "next item", .find: "find",
                     .help: "help", .quit: "quit", .closeHelp: "close", .confirmPrompt: "save", .cancelPrompt: "cancel",
                     .addNote: "note", .confirmYes: "yes", .confirmNo: "no", .positionMenu: "position",
                     .position(.stance(.support)): "support", .position(.stance(.oppose)): "oppose", .position(.stance(.abstain)): "abstain", .position(.stance(.own)): "own",
                     .closeMenu: "close", .position(.kind(.amendment)): "amendment", .position(.kind(.addition)): "addition",
                     .position(.kind(.referralBack)): "referral back", .position(.kind(.tabling)): "tabling",
                     .record(.kind(.amendment)): "amendment", .record(.kind(.addition)): "addition",
                     .record(.kind(.referralBack)): "referral back", .record(.kind(.tabling)): "tabling", .rollCall(.leave): "close", .live(.pause): "pause",
                     .live(.resume): "resume", .live(.close): "close", .live(.reopen): "reopen",
                     .record(.agendaProposal): "agenda's", .record(.memberProposal): "member's", .record(.proposition): "proposition",
                     .record(.vote): "vote", .record(.decision): "decision", .record(.kind(.support)): "support", .record(.kind(.reject)): "reject",
                     .record(.decide(.accordingToProposal)): "bifall", .record(.decide(.amended)): "amended", .record(.decide(.rejected)): "avslag", .record(.decide(.tabled)): "tabled",
                     .record(.decide(.referredBack)): "referred back", .record(.decide(.noted)): "noted", .picker(.mark): "mark", .picker(.take): "take",
                     .rollCall(.answer(.yes)): "ja", .rollCall(.answer(.no)): "nej", .rollCall(.answer(.abstain)): "avstår", .rollCall(.undo): "undo",
                     .meetingRecord(.togglePresent): "present", .meetingRecord(.servingFor): "serving for", .recordMenu: "record", .show(.meetingRecord): "record"],
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
        notePromptOnItem: "Note on the item: ",
        notePromptOnParagraph: { "Note on ¶\($0): " },
        noteSaved: { $0 ? "Note saved, shared with every member" : "Note saved (private: only you see it)" },
        noteDeleted: "Note deleted — u undoes",
        noteRestored: "Note restored",
        noteShared: { $0 ? "Note shared: every member sees it" : "Note made private: only you see it" },
        notSaved: { "Not saved: \($0). Kept here; Docket tries again on the next save and on quit" },
        nothingToUndo: "Nothing to undo",
        onlyOnNote: "Only on a note in the Notes part (5)",
        onlyOwnNotes: "Only your own notes can be changed",
        readOnly: "This session is read-only: start Docket with --as ID",
        proceduralNoNotes: "A procedural item has no matter to take notes on",
        noNotes: "No notes on this matter yet: a adds one, on the paragraph at the top of the Report or Proposal.",
        notePrivate: "Private",
        noteSharedLabel: "Shared",
        noteOnItem: "on the whole item",
        noteOnParagraph: { "¶\($0) \($1)" },
        noteLost: { "lost its place: “\($0)…”" },
        confirmDeleteNote: "Delete this note? y/n",
        confirmDiscardNote: "Discard the note you are typing? y/n",
        confirmUseFailedEdit: { "The editor exited with an error (\($0)) but the text changed. Use it? y/n" },
        confirmQuitUnsaved: { "\($0) change\($0 == 1 ? "" : "s") could not be saved (\($1)). Quit anyway and lose \($0 == 1 ? "it" : "them")? y/n" },
        editorUnchanged: "The note is unchanged",
        draftRecovered: "A note you were typing when Docket stopped was kept: Enter saves it, Esc discards it",
        readOnlyBadge: "read-only",
        notesOverviewTitle: "Notes",
        noNotesInMeeting: "No notes on this meeting's matters yet. In an item, a adds one.",
        demoBanner: { user, name, ids in "Demo: you (\(user)) are \(name). Be someone else with --as ID; ids: \(ids)" },
        damagedFile: { file, consequence, problem in "⚠ \(file): \(consequence) — \(problem)" },
        moreDamage: { "⚠ and \($0) more damaged \($0 == 1 ? "file" : "files"): docket validate lists every problem" },
        damageSummary: { "⚠ \($0) damaged \($0 == 1 ? "file" : "files"): docket validate lists every problem" },
        damageAtStart: { "\($0) damaged \($0 == 1 ? "file" : "files") left out, listed at the bottom; the rest of the store is open" },
        matterUnavailable: "(matter unavailable: its file is damaged)",
        storeCopy: { "this folder is a copy of the store in \($0) (the same store id): your private notes, positions and read marks here are kept apart from that one's" },
        unknownAccountBanner: { "Read-only: your login \"\($0)\" is no member's login in this committee; the clerk can add it to committee.json" },
        readOnlyBanner: { user, ids in "Read-only: \(user) is not a member of this committee. Start with --as ID or set DOCKET_USER; ids: \(ids)" },
        summaryTitle: { committee, date, member in "Preparation: \(committee), meeting \(date) — \(member)" },
        positionLabel: "Position",
        ownProposalLabel: "Own proposal",
        motivationLabel: "Motivation",
        noteLabel: "Note",
        noPosition: "none yet",
        privateWord: "private",
        sharedWord: "shared",
        stanceNames: [.support: "support the proposal (bifall)", .oppose: "oppose (avslag)", .abstain: "abstain (avstår)",
                      .own: "own proposal (eget yrkande)"],
        stanceBadges: [.support: "yes", .oppose: "no", .abstain: "abst", .own: "own"],
        ownProposalKinds: [.amendment: "amendment", .addition: "addition", .referralBack: "referral back", .tabling: "tabling"],
        positionSaved: { "Position saved: \($0)" },
        positionCleared: "Position cleared",
        positionShared: { $0 ? "Position shared: every member sees it" : "Position made private: only you see it" },
        markedRead: "Marked read",
        markedUnread: "Marked unread",
        allRead: "Everything on this agenda is read",
        readProgress: { "read \($0)/\($1)" },
        revisedBadge: "rev",
        unreadMark: "•",
        noPositionHere: "— no position yet",
        positionsOverviewTitle: "Positions",
        notesOverviewCommand: "the notes on this meeting",
        positionsOverviewCommand: "your positions on this meeting",
        positionsHeading: "Positions",
        stanceMenuTitle: "Position: s support · o oppose · a abstain · e own proposal (E in $EDITOR) · m motivation · S share · c clear · Esc",
        kindMenuTitle: "Own proposal: a amendment · d addition · r referral back · t tabling · Esc",
        motivationPrompt: "Motivation: ",
        ownProposalPrompt: { "Own proposal (\($0)): " },
        chooseStanceFirst: "Choose a stance first",
        yourPosition: "You",
        inProgress: "in progress",
        paused: "paused",
        closed: "closed",
        onlyPresiding: "Only the chair or the vice chair standing in leads the meeting",
        onlyWhoPresided: "Only whoever presided can reopen the meeting",
        notLive: "The meeting is not in progress: L opens it",
        noMeetingHere: "Choose a meeting first",
        liveStatus: { state, number, title in "\(state) § \(number) — \(title)" },
        followingOn: "Following the meeting — F stops",
        followingOff: "Not following the meeting",
        followingPaused: "Following paused — F resumes and jumps to the current item",
        jumpPrompt: "Go to item number: ",
        liveMenuTitle: { "Meeting, \($0)" },
        noSuchItem: { "No item number \($0) on this agenda" },
        confirmCloseMeeting: "Close the meeting? y/n",
        meetingOpened: "Meeting opened",
        lastAgendaItem: "The meeting is at the last item",
        firstAgendaItem: "The meeting is at the first item",
        decisionCategories: [.accordingToProposal: "decided", .amended: "decided, amended", .rejected: "rejected",
                             .tabled: "tabled", .referredBack: "referred back", .noted: "noted"],
        struck: "struck",
        decisionBadges: [.accordingToProposal: "dec", .amended: "amd", .rejected: "rej", .tabled: "tab", .referredBack: "ref", .noted: "not"],
        struckBadge: "out",
        noOutcome: "Nothing is recorded for this item yet: the clerk records outcomes during the meeting.",
        outcomeParagraph: { "§ \($0)" },
        outcomeStruck: "Struck from the agenda (utgår).",
        outcomeDecision: { "Decision: \($0)" },
        outcomeProposals: "Proposals put",
        outcomeOrder: "Proposition order",
        outcomeVote: { yes, no, yesVotes, noVotes, abstaining in "Vote: yes for \(yes), no for \(no) — \(yesVotes) yes, \(noVotes) no, \(abstaining) abstaining" },
        outcomeCastingVote: "Tied: the chair's casting vote decided (utslagsröst).",
        outcomeBallots: { choice, names in "\(choice): \(names)" },
        outcomeReservation: { who, favour, written in "Reservation by \(who)\(favour.isEmpty ? "" : " in favour of " + favour)\(written ? ", in writing" : "")" },
        outcomeMinuteNote: { "Protokollsanteckning by \($0):" },
        outcomeSpecialStatement: { "Särskilt yttrande by \($0):" },
        outcomeCheckedAtOnce: "The decision was checked at once (omedelbart justerad).",
        withdrawnWord: "withdrawn",
        preferredWord: { preferred, byVote in "\(preferred) preferred \(byVote ? "by vote" : "by acclamation")" },
        choiceNames: [.yes: "Yes", .no: "No", .abstain: "Abstaining"],
        noQuorum: { present, seats in "Only \(present) of \(seats) members present: the committee has no quorum" },
        notPut: { "The proposal \($0) is not withdrawn but was never put (missing from the proposition order)" },
        tieWithoutCastingVote: { "\($0) is tied: record the chair's casting vote (utslagsröst)" },
        voteInProgress: { vote, missing in "The vote \(vote) is in progress: \(missing.joined(separator: ", ")) \(missing.count == 1 ? "has" : "have") not answered (v resumes it)" },
        noDecision: "The item was handled but has no decision",
        weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    )
}
