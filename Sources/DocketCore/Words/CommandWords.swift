extension Strings {
    /// Short words for the status line's hints.
    static let englishHintLabels: [Command: String] = [.open: "open", .back: "back", .nextPart: "parts", .nextItem: "next item", .find: "find", .archiveSearch: "archive",
        .help: "help", .quit: "quit", .closeHelp: "close", .confirmPrompt: "save", .cancelPrompt: "cancel",
        .addNote: "note", .confirmYes: "yes", .confirmNo: "no", .positionMenu: "position",
        .position(.stance(.support)): "support", .position(.stance(.oppose)): "oppose", .position(.stance(.abstain)): "abstain", .position(.stance(.own)): "own",
        .closeMenu: "close", .position(.kind(.amendment)): "amendment", .position(.kind(.addition)): "addition",
        .position(.kind(.referralBack)): "referral back", .position(.kind(.tabling)): "tabling",
        .record(.kind(.amendment)): "amendment", .record(.kind(.addition)): "addition",
        .record(.kind(.referralBack)): "referral back", .record(.kind(.tabling)): "tabling", .rollCall(.leave): "close", .live(.pause): "pause",
        .live(.resume): "resume", .live(.close): "close", .live(.reopen): "reopen",
        .record(.agendaProposal): "agenda's", .record(.memberProposal): "member's", .record(.proposition): "proposition",
        .record(.vote): "vote", .record(.decision): "decision", .record(.adopt): "decided", .record(.kind(.support)): "support", .record(.kind(.reject)): "reject",
        .record(.decide(.accordingToProposal)): "bifall", .record(.decide(.amended)): "amended", .record(.decide(.rejected)): "avslag", .record(.decide(.tabled)): "tabled",
        .record(.decide(.referredBack)): "referred back", .record(.decide(.noted)): "noted", .record(.decide(.referred)): "referral", .picker(.mark): "mark", .picker(.take): "take",
        .rollCall(.answer(.yes)): "ja", .rollCall(.answer(.no)): "nej", .rollCall(.answer(.abstain)): "avstår", .rollCall(.undo): "undo",
        .meetingRecord(.togglePresent): "present", .meetingRecord(.servingFor): "serving for", .recordMenu: "record", .show(.meetingRecord): "record"]

    /// What each command does, in the help overlay, docs/keys.md and the menus.
    static let englishCommandDescriptions: [Command: String] = [
        .moveDown: "down one line", .moveUp: "up one line", .pageDown: "down one page", .pageUp: "up one page",
        .top: "to the top", .bottom: "to the bottom", .open: "open", .back: "back",
        .quit: "quit here, back elsewhere", .quitAll: "quit from anywhere", .redraw: "redraw the screen",
        .help: "keys (this help)", .find: "find on this screen", .archiveSearch: "search the whole archive", .findNext: "next match", .findPrevious: "previous match",
        .nextPart: "next part", .previousPart: "previous part", .jumpToPart: "go to part N",
        .nextItem: "next agenda item", .previousItem: "previous agenda item", .closeHelp: "close help",
        .confirmPrompt: "save the note, or find", .cancelPrompt: "cancel", .edit(.deleteBackward): "delete the character before",
        .edit(.clear): "clear the line", .edit(.deleteForward): "delete the character after", .edit(.left): "cursor left",
        .edit(.right): "cursor right", .edit(.home): "to the start", .edit(.end): "to the end", .edit(.deleteWord): "delete a word",
        .confirmYes: "yes", .confirmNo: "no",
        .addNote: "add a note (on the paragraph at the top)", .addNoteInEditor: "add a note in $EDITOR",
        .editNote: "edit the selected note in $EDITOR", .deleteNote: "delete the selected note", .undoDelete: "undo the delete",
        .toggleShare: "share or unshare the selected note",
        .positionMenu: "record your position", .exportPreparation: "write my preparation for this meeting to a file",
        .toggleRead: "mark read or unread", .nextUnread: "next unread item",
        .position(.stance(.support)): "support the proposal (bifall)", .position(.stance(.oppose)): "oppose (avslag)", .position(.stance(.abstain)): "abstain (avstår)",
        .position(.stance(.own)): "own proposal (eget yrkande)", .position(.ownInEditor): "own proposal in $EDITOR", .position(.motivation): "motivation",
        .position(.share): "share or unshare the position", .position(.clear): "clear the position", .closeMenu: "close the menu",
        .position(.kind(.amendment)): "amendment", .position(.kind(.addition)): "addition",
        .position(.kind(.referralBack)): "referral back", .position(.kind(.tabling)): "tabling",
        .record(.kind(.amendment)): "amendment", .record(.kind(.addition)): "addition",
        .record(.kind(.referralBack)): "referral back", .record(.kind(.tabling)): "tabling",
        .rollCall(.leave): "close the menu",
        .preside: "open the meeting, or pause, resume, close", .nextLiveItem: "the meeting to the next item",
        .previousLiveItem: "the meeting to the previous item", .jumpLiveItem: "the meeting to item number…",
        .toggleFollow: "follow the meeting (or stop)", .live(.pause): "pause (ajournering)", .live(.resume): "resume",
        .live(.close): "close the meeting", .live(.reopen): "reopen the meeting",
        .recordMenu: "record the outcome (clerk)",
        .agendaChange(.struck): "strike the item (utgår), or take it back (before the notice: take it off the agenda)",
        .agendaChange(.added): "add an extra item after this one (before the notice: an item, by diary number or title)",
        .agendaChange(.moved): "move the item before item number…",
        .agendaPreparation(.takeUpOpen): "take up the tabled and referred-back matters again (before the notice)",
        .meetingRecord(.setHeld): "when the meeting was held, for one entered after the fact",
        .agendaPreparation(.putBack): "put back the item last taken off (before the notice)",
        .agendaPreparation(.send): "the notice is sent: from then on the agenda changes as at the meeting",
        .agendaPreparation(.title): "the item's title on the agenda (before the notice)",
        .agendaPreparation(.presenter): "the presenter, föredragande (before the notice)",
        .agendaPreparation(.confidential): "confidential: kept out of the public minutes (before the notice)",
        .agendaPreparation(.section): "the section the item stands under (before the notice)",
        .agendaPreparation(.proposals): "the decision proposals the agenda puts forward (before the notice)",
        .correctMatter: MatterCorrectionWords.english.command,
        .record(.agendaProposal): "put the agenda's proposal", .record(.memberProposal): "put a member's proposal (yrkande)",
        .record(.chairMoves): "the chair moves the agenda's proposal", .record(.presenter): "who presented the item (föredragande)",
        .record(.withdraw): "withdraw a proposal, or take it back", .record(.proposition): "proposition: preferred by acclamation",
        .record(.vote): "vote by roll call (votering)", .record(.countedVote): "a vote recorded as counts, or a secret ballot", .record(.adopt): "decided as the meeting went (bifall to the agenda's proposal if uncontested)", .record(.decision): "the decision (beslut)",
        .record(.decisionInEditor): "the decision's clauses in $EDITOR",
        .record(.reservation): "a reservation", .record(.checkedAtOnce): "checked at once (omedelbar justering)",
        .record(.counterProposal): "counter-proposal chosen by the last step",
        .record(.remove): "remove an entry", .record(.undo): "undo the last change to the record", .record(.redo): "redo what was undone",
        .record(.kind(.support)): "support (bifall)", .record(.kind(.reject)): "reject (avslag)",
        .record(.decide(.accordingToProposal)): "according to the proposal (bifall)", .record(.decide(.amended)): "amended", .record(.decide(.rejected)): "rejected (avslag)",
        .record(.decide(.tabled)): "tabled (bordlagt)", .record(.decide(.referredBack)): "referred back (återremitterat)",
        .record(.decide(.noted)): "noted (lades till handlingarna)", .record(.decide(.referred)): "referred to another body for its opinion…",
        .picker(.down): "down one line", .picker(.up): "up one line", .picker(.mark): "mark or unmark", .picker(.space): "mark while nothing is typed, else a space in the name", .picker(.take): "take the marked rows, or this row; type to narrow, 1–9 in short lists",
        .picker(.erase): "take back a letter typed",
        .rollCall(.answer(.yes)): "ja", .rollCall(.answer(.no)): "nej", .rollCall(.answer(.abstain)): "avstår (abstains)", .rollCall(.undo): "take back the last answer",
        .meetingRecord(.togglePresent): "present or absent", .meetingRecord(.everyonePresent): "every member not yet recorded present",
        .meetingRecord(.servingFor): "a substitute serves for…", .meetingRecord(.arrivedAt): "arrived at item number…", .meetingRecord(.leftAt): "left at item number…",
        .meetingRecord(.chooseCheckers): "the checkers (justerare)", .meetingRecord(.setChecking): "time and place of checking",
        .meetingRecord(.addOfficial): "add an official present", .meetingRecord(.removeEntry): "remove the official or agenda change",
        .meetingRecord(.setFirstParagraph): "the first § number", .meetingRecord(.approveMinutes): "minutes approved (justerat) on…",
        .meetingRecord(.postMinutes): "minutes posted (anslag) on…", .meetingRecord(.correctRecord): "correct approved minutes (asks why)",
    ]
}

extension Strings {
    /// What a command does; a screen's key is described by the screen.
    public func describe(_ command: Command) -> String {
        if case .show(let kind) = command { return kind.description(in: self) }
        if case .record(.members(let list)) = command { return clerk.memberList(list).command }
        if case .record(.statement(let kind)) = command { return clerk.statement(kind).command }
        if case .record(.lines(let list)) = command { return clerk.textList(list).command }
        return commandDescriptions[command] ?? ""
    }
}

extension Strings {
    /// The banner's words.
    public func banner(_ banner: Identity.Banner) -> String {
        switch banner {
        case .unknownAccount(let login): unknownAccountBanner(login)
        case .demo(let user, let member, let ids): demoBanner(user, member, ids.joined(separator: ", "))
        case .readOnly(let user, let ids): readOnlyBanner(user, ids.joined(separator: ", "))
        }
    }
}
