import DocketModel

/// The clerk's words: the record menu, the roll call, the meeting's record.
/// One table per language (ClerkStrings+English.swift, ClerkStrings+Swedish.swift), complete by construction.
public struct ClerkStrings: Sendable {
    public let onlyClerk: String
    public let approvedReadOnly: @Sendable (String) -> String
    public let approvedNoReopen: @Sendable (String) -> String
    public let notApprovedYet: String
    public let recordMenuTitle: String
    public let putKindTitle: String
    public let decisionMenuTitle: String
    public let agendaProposalText: @Sendable (String) -> String
    public let rejectText: String
    /// The usual clause of a decision of this kind, when it does not come from a proposal.
    public let decisionClause: @Sendable (Decision.Category) -> String?
    public let itemIsStruck: String
    public let voteCountsPrompt: String
    public let countsNeeded: String
    /// When and where the checkers check the minutes: the day, and the time and place when given.
    public let checkingWhen: @Sendable (_ date: String, _ time: String?, _ place: String?) -> String
    /// A procedural item's usual decision: the checkers other than the chair (names with party), whether the chair
    /// is one of them, and when and where they check, if chosen; whether the agenda was changed.
    public let procedureDecision: @Sendable (AgendaItem.Procedure, _ checkers: [String], _ chairChecks: Bool, _ checking: String?,
                                             _ agendaChanged: Bool) -> String
    public let undone: String
    public let redone: String
    public let nothingToRedo: String
    /// `b` with proposals competing and no proposition yet.
    public let propositionFirst: String
    public let noAgendaProposal: String
    public let agendaProposalAlreadyPut: String
    public let agendaProposalAlreadyMoved: String
    /// `y`: the chair's yrkande recorded.
    public let chairMoved: @Sendable (String) -> String
    public let noChair: String
    public let proposalPut: @Sendable (String) -> String
    public let typedProposal: String
    public let memberProposalTitle: String
    public let noProposalsYet: String
    public let withdrawTitle: String
    public let proposalWithdrawn: @Sendable (String) -> String
    public let proposalRestored: @Sendable (String) -> String
    public let propositionTitle: String
    public let preferredTitle: String
    public let preferredRecorded: @Sendable (String) -> String
    public let proposersTitle: String
    public let proposalTextPrompt: String
    /// A member's proposal by its proposers (names with party) and kind: "Leila Haddads (S) ändringsyrkande".
    public let memberProposal: @Sendable ([String], PutProposal.Kind) -> String
    /// A vote by its place on the item: "Votering 1".
    public let voteName: @Sendable (Int) -> String
    /// The words of each member list of an item's record.
    public let memberList: @Sendable (MemberList) -> MemberListWords
    public let reservationTitle: String
    public let favourTitle: String
    public let noFavour: String
    public let writtenQuestion: String
    public let reservationRecorded: String
    public let statementPrompt: String
    public let checkedAtOnceOn: String
    public let checkedAtOnceOff: String
    public let removeTitle: String
    public let nothingRecorded: String
    public let entryRemoved: String
    public let proposalEntry: @Sendable (String) -> String
    public let stepEntry: @Sendable (String, String) -> String
    public let voteEntry: @Sendable (String, String, String) -> String
    public let reservationEntry: @Sendable (String) -> String
    public let decisionEntry: @Sendable (String) -> String
    public let decisionPrompt: @Sendable (String) -> String
    public let decisionRecorded: @Sendable (String) -> String
    public let emptyNotSaved: String
    public let voteNeedsTwo: String
    public let attendanceFirst: String
    public let voteYesTitle: String
    public let voteNoTitle: String
    public let everyoneVoted: String
    public let voteLeft: String
    public let tieNeedsChair: String
    public let voteDone: @Sendable (Int, Int, Int, String, Bool) -> String
    public let rollCallTitle: String
    public let yesSide: @Sendable (String) -> String
    public let noSide: @Sendable (String) -> String
    public let rollCallTally: @Sendable (Int, Int, Int, Int) -> String
    public let calledNow: String
    public let chairMark: String
    public let servingMark: @Sendable (String) -> String
    public let choiceWords: [Vote.Choice: String]
    public let warningsHeading: @Sendable (Int) -> String

    // The meeting's record
    public let recordTitle: String
    public let recordCommand: String
    public let firstParagraphRow: @Sendable (Int, Bool) -> String
    public let attendanceHeading: String
    public let roleNames: [MemberRole: String]
    public let notRecorded: String
    public let present: String
    public let absent: String
    public let servingFor: @Sendable (String) -> String
    public let arrivedAt: @Sendable (String) -> String
    public let leftAt: @Sendable (String) -> String
    public let officialsHeading: String
    public let noneRecorded: String
    public let checkersRow: @Sendable (String) -> String
    public let checkingRow: @Sendable (String) -> String
    public let noCheckers: String
    /// The checks: what the minutes still need from the meeting as a whole.
    public let noAttendance: String
    public let noCheckersChosen: String
    public let noCheckingDay: String
    public let itemsNotRecorded: @Sendable ([String]) -> String
    public let noChecking: String
    public let agendaChangesHeading: String
    public let approvedAsSent: String
    public let struckChange: @Sendable (String) -> String
    public let addedChange: @Sendable (String) -> String
    public let movedChange: @Sendable (String, String) -> String
    public let last: String
    public let minutesHeading: String
    public let approvalRow: @Sendable (String?, String?) -> String
    public let correctionRow: @Sendable (String, String, String) -> String
    public let checksHeading: @Sendable (Int) -> String
    public let nothingRecordedYet: String
    public let noWarnings: String
    public let wholeMeeting: String
    public let onAttendanceRow: String
    public let onPresentRow: String
    public let onlySubstitutes: String
    public let onRemovableRow: String
    public let onlyOnAgenda: String
    public let markedPresent: @Sendable (Int) -> String
    public let servingForTitle: @Sendable (String) -> String
    public let notServing: String
    public let checkersTitle: String
    public let twoCheckers: @Sendable (Int) -> String
    public let arrivedPrompt: String
    public let leftPrompt: String
    public let heldPrompt: String
    public let heldFormat: String
    public let heldRow: @Sendable (String) -> String
    public let heldNotRecorded: String
    public let checkingPrompt: String
    public let checkingFormat: String
    public let officialPrompt: String
    public let officialFormat: String
    public let firstParagraphPrompt: String
    public let numberNeeded: String
    public let approvedPrompt: String
    public let postedPrompt: String
    public let dateNeeded: @Sendable (String) -> String
    public let approvedNow: @Sendable (String) -> String
    public let postedNow: @Sendable (String) -> String
    public let approvalBeforeMeeting: @Sendable (String, String) -> String
    public let notHeld: String
    public let postingNeedsApproval: String
    public let postingBeforeApproval: @Sendable (String, String) -> String
    public let correctionPrompt: String
    public let reasonNeeded: String
    public let correcting: String
    public let extraItemPrompt: String
    public let moveItemPrompt: String
    public let extraAdded: @Sendable (String) -> String
    // Preparing the agenda before the notice (kallelse) goes out.
    public let takenOff: @Sendable (String) -> String
    public let putOnAgenda: @Sendable (String) -> String
    /// `+` with a diary number: the archive's matters are read to find it; none has it (put a title-only item?).
    public let lookingUpDiaryNumber: @Sendable (String) -> String
    public let putBack: @Sendable (String) -> String
    public let nothingTakenOff: String
    public let confirmSendNotice: String
    public let noMatterWithNumber: @Sendable (String) -> String
    public let agendaSent: @Sendable (String) -> String
    public let agendaAlreadySent: @Sendable (String) -> String
    public let agendaNotPrepared: String
    public let nothingToTakeUp: String
    public let tookUp: @Sendable (Int) -> String
    public let agendaNotSaved: @Sendable (String) -> String
    public let noticeSent: @Sendable (String) -> String
    public let agendaBeingPrepared: String
    public let itemTitlePrompt: String
    public let presenterPrompt: String
    public let presenterRecorded: @Sendable (String) -> String
    public let presenterCleared: String
    public let madeConfidential: @Sendable (String) -> String
    public let notConfidential: @Sendable (String) -> String
    public let sectionTitle: @Sendable (String) -> String
    public let sectionChanged: @Sendable (String) -> String
    public let proposalsTitle: @Sendable (String) -> String
    public let proposalsPut: @Sendable (Int) -> String
    public let noProposalsToPut: String
    public let struckItem: @Sendable (String) -> String
    public let unstruck: @Sendable (String) -> String
    /// Correcting a matter's own fields, and an imported report's warnings.
    public let correction: MatterCorrectionWords
    /// The words of each kind of statement (protokollsanteckning, särskilt yttrande, ersättaryttrande).
    public let statement: @Sendable (StatementKind) -> StatementWords
    /// The words of each list of lines on an item (beslutsunderlag, expedieras).
    public let textList: @Sendable (TextList) -> TextListWords
    /// A party group in a picker of proposers or authors: "S (partigrupp)".
    public let partyGroup: @Sendable (String) -> String
    /// The last step marked as choosing the counter-proposal: the one chosen.
    public let counterProposalMarked: @Sendable (String) -> String
    public let counterProposalUnmarked: String
    public let noStepYet: String
    /// A step of the order that chose the counter-proposal, as the Outcome part lists it: the one chosen, the vote.
    public let chosenAsCounter: @Sendable (String, String?) -> String
    public let referralBodyPrompt: String
    /// The usual clause of a referral to another body.
    public let referralClause: @Sendable (String) -> String
    public let referredToOutcome: @Sendable (String) -> String
    /// The serving picker's row for a substitute who serves for a seat the protokoll does not name.
    public let seatNotRecorded: String
    public let servingWithoutSeat: String
    public let noSubstituteWaiting: String
}

/// What the interface says about one kind of statement: its menu line, its picker, its status, its entry and Outcome lines.
public struct StatementWords: Sendable {
    public let command: String
    public let pickerTitle: String
    public let recorded: String
    public let entry: @Sendable (String) -> String
    public let outcome: @Sendable (String) -> String
}

/// What the interface says about one list of lines: its menu line, its prompt, its status, its Outcome heading.
public struct TextListWords: Sendable {
    public let command: String
    public let prompt: String
    public let recorded: @Sendable (Int) -> String
    public let outcome: String
}

/// What the interface says about one member list: its menu line, its picker, its status, its Outcome line.
public struct MemberListWords: Sendable {
    public let command: String
    public let pickerTitle: String
    public let recorded: @Sendable (Int) -> String
    public let outcome: @Sendable (String) -> String
}
