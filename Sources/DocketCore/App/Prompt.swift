import DocketModel

/// The modal line at the bottom: what is being typed, and what Enter will do with it.
public struct Prompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case find
        /// Find in the help overlay, which comes back at the match.
        case findInHelp
        /// A new note on a matter, about a paragraph or the whole item.
        case newNote(matter: String, anchor: NoteAnchor?)
        case ownProposal(meeting: String, matter: String, kind: OwnProposal.Kind)
        case motivation(meeting: String, matter: String)
        /// `S`: the archive search, run again after every key.
        case archiveSearch
        /// J: the number of the agenda item to move the live pointer to.
        case jumpLive(meeting: String)
        /// The clerk's record of an item.
        case item(ItemRecordPurpose)
        /// The clerk's record of the meeting as a whole.
        case meeting(MeetingRecordPurpose)
        /// A matter's field, corrected by the clerk.
        case matterField(matter: String, MatterField)
    }

    /// What the clerk types for an item's record.
    public enum ItemRecordPurpose: Sendable, Equatable {
        /// A proposal's text, moved by these members and party groups.
        case proposalText(meeting: String, item: String, kind: PutProposal.Kind, proposers: [String], parties: [String])
        case decision(meeting: String, item: String, category: Decision.Category)
        /// A statement's text, by these members and party groups.
        case statement(meeting: String, item: String, kind: StatementKind, members: [String], parties: [String])
        /// The lines of the beslutsunderlag or of who receives the decision.
        case lines(meeting: String, item: String, list: TextList)
        /// The body a matter is referred to for its opinion.
        case referralBody(meeting: String, item: String)
        /// The counts of a vote not taken by roll call.
        case voteCounts(meeting: String, item: String, yes: String, no: String)
        /// Who presented the item at the meeting.
        case presenter(meeting: String, item: String)
    }

    /// What the clerk types for the meeting's record.
    public enum MeetingRecordPurpose: Sendable, Equatable {
        case arrivedAt(meeting: String, member: String)
        case leftAt(meeting: String, member: String)
        case checking(meeting: String)
        /// When the meeting began and ended, typed after the fact.
        case held(meeting: String)
        case official(meeting: String)
        case firstParagraph(meeting: String)
        case approvedOn(meeting: String)
        case postedOn(meeting: String)
        case correctionReason(meeting: String)
        case extraItem(meeting: String, after: String)
        case moveItem(meeting: String, item: String)
        /// Before the notice: an item's own title, and its presenter.
        case itemTitle(meeting: String, item: String)
        case presenter(meeting: String, item: String)

        public var meeting: String {
            switch self {
            case .arrivedAt(let id, _), .leftAt(let id, _), .checking(let id), .held(let id), .official(let id), .firstParagraph(let id),
                 .approvedOn(let id), .postedOn(let id), .correctionReason(let id), .extraItem(let id, _), .moveItem(let id, _),
                 .itemTitle(let id, _), .presenter(let id, _):
                return id
            }
        }
    }

    /// Between the "att" clauses of a decision on the one-line editor.
    public static let clauseSeparator = " | "

    public var purpose: Purpose
    public var editor: LineEditor

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.editor = LineEditor(text)
    }
}

/// A question the status line asks; y answers it, n or Esc declines.
public enum Confirmation: Sendable, Equatable {
    case deleteNote(VisibleNote)
    case discardNote(Prompt)
    /// The editor exited with an error but the text changed: use it anyway?
    case useFailedEdit(ExternalEdit, text: String, failure: String)
    case quitWithUnsaved(count: Int, reason: String)
    case closeMeeting(String)
    /// Does a written reservation follow?
    case writtenReservation(Reservation)
    /// No matter has the diary number typed: put an item with it as its title?
    case titleOnlyItem(meeting: String, after: String, text: String)
    /// K: the notice goes out and the agenda is fixed — now?
    case sendNotice(meeting: String)
    /// L before the meeting's day: open it anyway?
    case openEarly(meeting: String)
}

/// What an external editor session was for.
public enum ExternalEdit: Sendable, Equatable {
    case newNote(matter: String, anchor: NoteAnchor?)
    case existingNote(VisibleNote)
    case ownProposal(meeting: String, matter: String, kind: OwnProposal.Kind)
    /// A decision's clauses, one per paragraph.
    case decision(meeting: String, item: String, category: Decision.Category)
}
