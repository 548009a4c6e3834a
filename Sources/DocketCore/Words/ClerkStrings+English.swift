import DocketModel
import DocketText

extension ClerkStrings {
    public static let english = ClerkStrings(
        onlyClerk: "Only the clerk records outcomes",
        approvedReadOnly: {
            "The minutes were approved on \($0) and are read-only: C on the meeting's record (R) starts a correction"
        },
        approvedNoReopen: { "The minutes were approved on \($0): the meeting stays closed" },
        notApprovedYet: "The minutes are not approved yet: the record can be changed as it is",
        recordMenuTitle: "Record",
        putKindTitle: "Kind of proposal",
        decisionMenuTitle: "Decision",
        agendaProposalText: { "The proposal of \($0), as on the agenda" },
        rejectText: "That the proposal be rejected (avslag)",
        decisionClause: { category in
            switch category {
            case .accordingToProposal, .amended: nil
            case .rejected: "that the proposal be rejected"
            case .tabled: "that the matter be tabled"
            case .referredBack: "that the matter be referred back to the administration"
            case .noted: "that the information be noted"
            case .referred: nil
            }
        },
        itemIsStruck: "The item is struck from the agenda: nothing is recorded on it (x on the agenda puts it back)",
        voteCountsPrompt: "Votes: yes no abstaining [absent] (add 'secret' for a secret ballot; on a tie 'yes' or 'no' for the chair): ",
        countsNeeded: "Type the counts: yes no abstaining, and the absent if any: 7 6 0",
        checkingWhen: { date, time, place in "on \(date)" + (time.map { " at \($0)" } ?? "") + (place.map { ", \($0)" } ?? "") },
        procedureDecision: { procedure, checkers, chairChecks, checking, changed in
            switch procedure {
            case .opening: "The chair declares the meeting open."
            case .checkers where chairChecks:
                "The chair and \(checkers.isEmpty ? "…" : ListWords.english(checkers)) are chosen to check the minutes" + (checking.map { ", \($0)" } ?? "") + "."
            case .checkers:
                "that \(checkers.isEmpty ? "…" : ListWords.english(checkers)) check the minutes together with the chair"
                    + (checking.map { ", \($0)" } ?? "") + "."
            case .agenda: changed ? "that the agenda be approved with the changes recorded." : "that the agenda be approved."
            case .information: "that the information be noted."
            }
        },
        undone: "The last change to the record is undone (U in the record menu redoes it)",
        redone: "The change is made again",
        nothingToRedo: "Nothing to redo",
        propositionFirst: "Several proposals are open: put them to the meeting first (o), then b decides as preferred",
        noAgendaProposal: "A procedural item puts no proposal forward",
        agendaProposalAlreadyPut: "The agenda's proposal is already recorded",
        agendaProposalAlreadyMoved: "The agenda's proposal is already moved",
        chairMoved: { "Recorded: the chair moves \($0)" },
        noChair: "The committee has no chair on that day: record who moves it with p",
        proposalPut: { "Recorded: \($0)" },
        typedProposal: "Another proposal, typed now…",
        memberProposalTitle: "A member's proposal (shared positions first)",
        noProposalsYet: "No proposals recorded yet: a records the agenda's, p a member's",
        withdrawTitle: "Withdraw a proposal (or take the withdrawal back)",
        proposalWithdrawn: { "\($0) withdrawn" },
        proposalRestored: { "\($0) is no longer withdrawn" },
        propositionTitle: "Proposals put against each other (Tab marks)",
        preferredTitle: "Which did the committee prefer?",
        preferredRecorded: { "\($0) preferred by acclamation" },
        proposersTitle: "Proposed by (type a name or a party; Tab marks)",
        proposalTextPrompt: "Proposal: ",
        memberProposal: { proposers, kind in
            let words: [PutProposal.Kind: String] = [.support: "Motion in support", .reject: "Motion to reject", .amendment: "Amendment",
                                                     .addition: "Addition", .referralBack: "Motion to refer back", .tabling: "Motion to table"]
            return "\(words[kind] ?? "") by \(ListWords.english(proposers))"
        },
        voteName: { "Vote \($0)" },
        memberList: { list in
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
        },
        reservationTitle: "Reservation by (type a name; Tab marks)",
        favourTitle: "In favour of",
        noFavour: "No proposal named",
        writtenQuestion: "A written reservation follows? y/n",
        reservationRecorded: "Reservation recorded",
        statementPrompt: "Text: ",
        checkedAtOnceOn: "The item is checked at once (omedelbar justering)",
        checkedAtOnceOff: "The item is checked with the minutes",
        removeTitle: "Remove an entry",
        nothingRecorded: "Nothing recorded on this item",
        entryRemoved: "Entry removed",
        proposalEntry: { "Proposal: \($0)" },
        stepEntry: { sides, preferred in "Proposition \(sides): \(preferred)" },
        voteEntry: { vote, yes, no in "\(vote): ja \(yes), nej \(no)" },
        reservationEntry: { "Reservation by \($0)" },
        decisionEntry: { "Decision: \($0)" },
        decisionPrompt: { "Decision, \($0) (clauses apart by |): " },
        decisionRecorded: { "Decision recorded: \($0)" },
        emptyNotSaved: "Nothing typed: nothing saved",
        voteNeedsTwo: "A vote needs two proposals that are not withdrawn",
        attendanceFirst: "Record attendance first: R on the agenda, then Space or * for everyone present",
        voteYesTitle: "Ja (yes) stands for",
        voteNoTitle: "Nej (no) stands for",
        everyoneVoted: "Everyone has answered: Backspace takes the last answer back",
        voteLeft: "Vote left unfinished: v in the record menu resumes it",
        tieNeedsChair: "Tied, and the chair has not voted ja or nej: the chair's casting vote decides",
        voteDone: { yes, no, abstaining, winner, casting in
            "Vote recorded: \(yes) ja, \(no) nej, \(abstaining) avstår — \(winner) wins\(casting ? " by the chair's casting vote" : "")"
        },
        rollCallTitle: "roll call",
        yesSide: { "Ja  = \($0)" },
        noSide: { "Nej = \($0)" },
        rollCallTally: { yes, no, abstaining, left in
            "\(yes) ja · \(no) nej · \(abstaining) avstår · \(left) to answer"
        },
        calledNow: "◀ now",
        chairMark: "(chair, last)",
        servingMark: { "for \($0)" },
        choiceWords: [.yes: "ja", .no: "nej", .abstain: "avstår"],
        warningsHeading: { "Checks: \($0) to look at" },
        recordTitle: "Record",
        recordCommand: "the meeting's record: attendance, checks, approval",
        firstParagraphRow: { number, proposed in
            "First §: \(number)\(proposed ? " (continuing this year's series; nothing recorded yet)" : "")"
        },
        attendanceHeading: "Attendance",
        roleNames: [.chair: "chair", .viceChair: "vice chair", .member: "member",
                                                      .substitute: "substitute", .clerk: "clerk"],
        notRecorded: "not recorded",
        present: "present",
        absent: "absent",
        servingFor: { "serving for \($0)" },
        arrivedAt: { "from \($0)" },
        leftAt: { "left before \($0)" },
        officialsHeading: "Officials present",
        noneRecorded: "None recorded",
        checkersRow: { "Checkers (justerare): \($0)" },
        checkingRow: { "Checking (justering): \($0)" },
        noCheckers: "not chosen yet",
        noAttendance: "No attendance is recorded: the minutes would name nobody deciding",
        noCheckersChosen: "No members are chosen to check the minutes",
        noCheckingDay: "The day the minutes are checked is not set",
        itemsNotRecorded: { numbers in
            "Nothing is recorded on item\(numbers.count == 1 ? "" : "s") \(ListWords.english(numbers)): the minutes will leave \(numbers.count == 1 ? "it" : "them") out"
        },
        noChecking: "not set yet",
        agendaChangesHeading: "Agenda",
        approvedAsSent: "Approved as sent",
        struckChange: { "Struck (utgår): \($0)" },
        addedChange: { "Extra item: \($0)" },
        movedChange: { item, before in "Moved: \(item), before \(before)" },
        last: "the end",
        minutesHeading: "Minutes",
        approvalRow: { approved, posted in
            (approved.map { "Approved (justerat) \($0)" } ?? "Not approved yet") + (posted.map { ", posted \($0)" } ?? ", not posted")
        },
        correctionRow: { at, by, reason in "Corrected \(at) by \(by): \(reason)" },
        checksHeading: { $0 == 0 ? "Checks" : "Checks: \($0) to look at" },
        nothingRecordedYet: "Nothing recorded yet",
        noWarnings: "Nothing missing: the record has what the minutes need",
        wholeMeeting: "The meeting",
        onAttendanceRow: "Only on a row of the attendance",
        onPresentRow: "Only on the row of someone present",
        onlySubstitutes: "Only a substitute (ersättare) serves for a member",
        onRemovableRow: "Only on an official or an agenda change",
        onlyOnAgenda: "Only on an item of an agenda",
        markedPresent: { "\($0) marked present" },
        servingForTitle: { "\($0) serves for" },
        notServing: "Nobody: present, not serving",
        checkersTitle: "Checkers (justerare): mark two",
        twoCheckers: { "\($0) checkers chosen: the minutes need two" },
        arrivedPrompt: "Arrived at item number (empty: from the start): ",
        leftPrompt: "Left before item number (empty: stayed): ",
        heldPrompt: "When the meeting was held, as START [END]: ",
        heldFormat: "Type when the meeting began, and when it ended if known: 13:00 16:05",
        heldRow: { "Held: \($0)" },
        heldNotRecorded: "not recorded (T sets it for a meeting entered after the fact)",
        checkingPrompt: "Checking, as DATE TIME PLACE: ",
        checkingFormat: "Type the date, the time and the place: 2026-12-17 10:00 Stadshuset",
        officialPrompt: "Official present, as NAME, TITLE (the title if known): ",
        officialFormat: "Type the name, and the title after a comma if known: Helena Vikström, förvaltningschef",
        firstParagraphPrompt: "First § number: ",
        numberNeeded: "A whole number above zero",
        approvedPrompt: "Minutes approved (justerat) on: ",
        postedPrompt: "Minutes posted (anslag) on: ",
        dateNeeded: { "\($0) is not a date: type it as 2026-12-17" },
        approvedNow: { "Minutes approved on \($0): the record is read-only now" },
        postedNow: { "Minutes posted on \($0)" },
        approvalBeforeMeeting: { approved, meeting in
            "Not approved: \(approved) is before the meeting on \(meeting)"
        },
        notHeld: "Not approved: nobody is recorded present, and a meeting that was not held cannot be approved (Space marks attendance)",
        postingNeedsApproval: "Not posted: the minutes are posted after they are approved (A)",
        postingBeforeApproval: { posted, approved in
            "Not posted: \(posted) is before the approval on \(approved)"
        },
        correctionPrompt: "Why is the approved record corrected? ",
        reasonNeeded: "A correction needs a reason",
        correcting: "Correcting: changes are journaled; approve again (A) when done",
        extraItemPrompt: "Extra item: its title, or the diary number of a matter in the store: ",
        moveItemPrompt: "Move before item number (empty: last): ",
        extraAdded: { "Extra item \($0) added" },
        takenOff: { "Item \($0) taken off the agenda (u puts it back)" },
        putOnAgenda: { "Put on the agenda as item \($0)" },
        lookingUpDiaryNumber: { "Looking for \($0) among the archive's matters…" },
        putBack: { "Item \($0) is back on the agenda" },
        nothingTakenOff: "No item was taken off to put back",
        confirmSendNotice: "Send the notice now? The agenda is then fixed: later changes are made at the meeting. y/n",
        noMatterWithNumber: { "No matter in the archive has the diary number \($0). Add an item with it as its title? y/n" },
        agendaSent: { "The agenda is sent with the notice (\($0)): from now on changes are made at the meeting" },
        agendaAlreadySent: { "The agenda was sent on \($0): x, + and M now change it as at the meeting" },
        agendaNotPrepared: "Only an upcoming meeting's agenda, before its record is begun, is arranged this way",
        nothingToTakeUp: "No tabled or referred-back matter is waiting",
        tookUp: { $0 == 1 ? "1 matter taken up again" : "\($0) matters taken up again" },
        agendaNotSaved: { "The agenda was not changed: \($0)" },
        noticeSent: { "notice sent \($0)" },
        agendaBeingPrepared: "agenda being prepared (K: sent)",
        itemTitlePrompt: "Title on the agenda (empty: the matter's): ",
        presenterPrompt: "Presenter (empty: none): ",
        presenterRecorded: { "Presenter: \($0)" },
        presenterCleared: "No presenter is named",
        madeConfidential: { "Item \($0) is confidential: kept out of the public minutes" },
        notConfidential: { "Item \($0) is no longer confidential" },
        sectionTitle: { "Section of item \($0)" },
        sectionChanged: { "Moved to the end of \($0)" },
        proposalsTitle: { "Proposals item \($0) puts forward (Tab marks)" },
        proposalsPut: { $0 == 1 ? "The agenda puts 1 proposal forward" : "The agenda puts \($0) proposals forward" },
        noProposalsToPut: "This item's matter has no decision proposal",
        struckItem: { "Item \($0) struck (utgår)" },
        unstruck: { "Item \($0) is on the agenda again" },
        correction: .english,
        statement: { kind in
            switch kind {
            case .minuteNote:
                StatementWords(command: "a protokollsanteckning", pickerTitle: "Protokollsanteckning by (type a name or a party; Tab marks)",
                               recorded: "Protokollsanteckning recorded", entry: { "Protokollsanteckning: \($0)" },
                               outcome: { "Protokollsanteckning by \($0):" })
            case .special:
                StatementWords(command: "a särskilt yttrande", pickerTitle: "Särskilt yttrande by (type a name or a party; Tab marks)",
                               recorded: "Särskilt yttrande recorded", entry: { "Särskilt yttrande: \($0)" },
                               outcome: { "Särskilt yttrande by \($0):" })
            case .substitute:
                StatementWords(command: "an ersättaryttrande (by a substitute)", pickerTitle: "Ersättaryttrande by (substitutes present, not serving)",
                               recorded: "Ersättaryttrande recorded", entry: { "Ersättaryttrande: \($0)" },
                               outcome: { "Ersättaryttrande by \($0):" })
            }
        },
        textList: { list in
            switch list {
            case .basis:
                TextListWords(command: "beslutsunderlag: what the decision was based on, besides the matter's documents",
                              prompt: "Beslutsunderlag besides the matter's documents (apart by |): ",
                              recorded: { $0 == 0 ? "Only the matter's documents as beslutsunderlag" : "Beslutsunderlag: \($0) recorded" },
                              outcome: "Beslutsunderlag (besides the matter's documents)")
            case .sentTo:
                TextListWords(command: "expedieras: who receives the decision", prompt: "Expedieras to (apart by |): ",
                              recorded: { $0 == 0 ? "Sent to nobody" : "Expedieras: \($0) recorded" }, outcome: "Expedieras")
            }
        },
        partyGroup: { "\($0) (party group)" },
        counterProposalMarked: { "The last proposition chose the counter-proposal (kontraproposition): \($0)" },
        counterProposalUnmarked: "The last proposition decides again, it does not choose a counter-proposal",
        noStepYet: "No proposition yet: put the proposals first (o, or a vote)",
        chosenAsCounter: { chosen, vote in "\(chosen) chosen as counter-proposal \(vote.map { "in \($0)" } ?? "by acclamation")" },
        referralBodyPrompt: "Referred to (the body, e.g. rådet för funktionsrätt): ",
        referralClause: { "that the matter be referred to \($0) for its opinion" },
        referredToOutcome: { "Referred to \($0)" },
        seatNotRecorded: "Serving, for a member not recorded",
        servingWithoutSeat: "serving",
        noSubstituteWaiting: "No substitute is present without serving on this item"
    )
}
