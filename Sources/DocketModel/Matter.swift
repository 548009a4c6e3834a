/// A matter (ärende): what the committee is asked to decide or take note of.
/// It carries its documents, proposals and history from before and between
/// meetings; what meetings did with it lives in their records, never here.
public struct Matter: Codable, Equatable, Sendable {
    public var id: String
    /// Diary number (diarienummer), unique within the store, in whatever form
    /// the municipality uses: 118-520/2003, KSN-2015-1345, 0263/19.
    public var diaryNumber: String
    public var title: String
    public var kind: MatterKind
    /// Id of the administration that prepared it.
    public var administration: String?
    public var documents: [MatterDocument]
    public var proposals: [DecisionProposal]
    public var history: [ReferralEvent]
    public var attachments: [Attachment]
    /// Set when the matter came from an imported report.
    public var imported: ImportedReport?

    public init(id: String, diaryNumber: String, title: String, kind: MatterKind, administration: String? = nil,
                documents: [MatterDocument] = [], proposals: [DecisionProposal] = [],
                history: [ReferralEvent] = [], attachments: [Attachment] = [], imported: ImportedReport? = nil) {
        self.id = id
        self.diaryNumber = diaryNumber
        self.title = title
        self.kind = kind
        self.administration = administration
        self.documents = documents
        self.proposals = proposals
        self.history = history
        self.attachments = attachments
        self.imported = imported
    }

    public func proposal(id: String) -> DecisionProposal? {
        proposals.first { $0.id == id }
    }

    /// The administration's report (tjänsteutlåtande), when the matter has one.
    public var report: MatterDocument? {
        documents.first { $0.kind == .report }
    }
}
