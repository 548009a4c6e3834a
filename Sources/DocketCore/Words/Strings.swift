import DocketModel

/// Every word the interface shows. One table per language — `Strings.swedish`
/// (Strings+Swedish.swift) and `Strings.english` (Strings+English.swift) — each
/// a memberwise initialisation, so a missing word does not compile. A class, so
/// that a view asking for a word shares the table instead of copying its two hundred words.
public final class Strings: Sendable {
    public let language: InterfaceLanguage
    public let appName: String
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
    /// An item added at the meeting.
    public let extraItem: String
    public let itemOf: @Sendable (String, Int) -> String
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
    public let onAgendaNote: @Sendable (String) -> String
    public let historyKinds: [ReferralKind: String]
    public let noAttachments: String
    /// A text attachment, which Docket's own pager shows.
    public let attachmentText: String
    /// Any other file, which the desktop opens.
    public let attachmentFile: String
    public let linePosition: @Sendable (Int, Int) -> String
    public let tooSmall: @Sendable (Int, Int, Int, Int) -> String
    public let helpTitle: String
    /// The help's two sections: the keys that work on this screen, then the rest.
    public let helpHere: String
    public let helpElsewhere: String
    public let groupNames: [CommandGroup: String]
    /// The clerk's words.
    public let clerk: ClerkStrings
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
    /// A bilaga known by its title alone: on the Attachments part, and when opened.
    public let attachmentTitleOnly: String
    public let attachmentNotInStore: @Sendable (String) -> String
    public let attachmentNotText: @Sendable (String) -> String
    public let opened: @Sendable (String) -> String
    public let openFailed: @Sendable (String, String) -> String
    public let readFailed: @Sendable (String, String) -> String
    public let alreadyTop: String
    public let notePromptOnItem: String
    /// The paragraph's number and what it is part of: "stycke 5 i tjänsteutlåtandet".
    public let notePromptOnParagraph: @Sendable (Int, NoteAnchor.Kind) -> String
    /// Where a note is, in words: "paragraph 5 of the report".
    public let paragraphPlace: @Sendable (Int, NoteAnchor.Kind) -> String
    /// A note in a list: whose, or private.
    public let noteSharedBy: @Sendable (String) -> String
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
    public let damage: DamageStrings
    public let markerLegend: MarkerLegendWords
    public let search: SearchWords
    /// Matters read after the start that could not be used: how many, and the first problem.
    public let mattersUnreadable: @Sendable (Int, String) -> String
    /// Records read after the start that could not be used: how many, and the first problem.
    public let recordsUnreadable: @Sendable (Int, String) -> String
    public let unknownAccountBanner: @Sendable (String) -> String
    public let readOnlyBanner: @Sendable (String, String) -> String
    public let summaryTitle: @Sendable (String, String, String) -> String
    public let preparationFileName: @Sendable (String) -> String
    public let exportedTo: @Sendable (String) -> String
    public let exportFailed: @Sendable (String, String) -> String
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
    /// The clerk's mark on an agenda row whose matter's import left warnings.
    public let importWarningBadge: String
    public let unreadMark: String
    public let noPositionHere: String
    public let positionsOverviewTitle: String
    public let notesOverviewCommand: String
    public let positionsOverviewCommand: String
    public let positionsHeading: String
    public let motivationPrompt: String
    public let ownProposalPrompt: @Sendable (String) -> String
    public let chooseStanceFirst: String
    public let yourPosition: String
    /// Heading of my own stance under the proposal.
    public let myPositionHeading: String
    /// Other members' shared positions, under the proposal and in the overview.
    public let othersPositionsHeading: String
    public let inProgress: String
    /// The status line's mark for a meeting in progress.
    public let liveMark: String
    public let paused: String
    public let closed: String
    public let onlyPresiding: String
    public let onlyWhoPresided: String
    public let notLive: String
    /// F on a meeting nobody has opened: a member does not open meetings.
    public let notOpenYet: String
    public let noMeetingHere: String
    public let liveStatus: @Sendable (String, String, String) -> String
    public let followingOn: String
    public let followingOff: String
    public let followingPaused: String
    /// The lasting mark in the status line while following.
    public let followingMark: String
    public let jumpPrompt: String
    public let liveMenuTitle: @Sendable (String) -> String
    public let noSuchItem: @Sendable (String) -> String
    public let confirmCloseMeeting: String
    public let confirmOpenEarly: @Sendable (String) -> String
    public let meetingOpened: String
    /// Told to everyone else when the chair closes the meeting: the time.
    public let meetingClosedBy: @Sendable (String) -> String
    public let meetingAdded: @Sendable (String) -> String
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
    /// An imported outcome, as its protokoll words it.
    public let outcomeResult: @Sendable (String) -> String
    public let outcomeProposals: String
    public let outcomeOrder: String
    /// The vote's name, what ja and nej stood for, the tally.
    public let outcomeVote: @Sendable (String, String, String, Int, Int, Int) -> String
    public let outcomeCastingVote: String
    public let outcomeSecret: String
    public let outcomeBallots: @Sendable (String, String) -> String
    public let outcomeReservation: @Sendable (String, String, Bool) -> String
    public let outcomeCheckedAtOnce: String
    public let withdrawnWord: String
    /// The proposal preferred, and the vote that decided it (nil: without a vote).
    public let preferredWord: @Sendable (String, String?) -> String
    public let choiceNames: [Vote.Choice: String]
    public let noQuorum: @Sendable (Int, Int) -> String
    public let notPut: @Sendable (String) -> String
    public let counterProposalNotPut: @Sendable (String) -> String
    public let tieWithoutCastingVote: @Sendable (String) -> String
    public let voteInProgress: @Sendable (String, [String]) -> String
    public let noDecision: String
    public let weekdays: [String]
    public let months: [String]

    // Written out because a class has no memberwise initialiser; the order is the tables'.
    public init(
        language: InterfaceLanguage,
        appName: String,
        upcoming: String,
        past: String,
        noMeetings: String,
        items: @escaping @Sendable (Int) -> String,
        planned: String,
        held: String,
        confidential: String,
        confidentialBadge: String,
        procedural: String,
        extraItem: String,
        itemOf: @escaping @Sendable (String, Int) -> String,
        partNames: [ItemPart: String],
        proposalBy: @escaping @Sendable (String) -> String,
        noProposal: String,
        proceduralItemText: String,
        presentedBy: @escaping @Sendable (String) -> String,
        noReport: String,
        officer: String,
        phone: String,
        signed: String,
        author: String,
        noHistory: String,
        onAgenda: String,
        onAgendaNote: @escaping @Sendable (String) -> String,
        historyKinds: [ReferralKind: String],
        noAttachments: String,
        attachmentText: String,
        attachmentFile: String,
        linePosition: @escaping @Sendable (Int, Int) -> String,
        tooSmall: @escaping @Sendable (Int, Int, Int, Int) -> String,
        helpTitle: String,
        helpHere: String,
        helpElsewhere: String,
        groupNames: [CommandGroup: String],
        clerk: ClerkStrings,
        commandDescriptions: [Command: String],
        hintLabels: [Command: String],
        findPrompt: String,
        notFound: @escaping @Sendable (String) -> String,
        noSearch: String,
        matchOf: @escaping @Sendable (Int, Int) -> String,
        wrappedAround: String,
        firstItem: String,
        lastItem: String,
        onlyInItem: String,
        nothingToOpen: String,
        onlyMeetingsOpen: String,
        attachmentRefused: @escaping @Sendable (String) -> String,
        attachmentTitleOnly: String,
        attachmentNotInStore: @escaping @Sendable (String) -> String,
        attachmentNotText: @escaping @Sendable (String) -> String,
        opened: @escaping @Sendable (String) -> String,
        openFailed: @escaping @Sendable (String, String) -> String,
        readFailed: @escaping @Sendable (String, String) -> String,
        alreadyTop: String,
        notePromptOnItem: String,
        notePromptOnParagraph: @escaping @Sendable (Int, NoteAnchor.Kind) -> String,
        paragraphPlace: @escaping @Sendable (Int, NoteAnchor.Kind) -> String,
        noteSharedBy: @escaping @Sendable (String) -> String,
        noteSaved: @escaping @Sendable (Bool) -> String,
        noteDeleted: String,
        noteRestored: String,
        noteShared: @escaping @Sendable (Bool) -> String,
        notSaved: @escaping @Sendable (String) -> String,
        nothingToUndo: String,
        onlyOnNote: String,
        onlyOwnNotes: String,
        readOnly: String,
        proceduralNoNotes: String,
        noNotes: String,
        notePrivate: String,
        noteSharedLabel: String,
        noteOnItem: String,
        noteOnParagraph: @escaping @Sendable (Int, String) -> String,
        noteLost: @escaping @Sendable (String) -> String,
        confirmDeleteNote: String,
        confirmDiscardNote: String,
        confirmUseFailedEdit: @escaping @Sendable (String) -> String,
        confirmQuitUnsaved: @escaping @Sendable (Int, String) -> String,
        editorUnchanged: String,
        draftRecovered: String,
        readOnlyBadge: String,
        notesOverviewTitle: String,
        noNotesInMeeting: String,
        demoBanner: @escaping @Sendable (String, String, String) -> String,
        damagedFile: @escaping @Sendable (String, String, String) -> String,
        moreDamage: @escaping @Sendable (Int) -> String,
        damageSummary: @escaping @Sendable (Int) -> String,
        damageAtStart: @escaping @Sendable (Int) -> String,
        matterUnavailable: String,
        storeCopy: @escaping @Sendable (String) -> String,
        damage: DamageStrings,
        markerLegend: MarkerLegendWords,
        search: SearchWords,
        mattersUnreadable: @escaping @Sendable (Int, String) -> String,
        recordsUnreadable: @escaping @Sendable (Int, String) -> String,
        unknownAccountBanner: @escaping @Sendable (String) -> String,
        readOnlyBanner: @escaping @Sendable (String, String) -> String,
        summaryTitle: @escaping @Sendable (String, String, String) -> String,
        preparationFileName: @escaping @Sendable (String) -> String,
        exportedTo: @escaping @Sendable (String) -> String,
        exportFailed: @escaping @Sendable (String, String) -> String,
        positionLabel: String,
        ownProposalLabel: String,
        motivationLabel: String,
        noteLabel: String,
        noPosition: String,
        privateWord: String,
        sharedWord: String,
        stanceNames: [Position.Stance: String],
        stanceBadges: [Position.Stance: String],
        ownProposalKinds: [OwnProposal.Kind: String],
        positionSaved: @escaping @Sendable (String) -> String,
        positionCleared: String,
        positionShared: @escaping @Sendable (Bool) -> String,
        markedRead: String,
        markedUnread: String,
        allRead: String,
        readProgress: @escaping @Sendable (Int, Int) -> String,
        revisedBadge: String,
        importWarningBadge: String,
        unreadMark: String,
        noPositionHere: String,
        positionsOverviewTitle: String,
        notesOverviewCommand: String,
        positionsOverviewCommand: String,
        positionsHeading: String,
        motivationPrompt: String,
        ownProposalPrompt: @escaping @Sendable (String) -> String,
        chooseStanceFirst: String,
        yourPosition: String,
        myPositionHeading: String,
        othersPositionsHeading: String,
        inProgress: String,
        liveMark: String,
        paused: String,
        closed: String,
        onlyPresiding: String,
        onlyWhoPresided: String,
        notLive: String,
        notOpenYet: String,
        noMeetingHere: String,
        liveStatus: @escaping @Sendable (String, String, String) -> String,
        followingOn: String,
        followingOff: String,
        followingPaused: String,
        followingMark: String,
        jumpPrompt: String,
        liveMenuTitle: @escaping @Sendable (String) -> String,
        noSuchItem: @escaping @Sendable (String) -> String,
        confirmCloseMeeting: String,
        confirmOpenEarly: @escaping @Sendable (String) -> String,
        meetingOpened: String,
        meetingClosedBy: @escaping @Sendable (String) -> String,
        meetingAdded: @escaping @Sendable (String) -> String,
        lastAgendaItem: String,
        firstAgendaItem: String,
        decisionCategories: [Decision.Category: String],
        struck: String,
        decisionBadges: [Decision.Category: String],
        struckBadge: String,
        noOutcome: String,
        outcomeParagraph: @escaping @Sendable (Int) -> String,
        outcomeStruck: String,
        outcomeDecision: @escaping @Sendable (String) -> String,
        outcomeResult: @escaping @Sendable (String) -> String,
        outcomeProposals: String,
        outcomeOrder: String,
        outcomeVote: @escaping @Sendable (String, String, String, Int, Int, Int) -> String,
        outcomeCastingVote: String,
        outcomeSecret: String,
        outcomeBallots: @escaping @Sendable (String, String) -> String,
        outcomeReservation: @escaping @Sendable (String, String, Bool) -> String,
        outcomeCheckedAtOnce: String,
        withdrawnWord: String,
        preferredWord: @escaping @Sendable (String, String?) -> String,
        choiceNames: [Vote.Choice: String],
        noQuorum: @escaping @Sendable (Int, Int) -> String,
        notPut: @escaping @Sendable (String) -> String,
        counterProposalNotPut: @escaping @Sendable (String) -> String,
        tieWithoutCastingVote: @escaping @Sendable (String) -> String,
        voteInProgress: @escaping @Sendable (String, [String]) -> String,
        noDecision: String,
        weekdays: [String],
        months: [String]
    ) {
        self.language = language
        self.appName = appName
        self.upcoming = upcoming
        self.past = past
        self.noMeetings = noMeetings
        self.items = items
        self.planned = planned
        self.held = held
        self.confidential = confidential
        self.confidentialBadge = confidentialBadge
        self.procedural = procedural
        self.extraItem = extraItem
        self.itemOf = itemOf
        self.partNames = partNames
        self.proposalBy = proposalBy
        self.noProposal = noProposal
        self.proceduralItemText = proceduralItemText
        self.presentedBy = presentedBy
        self.noReport = noReport
        self.officer = officer
        self.phone = phone
        self.signed = signed
        self.author = author
        self.noHistory = noHistory
        self.onAgenda = onAgenda
        self.onAgendaNote = onAgendaNote
        self.historyKinds = historyKinds
        self.noAttachments = noAttachments
        self.attachmentText = attachmentText
        self.attachmentFile = attachmentFile
        self.linePosition = linePosition
        self.tooSmall = tooSmall
        self.helpTitle = helpTitle
        self.helpHere = helpHere
        self.helpElsewhere = helpElsewhere
        self.groupNames = groupNames
        self.clerk = clerk
        self.commandDescriptions = commandDescriptions
        self.hintLabels = hintLabels
        self.findPrompt = findPrompt
        self.notFound = notFound
        self.noSearch = noSearch
        self.matchOf = matchOf
        self.wrappedAround = wrappedAround
        self.firstItem = firstItem
        self.lastItem = lastItem
        self.onlyInItem = onlyInItem
        self.nothingToOpen = nothingToOpen
        self.onlyMeetingsOpen = onlyMeetingsOpen
        self.attachmentRefused = attachmentRefused
        self.attachmentTitleOnly = attachmentTitleOnly
        self.attachmentNotInStore = attachmentNotInStore
        self.attachmentNotText = attachmentNotText
        self.opened = opened
        self.openFailed = openFailed
        self.readFailed = readFailed
        self.alreadyTop = alreadyTop
        self.notePromptOnItem = notePromptOnItem
        self.notePromptOnParagraph = notePromptOnParagraph
        self.paragraphPlace = paragraphPlace
        self.noteSharedBy = noteSharedBy
        self.noteSaved = noteSaved
        self.noteDeleted = noteDeleted
        self.noteRestored = noteRestored
        self.noteShared = noteShared
        self.notSaved = notSaved
        self.nothingToUndo = nothingToUndo
        self.onlyOnNote = onlyOnNote
        self.onlyOwnNotes = onlyOwnNotes
        self.readOnly = readOnly
        self.proceduralNoNotes = proceduralNoNotes
        self.noNotes = noNotes
        self.notePrivate = notePrivate
        self.noteSharedLabel = noteSharedLabel
        self.noteOnItem = noteOnItem
        self.noteOnParagraph = noteOnParagraph
        self.noteLost = noteLost
        self.confirmDeleteNote = confirmDeleteNote
        self.confirmDiscardNote = confirmDiscardNote
        self.confirmUseFailedEdit = confirmUseFailedEdit
        self.confirmQuitUnsaved = confirmQuitUnsaved
        self.editorUnchanged = editorUnchanged
        self.draftRecovered = draftRecovered
        self.readOnlyBadge = readOnlyBadge
        self.notesOverviewTitle = notesOverviewTitle
        self.noNotesInMeeting = noNotesInMeeting
        self.demoBanner = demoBanner
        self.damagedFile = damagedFile
        self.moreDamage = moreDamage
        self.damageSummary = damageSummary
        self.damageAtStart = damageAtStart
        self.matterUnavailable = matterUnavailable
        self.storeCopy = storeCopy
        self.damage = damage
        self.markerLegend = markerLegend
        self.search = search
        self.mattersUnreadable = mattersUnreadable
        self.recordsUnreadable = recordsUnreadable
        self.unknownAccountBanner = unknownAccountBanner
        self.readOnlyBanner = readOnlyBanner
        self.summaryTitle = summaryTitle
        self.preparationFileName = preparationFileName
        self.exportedTo = exportedTo
        self.exportFailed = exportFailed
        self.positionLabel = positionLabel
        self.ownProposalLabel = ownProposalLabel
        self.motivationLabel = motivationLabel
        self.noteLabel = noteLabel
        self.noPosition = noPosition
        self.privateWord = privateWord
        self.sharedWord = sharedWord
        self.stanceNames = stanceNames
        self.stanceBadges = stanceBadges
        self.ownProposalKinds = ownProposalKinds
        self.positionSaved = positionSaved
        self.positionCleared = positionCleared
        self.positionShared = positionShared
        self.markedRead = markedRead
        self.markedUnread = markedUnread
        self.allRead = allRead
        self.readProgress = readProgress
        self.revisedBadge = revisedBadge
        self.importWarningBadge = importWarningBadge
        self.unreadMark = unreadMark
        self.noPositionHere = noPositionHere
        self.positionsOverviewTitle = positionsOverviewTitle
        self.notesOverviewCommand = notesOverviewCommand
        self.positionsOverviewCommand = positionsOverviewCommand
        self.positionsHeading = positionsHeading
        self.motivationPrompt = motivationPrompt
        self.ownProposalPrompt = ownProposalPrompt
        self.chooseStanceFirst = chooseStanceFirst
        self.yourPosition = yourPosition
        self.myPositionHeading = myPositionHeading
        self.othersPositionsHeading = othersPositionsHeading
        self.inProgress = inProgress
        self.liveMark = liveMark
        self.paused = paused
        self.closed = closed
        self.onlyPresiding = onlyPresiding
        self.onlyWhoPresided = onlyWhoPresided
        self.notLive = notLive
        self.notOpenYet = notOpenYet
        self.noMeetingHere = noMeetingHere
        self.liveStatus = liveStatus
        self.followingOn = followingOn
        self.followingOff = followingOff
        self.followingPaused = followingPaused
        self.followingMark = followingMark
        self.jumpPrompt = jumpPrompt
        self.liveMenuTitle = liveMenuTitle
        self.noSuchItem = noSuchItem
        self.confirmCloseMeeting = confirmCloseMeeting
        self.confirmOpenEarly = confirmOpenEarly
        self.meetingOpened = meetingOpened
        self.meetingClosedBy = meetingClosedBy
        self.meetingAdded = meetingAdded
        self.lastAgendaItem = lastAgendaItem
        self.firstAgendaItem = firstAgendaItem
        self.decisionCategories = decisionCategories
        self.struck = struck
        self.decisionBadges = decisionBadges
        self.struckBadge = struckBadge
        self.noOutcome = noOutcome
        self.outcomeParagraph = outcomeParagraph
        self.outcomeStruck = outcomeStruck
        self.outcomeDecision = outcomeDecision
        self.outcomeResult = outcomeResult
        self.outcomeProposals = outcomeProposals
        self.outcomeOrder = outcomeOrder
        self.outcomeVote = outcomeVote
        self.outcomeCastingVote = outcomeCastingVote
        self.outcomeSecret = outcomeSecret
        self.outcomeBallots = outcomeBallots
        self.outcomeReservation = outcomeReservation
        self.outcomeCheckedAtOnce = outcomeCheckedAtOnce
        self.withdrawnWord = withdrawnWord
        self.preferredWord = preferredWord
        self.choiceNames = choiceNames
        self.noQuorum = noQuorum
        self.notPut = notPut
        self.counterProposalNotPut = counterProposalNotPut
        self.tieWithoutCastingVote = tieWithoutCastingVote
        self.voteInProgress = voteInProgress
        self.noDecision = noDecision
        self.weekdays = weekdays
        self.months = months
    }

    /// The table for a language.
    public static func `for`(_ language: InterfaceLanguage) -> Strings {
        switch language {
        case .swedish: .swedish
        case .english: .english
        }
    }
}
