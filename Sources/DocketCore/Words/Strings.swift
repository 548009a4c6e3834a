import DocketModel

/// Every word the interface shows. One table per language — `Strings.swedish`
/// (Strings+Swedish.swift) and `Strings.english` (Strings+English.swift) — each
/// a memberwise initialisation, so a missing word does not compile.
public struct Strings: Sendable {
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

    /// The table for a language.
    public static func `for`(_ language: InterfaceLanguage) -> Strings {
        Strings[language]
    }

    /// The table for a language, lent rather than copied (a copy retains each of its words).
    public static subscript(language: InterfaceLanguage) -> Strings {
        _read {
            switch language {
            case .swedish: yield swedish
            case .english: yield english
            }
        }
    }
}
