import DocketModel

/// What a report's text says, field by field, as found: nothing here is guessed.
/// Values the text states reliably are fields; what needs a person's eye
/// (a referral told in prose) is a candidate; what is missing or odd is a warning.
public struct ParsedReport: Equatable, Sendable {
    /// The administration as its header writes it, usually in capitals ("SOCIALTJÄNSTFÖRVALTNINGEN").
    public var administration: String?
    public var department: String?
    public var officer: String?
    public var phone: String?
    /// "TJÄNSTEUTLÅTANDE", "TJÄNSTESKRIVELSE".
    public var documentKind: String?
    public var reportDate: String?
    public var committee: String?
    public var meetingDate: String?
    public var diaryNumber: String?
    /// "Socialtjänstnämnden", from "Till Socialtjänstnämnden".
    public var addressee: String?
    public var title: String?
    public var subtitle: String?
    /// The motion or skrivelse the report answers ("Svar på skrivelse från Christer Öhgren (mp)").
    public var answers: AnsweredMotion?
    /// "(1 bilaga)".
    public var announcedAttachments: Int?
    /// The proposal's clauses, as written: one per paragraph or numbered point.
    public var proposal: [String] = []
    public var signatories: [String] = []
    public var sections: [DocumentSection] = []
    /// Attachments by title, from the "Bilaga"/"Bilagor" list.
    public var attachments: [String] = []
    /// What the decision is based on ("Beslutsunderlag"), each entry its own line.
    public var basis: [String] = []
    /// Whom the decision is sent to ("Beslutet skickas till", "Expedieras till").
    public var recipients: [String] = []
    /// Referrals told in the report's prose, for the clerk to confirm.
    public var referrals: [FoundReferral] = []
    public var warnings: [ImportWarning] = []

    public init() {}
}

/// The motion or skrivelse a report answers, as its subtitle names it.
public struct AnsweredMotion: Equatable, Sendable {
    /// "skrivelse", "motion".
    public var kind: String
    /// "Christer Öhgren (mp)".
    public var author: String
}

/// A step of the matter's path found in a sentence: dated, and of a kind its verb tells.
public struct FoundReferral: Equatable, Sendable {
    public var date: String
    public var kind: ReferralKind
    public var sentence: String
}
