import DocketModel

/// The clerk's words: the record menu, the roll call, the meeting's record.
public struct ClerkStrings: Sendable {
    public var onlyClerk = "Only the clerk records outcomes"
    public var approvedReadOnly: @Sendable (String) -> String = {
        "The minutes were approved on \($0) and are read-only: C on the meeting's record (R) starts a correction"
    }
    public var approvedNoReopen: @Sendable (String) -> String = { "The minutes were approved on \($0): the meeting stays closed" }
    public var notApprovedYet = "The minutes are not approved yet: the record can be changed as it is"
    public var recordMenuTitle = "Record"
    public var putKindTitle = "Kind of proposal"
    public var decisionMenuTitle = "Decision"
    public var agendaProposalText: @Sendable (String) -> String = { "The proposal of \($0), as on the agenda" }
    public var rejectText = "That the proposal be rejected (avslag)"
    public var noAgendaProposal = "A procedural item puts no proposal forward"
    public var agendaProposalAlreadyPut = "The agenda's proposal is already put"
    public var proposalPut: @Sendable (String) -> String = { "Proposal put: \($0)" }
    public var typedProposal = "Another proposal, typed now…"
    public var memberProposalTitle = "Put a member's proposal (shared positions first)"
    public var noProposalsYet = "No proposals put yet: a puts the agenda's, p a member's"
    public var withdrawTitle = "Withdraw a proposal (or take the withdrawal back)"
    public var proposalWithdrawn: @Sendable (String) -> String = { "\($0) withdrawn" }
    public var proposalRestored: @Sendable (String) -> String = { "\($0) is no longer withdrawn" }
    public var propositionTitle = "Proposals put against each other (Space marks)"
    public var preferredTitle = "Which did the committee prefer?"
    public var preferredRecorded: @Sendable (String) -> String = { "\($0) preferred by acclamation" }
    public var proposersTitle = "Proposed by (Space marks)"
    public var proposalTextPrompt = "Proposal: "
    /// The words of each member list of an item's record.
    public var memberList: @Sendable (MemberList) -> MemberListWords = { list in
        switch list {
        case .recused:
            MemberListWords(command: "recused members (jäv)", pickerTitle: "Recused (jäv): marked members leave the item",
                            recorded: { $0 == 0 ? "Nobody recused" : "\($0) recused" }, outcome: { "Recused (jäv): \($0)" })
        case .notTakingPart:
            MemberListWords(command: "members not taking part in the decision",
                            pickerTitle: "Not taking part in the decision: marked members stay but do not decide",
                            recorded: { $0 == 0 ? "Everyone takes part" : "\($0) not taking part" },
                            outcome: { "Not taking part in the decision: \($0)" })
        }
    }
    public var reservationTitle = "Reservation by (Space marks)"
    public var favourTitle = "In favour of"
    public var noFavour = "No proposal named"
    public var writtenQuestion = "A written reservation follows? y/n"
    public var reservationRecorded = "Reservation recorded"
    public var minuteNoteTitle = "Protokollsanteckning by (Space marks)"
    public var specialStatementTitle = "Särskilt yttrande by (Space marks)"
    public var statementPrompt = "Text: "
    public var minuteNoteRecorded = "Protokollsanteckning recorded"
    public var specialStatementRecorded = "Särskilt yttrande recorded"
    public var checkedAtOnceOn = "The item is checked at once (omedelbar justering)"
    public var checkedAtOnceOff = "The item is checked with the minutes"
    public var removeTitle = "Remove an entry"
    public var nothingRecorded = "Nothing recorded on this item"
    public var entryRemoved = "Entry removed"
    public var proposalEntry: @Sendable (String) -> String = { "Proposal \($0)" }
    public var stepEntry: @Sendable (String, String) -> String = { sides, preferred in "Proposition \(sides): \(preferred)" }
    public var voteEntry: @Sendable (String, String, String) -> String = { id, yes, no in "Vote \(id): ja \(yes), nej \(no)" }
    public var reservationEntry: @Sendable (String) -> String = { "Reservation by \($0)" }
    public var minuteNoteEntry: @Sendable (String) -> String = { "Protokollsanteckning: \($0)" }
    public var specialStatementEntry: @Sendable (String) -> String = { "Särskilt yttrande: \($0)" }
    public var decisionPrompt: @Sendable (String) -> String = { "Decision, \($0) (clauses apart by |): " }
    public var decisionRecorded: @Sendable (String) -> String = { "Decision recorded: \($0)" }
    public var emptyNotSaved = "Nothing typed: nothing saved"
    public var voteNeedsTwo = "A vote needs two proposals put and not withdrawn"
    public var attendanceFirst = "Record attendance first: R on the agenda, then Space or * for everyone present"
    public var voteYesTitle = "Ja (yes) stands for"
    public var voteNoTitle = "Nej (no) stands for"
    public var everyoneVoted = "Everyone has answered: Backspace takes the last answer back"
    public var voteLeft = "Vote left unfinished: v in the record menu resumes it"
    public var tieNeedsChair = "Tied, and the chair has not voted ja or nej: the chair's casting vote decides"
    public var voteDone: @Sendable (Int, Int, Int, String, Bool) -> String = { yes, no, abstaining, winner, casting in
        "Vote recorded: \(yes) ja, \(no) nej, \(abstaining) avstår — \(winner) wins\(casting ? " by the chair's casting vote" : "")"
    }
    public var rollCallTitle = "Roll call (votering)"
    public var yesSide: @Sendable (String) -> String = { "Ja  = \($0)" }
    public var noSide: @Sendable (String) -> String = { "Nej = \($0)" }
    public var rollCallTally: @Sendable (Int, Int, Int, Int) -> String = { yes, no, abstaining, left in
        "\(yes) ja · \(no) nej · \(abstaining) avstår · \(left) to answer"
    }
    public var calledNow = "◀ now"
    public var chairMark = "(chair, last)"
    public var servingMark: @Sendable (String) -> String = { "for \($0)" }
    public var choiceWords: [Vote.Choice: String] = [.yes: "ja", .no: "nej", .abstain: "avstår"]
    public var warningsHeading: @Sendable (Int) -> String = { "Checks: \($0) to look at" }

    // The meeting's record
    public var recordTitle = "Record"
    public var recordCommand = "the meeting's record: attendance, checks, approval"
    public var firstParagraphRow: @Sendable (Int, Bool) -> String = { number, proposed in
        "First §: \(number)\(proposed ? " (continuing this year's series; nothing recorded yet)" : "")"
    }
    public var attendanceHeading = "Attendance"
    public var roleNames: [MemberRole: String] = [.chair: "chair", .viceChair: "vice chair", .member: "member",
                                                  .substitute: "substitute", .clerk: "clerk"]
    public var notRecorded = "not recorded"
    public var present = "present"
    public var absent = "absent"
    public var servingFor: @Sendable (String) -> String = { "serving for \($0)" }
    public var arrivedAt: @Sendable (String) -> String = { "from \($0)" }
    public var leftAt: @Sendable (String) -> String = { "left before \($0)" }
    public var officialsHeading = "Officials present"
    public var noneRecorded = "None recorded"
    public var checkersRow: @Sendable (String) -> String = { "Checkers (justerare): \($0)" }
    public var checkingRow: @Sendable (String) -> String = { "Checking (justering): \($0)" }
    public var noneChosen = "not chosen yet"
    public var agendaChangesHeading = "Agenda"
    public var approvedAsSent = "Approved as sent"
    public var struckChange: @Sendable (String) -> String = { "Struck (utgår): \($0)" }
    public var addedChange: @Sendable (String) -> String = { "Extra item: \($0)" }
    public var movedChange: @Sendable (String, String) -> String = { item, before in "Moved: \(item), before \(before)" }
    public var last = "the end"
    public var minutesHeading = "Minutes"
    public var approvalRow: @Sendable (String?, String?) -> String = { approved, posted in
        (approved.map { "Approved (justerat) \($0)" } ?? "Not approved yet") + (posted.map { ", posted \($0)" } ?? ", not posted")
    }
    public var correctionRow: @Sendable (String, String, String) -> String = { at, by, reason in "Corrected \(at) by \(by): \(reason)" }
    public var checksHeading: @Sendable (Int) -> String = { $0 == 0 ? "Checks" : "Checks: \($0) to look at" }
    public var nothingRecordedYet = "Nothing recorded yet"
    public var noWarnings = "Nothing missing: the record has what the minutes need"
    public var wholeMeeting = "The meeting"
    public var onAttendanceRow = "Only on a row of the attendance"
    public var onPresentRow = "Only on the row of someone present"
    public var onlySubstitutes = "Only a substitute (ersättare) serves for a member"
    public var onRemovableRow = "Only on an official or an agenda change"
    public var onlyOnAgenda = "Only on an item of an agenda"
    public var markedPresent: @Sendable (Int) -> String = { "\($0) marked present" }
    public var servingForTitle: @Sendable (String) -> String = { "\($0) serves for" }
    public var notServing = "Nobody: present, not serving"
    public var checkersTitle = "Checkers (justerare): mark two"
    public var twoCheckers: @Sendable (Int) -> String = { "\($0) checkers chosen: the minutes need two" }
    public var arrivedPrompt = "Arrived at item number (empty: from the start): "
    public var leftPrompt = "Left before item number (empty: stayed): "
    public var checkingPrompt = "Checking, as DATE TIME PLACE: "
    public var checkingFormat = "Type the date, the time and the place: 2026-12-17 10:00 Stadshuset"
    public var officialPrompt = "Official present, as NAME, TITLE: "
    public var officialFormat = "Type the name and the title apart by a comma: Helena Vikström, förvaltningschef"
    public var firstParagraphPrompt = "First § number: "
    public var numberNeeded = "A whole number above zero"
    public var approvedPrompt = "Minutes approved (justerat) on: "
    public var postedPrompt = "Minutes posted (anslag) on: "
    public var dateNeeded: @Sendable (String) -> String = { "\($0) is not a date: type it as 2026-12-17" }
    public var approvedNow: @Sendable (String) -> String = { "Minutes approved on \($0): the record is read-only now" }
    public var postedNow: @Sendable (String) -> String = { "Minutes posted on \($0)" }
    public var approvalBeforeMeeting: @Sendable (String, String) -> String = { approved, meeting in
        "Not approved: \(approved) is before the meeting on \(meeting)"
    }
    public var notHeld = "Not approved: nobody is recorded present, and a meeting that was not held cannot be approved (Space marks attendance)"
    public var postingNeedsApproval = "Not posted: the minutes are posted after they are approved (A)"
    public var postingBeforeApproval: @Sendable (String, String) -> String = { posted, approved in
        "Not posted: \(posted) is before the approval on \(approved)"
    }
    public var correctionPrompt = "Why is the approved record corrected? "
    public var reasonNeeded = "A correction needs a reason"
    public var correcting = "Correcting: changes are journaled; approve again (A) when done"
    public var extraItemPrompt = "Extra item's title: "
    public var moveItemPrompt = "Move before item number (empty: last): "
    public var extraAdded: @Sendable (Int) -> String = { "Extra item \($0) added" }
    public var struckItem: @Sendable (Int) -> String = { "Item \($0) struck (utgår)" }
    public var unstruck: @Sendable (Int) -> String = { "Item \($0) is on the agenda again" }

    public static let english = ClerkStrings()
}

/// What the interface says about one member list: its menu line, its picker, its status, its Outcome line.
public struct MemberListWords: Sendable {
    public let command: String
    public let pickerTitle: String
    public let recorded: @Sendable (Int) -> String
    public let outcome: @Sendable (String) -> String
}
