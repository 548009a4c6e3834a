extension Strings {
    /// What each command does, in the help overlay, docs/keys.md and the menus.
    static let englishCommandDescriptions: [Command: String] = [
        .moveDown: "down one line", .moveUp: "up one line", .pageDown: "down one page", .pageUp: "up one page",
        .top: "to the top", .bottom: "to the bottom", .open: "open", .back: "back",
        .quit: "quit here, back elsewhere", .quitAll: "quit from anywhere", .redraw: "redraw the screen",
        .help: "keys (this help)", .find: "find on this screen", .findNext: "next match", .findPrevious: "previous match",
        .nextPart: "next part", .previousPart: "previous part", .jumpToPart: "go to part N",
        .nextItem: "next agenda item", .previousItem: "previous agenda item", .closeHelp: "close help",
        .confirmPrompt: "save the note, or find", .cancelPrompt: "cancel", .deleteBackward: "delete the character before",
        .clearPrompt: "clear the line", .deleteForward: "delete the character after", .cursorLeft: "cursor left",
        .cursorRight: "cursor right", .cursorHome: "to the start", .cursorEnd: "to the end", .deleteWord: "delete a word",
        .confirmYes: "yes", .confirmNo: "no",
        .addNote: "add a note (on the paragraph at the top)", .addNoteInEditor: "add a note in $EDITOR",
        .editNote: "edit the selected note in $EDITOR", .deleteNote: "delete the selected note", .undoDelete: "undo the delete",
        .toggleShare: "share or unshare the selected note",
        .positionMenu: "record your position",
        .toggleRead: "mark read or unread", .nextUnread: "next unread item",
        .stanceSupport: "support the proposal (bifall)", .stanceOppose: "oppose (avslag)", .stanceAbstain: "abstain (avstår)",
        .stanceOwn: "own proposal (eget yrkande)", .stanceOwnInEditor: "own proposal in $EDITOR", .editMotivation: "motivation",
        .sharePosition: "share or unshare the position", .clearPosition: "clear the position", .closeMenu: "close the menu",
        .kindAmendment: "amendment", .kindAddition: "addition", .kindReferralBack: "referral back", .kindTabling: "tabling",
        .preside: "open the meeting, or pause, resume, close", .nextLiveItem: "the meeting to the next item",
        .previousLiveItem: "the meeting to the previous item", .jumpLiveItem: "the meeting to item number…",
        .toggleFollow: "follow the meeting (or stop)", .pauseMeeting: "pause (ajournering)", .resumeMeeting: "resume",
        .closeMeeting: "close the meeting", .reopenMeeting: "reopen the meeting",
        .recordMenu: "record the outcome (clerk)",
        .strikeItem: "strike the item (utgår), or take it back", .addExtraItem: "add an extra item after this one",
        .moveItem: "move the item before item number…",
        .recordAgendaProposal: "put the agenda's proposal", .recordMemberProposal: "put a member's proposal (yrkande)",
        .recordWithdraw: "withdraw a proposal, or take it back", .recordProposition: "proposition: preferred by acclamation",
        .recordVote: "vote by roll call (votering)", .recordDecision: "the decision (beslut)",
        .recordDecisionInEditor: "the decision's clauses in $EDITOR", .recordRecusal: "recused members (jäv)",
        .recordReservation: "a reservation", .recordMinuteNote: "a protokollsanteckning",
        .recordSpecialStatement: "a särskilt yttrande", .recordCheckedAtOnce: "checked at once (omedelbar justering)",
        .recordRemove: "remove an entry",
        .kindSupport: "support (bifall)", .kindReject: "reject (avslag)",
        .decideAccording: "according to the proposal (bifall)", .decideAmended: "amended", .decideRejected: "rejected (avslag)",
        .decideTabled: "tabled (bordlagt)", .decideReferredBack: "referred back (återremitterat)",
        .decideNoted: "noted (lades till handlingarna)",
        .pickerMark: "mark or unmark", .pickerTake: "take the marked rows, or this row (1–9: that row)",
        .voteYes: "ja", .voteNo: "nej", .voteAbstain: "avstår (abstains)", .voteUndo: "take back the last answer",
        .togglePresent: "present or absent", .everyonePresent: "every member not yet recorded present",
        .servingFor: "a substitute serves for…", .arrivedAt: "arrived at item number…", .leftAt: "left at item number…",
        .chooseCheckers: "the checkers (justerare)", .setChecking: "time and place of checking",
        .addOfficial: "add an official present", .removeEntry: "remove the official or agenda change",
        .setFirstParagraph: "the first § number", .approveMinutes: "minutes approved (justerat) on…",
        .postMinutes: "minutes posted (anslag) on…", .correctRecord: "correct approved minutes (asks why)",
    ]
}

extension Strings {
    /// What a command does; a screen's key is described by the screen.
    public func describe(_ command: Command) -> String {
        if case .show(let kind) = command { return kind.description(in: self) }
        return commandDescriptions[command] ?? ""
    }
}
