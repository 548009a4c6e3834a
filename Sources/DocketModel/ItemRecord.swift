/// What the committee did with one agenda item.
public struct ItemRecord: Codable, Equatable, Sendable {
    /// The agenda item's id.
    public var item: String
    /// Members who left because of a conflict of interest (jäv): they take no part.
    public var recused: [String]
    /// Members present and serving who do not take part in the decision (deltar inte i beslutet).
    public var notTakingPart: [String]?
    public var proposals: [PutProposal]
    /// The proposals put against each other, in the order the chair put them.
    public var propositionOrder: [PropositionStep]
    public var votes: [Vote]
    public var decision: Decision?
    public var reservations: [Reservation]
    /// Protokollsanteckningar.
    public var minuteNotes: [Statement]
    /// Särskilda yttranden.
    public var specialStatements: [Statement]
    /// Ersättaryttranden: statements by substitutes present but not serving, where the arbetsordning allows them.
    public var substituteStatements: [Statement]?
    /// What the decision was based on (beslutsunderlag) beyond the matter's own documents, as the clerk writes it.
    public var basis: [String]?
    /// Who receives an extract of the decision (expedieras till).
    public var sentTo: [String]?
    /// Omedelbar justering: this item's decision is checked at once.
    public var checkedAtOnce: Bool?
    /// Who presented the item at the meeting (föredragande), as the minutes name them: "förvaltningschef Dag Helin".
    public var presenter: String?
    /// The outcome as an imported protokoll words it, kept as written when it names no
    /// decision Docket knows (an OParl result such as "einstimmig, 0 Enthaltungen").
    public var result: String?

    public init(item: String, recused: [String] = [], proposals: [PutProposal] = [], propositionOrder: [PropositionStep] = [],
                votes: [Vote] = [], decision: Decision? = nil, reservations: [Reservation] = [], minuteNotes: [Statement] = [],
                specialStatements: [Statement] = [], checkedAtOnce: Bool? = nil, notTakingPart: [String]? = nil) {
        self.item = item
        self.recused = recused
        self.notTakingPart = notTakingPart
        self.proposals = proposals
        self.propositionOrder = propositionOrder
        self.votes = votes
        self.decision = decision
        self.reservations = reservations
        self.minuteNotes = minuteNotes
        self.specialStatements = specialStatements
        self.checkedAtOnce = checkedAtOnce
    }
}

/// A list of members that an item's record names; each takes its members out of the decision
/// and has its own words in the minutes.
public enum MemberList: String, Sendable, Hashable, CaseIterable {
    /// Jäv: they leave the item and take no part in it.
    case recused
    /// They stay, but do not take part in the decision (deltar inte i beslutet).
    case notTakingPart = "not-taking-part"

    public func members(in record: ItemRecord) -> [String] {
        switch self {
        case .recused: record.recused
        case .notTakingPart: record.notTakingPart ?? []
        }
    }

    public func set(_ members: [String], in record: inout ItemRecord) {
        switch self {
        case .recused: record.recused = members
        case .notTakingPart: record.notTakingPart = members.isEmpty ? nil : members
        }
    }

    /// Members on any list: they take no part in the decision.
    public static func outOfDecision(in record: ItemRecord) -> Set<String> {
        Set(allCases.flatMap { $0.members(in: record) })
    }
}

/// A proposal put at the meeting (yrkande): the agenda's, or a member's.
public struct PutProposal: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Equatable, Sendable, CaseIterable {
        case support, reject, amendment, addition
        case referralBack = "referral-back"
        case tabling
    }

    public var id: String
    public var kind: Kind
    /// Member ids; empty for the proposal the agenda puts forward, or one a party group moves.
    public var proposers: [String]
    /// Party groups moving it together, by abbreviation as members' parties are written ("MP", "V", "S").
    public var parties: [String]?
    /// The matter's proposal this is, when the agenda put it forward.
    public var agendaProposal: String?
    public var text: String
    public var withdrawn: Bool?

    public init(id: String, kind: Kind, proposers: [String] = [], agendaProposal: String? = nil, text: String, withdrawn: Bool? = nil,
                parties: [String]? = nil) {
        self.id = id
        self.kind = kind
        self.proposers = proposers
        self.parties = parties
        self.agendaProposal = agendaProposal
        self.text = text
        self.withdrawn = withdrawn
    }

    public var isWithdrawn: Bool { withdrawn ?? false }
    /// Moved by members or party groups, not put forward by the agenda.
    public var isMoved: Bool { !proposers.isEmpty || !(parties ?? []).isEmpty }
}

/// One step of the proposition order: these proposals against each other, and
/// the one the committee preferred, by acclamation or by a vote.
public struct PropositionStep: Codable, Equatable, Sendable {
    public var proposals: [String]
    public var preferred: String
    /// The vote that decided it; nil for acclamation.
    public var vote: String?
    /// This step chose the counter-proposal (motförslag) for the main vote
    /// (kontrapropositionsvotering); it decides nothing by itself.
    public var counterProposal: Bool?

    public init(proposals: [String], preferred: String, vote: String? = nil, counterProposal: Bool? = nil) {
        self.proposals = proposals
        self.preferred = preferred
        self.vote = vote
        self.counterProposal = counterProposal
    }

    public var choosesCounterProposal: Bool { counterProposal ?? false }
}

/// The decision: its category and its "att" clauses.
public struct Decision: Codable, Equatable, Sendable {
    public enum Category: String, Codable, Equatable, Sendable, CaseIterable {
        case accordingToProposal = "according-to-proposal"   // bifall
        case amended                                        // ändrat
        case rejected                                       // avslag
        case tabled                                         // bordlagt
        case referredBack = "referred-back"                 // återremitterat
        case noted                                          // lades till handlingarna
        case referred                                       // remitteras till ett annat organ
    }

    public var category: Category
    public var clauses: [String]
    /// The body a matter is referred to for its opinion (remiss): "rådet för funktionsrätt".
    public var referredTo: String?

    public init(category: Category, clauses: [String], referredTo: String? = nil) {
        self.category = category
        self.clauses = clauses
        self.referredTo = referredTo
    }
}

/// A reservation: who, in favour of which proposal, and whether a written one follows.
public struct Reservation: Codable, Equatable, Sendable {
    public var members: [String]
    public var inFavourOf: String?
    public var written: Bool?

    public init(members: [String], inFavourOf: String? = nil, written: Bool? = nil) {
        self.members = members
        self.inFavourOf = inFavourOf
        self.written = written
    }
}

/// A protokollsanteckning, särskilt yttrande or ersättaryttrande: who (members, or party groups), and the text.
public struct Statement: Codable, Equatable, Sendable {
    public var members: [String]
    /// Party groups making it together ("M, L, C, KD").
    public var parties: [String]?
    public var text: String

    public init(members: [String], text: String, parties: [String]? = nil) {
        self.members = members
        self.parties = parties
        self.text = text
    }
}

extension ItemRecord {
    /// What a step decided: the vote's result when one followed the proposition, else the chair's finding.
    public func adopted(_ step: PropositionStep) -> String {
        step.vote.flatMap { id in votes.first { $0.id == id }?.result } ?? step.preferred
    }
}
