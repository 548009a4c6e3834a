import DocketModel

/// A parsed report made into the store's matter: a new one, or the matter with
/// the same diary number brought up to date (its id, other documents, proposals,
/// history and attached files kept). Only what the report says is used.
public enum ReportImport {
    public enum Failure: Error, Equatable, Sendable {
        /// A value a matter cannot be without, which the report does not give.
        case missing(ImportWarning)
    }

    /// The report's document id, by its kind: "tjansteutlatande", "tjansteskrivelse".
    static func documentID(_ kind: String?) -> String {
        identifier(kind ?? "tjänsteutlåtande")
    }

    /// An id from a diary number or a title; "arende" when it has no letter or digit.
    public static func identifier(_ text: String) -> String {
        let id = FreeIdentifier.from(text)
        return id.isEmpty ? "arende" : id
    }

    /// - Parameters:
    ///   - existing: the store's matter with the report's diary number, if any.
    ///   - takenIDs: every matter id in the store, so that a new matter's id is free.
    ///   - accepted: the referrals found in prose that the clerk confirmed.
    ///   - source: the report's file name and the day of the import, kept on the matter with the warnings.
    ///   - cited: the existing matter is on a held meeting's agenda: the report is added as a new version
    ///     (a document and a proposal of their own) and nothing that meeting's record cites — title, kind,
    ///     earlier documents and proposals, attachments — is changed.
    public static func matter(from report: ParsedReport, committee: Committee, existing: Matter?, takenIDs: Set<String>,
                              accepted: [FoundReferral], source: (file: String, on: String), cited: Bool = false) throws(Failure) -> Matter {
        guard let diaryNumber = report.diaryNumber else { throw .missing(.noDiaryNumber) }
        guard let title = report.title else { throw .missing(.noTitle) }
        guard let date = report.reportDate else { throw .missing(.noReportDate) }
        let administration = administrationID(report.administration, in: committee)
        let administrationName = administration.flatMap { id in committee.administrations.first { $0.id == id }?.name }
            ?? report.administration.map(ordinaryCase) ?? committee.name
        let documentKind = report.documentKind.map(ordinaryCase) ?? "Tjänsteutlåtande"
        let frozen = cited && existing != nil
        let baseID = documentID(report.documentKind)
        let document = MatterDocument(
            id: frozen ? FreeIdentifier.free(baseID, notIn: Set(existing?.documents.map(\.id) ?? [])) : baseID,
            kind: .report, title: documentKind, date: date,
            officer: report.officer.map { Officer(name: $0, phone: report.phone) }, department: report.department,
            signatories: report.signatories.isEmpty ? nil : report.signatories,
            sections: report.sections)
        var matter = existing ?? Matter(id: FreeIdentifier.free(identifier(diaryNumber), notIn: takenIDs), diaryNumber: diaryNumber, title: title, kind: .decision)
        if !frozen {
            matter.diaryNumber = diaryNumber
            matter.title = report.subtitle.map { "\(title) – \(lowercasedFirst($0))" } ?? title
            matter.kind = kind(of: report)
            matter.administration = administration ?? matter.administration
        }
        matter.documents = [document] + matter.documents.filter { $0.id != document.id }
        if !report.proposal.isEmpty {
            let id = frozen ? FreeIdentifier.free(DecisionProposal.administrationID, notIn: Set(matter.proposals.map(\.id))) : DecisionProposal.administrationID
            let proposal = DecisionProposal(id: id, proposer: Proposer(kind: .administration, name: administrationName), clauses: report.proposal)
            matter.proposals = [proposal] + matter.proposals.filter { $0.id != id }
        }
        let committeeName = report.addressee ?? report.committee.map(ordinaryCase) ?? committee.name
        var events = [ReferralEvent(date: date, kind: .reported, from: administrationName, to: committeeName, note: "\(documentKind).")]
        events += accepted.map { ReferralEvent(date: $0.date, kind: $0.kind, note: $0.sentence) }
        for event in events where !matter.history.contains(where: { $0.date == event.date && $0.kind == event.kind }) {
            matter.history.append(event)
        }
        matter.history.sort { $0.date < $1.date }
        // A held meeting's minutes list the matter's attachments as their basis: a new version adds none.
        for title in report.attachments where !frozen && !matter.attachments.contains(where: { $0.title == title }) {
            matter.attachments.append(Attachment(id: FreeIdentifier.first("bilaga", notIn: Set(matter.attachments.map(\.id))), title: title))
        }
        matter.imported = ImportedReport(file: source.file, on: source.on, warnings: report.warnings)
        return matter
    }

    /// The committee's administration the header names, matched whatever its letters' case.
    static func administrationID(_ name: String?, in committee: Committee) -> String? {
        guard let name else { return nil }
        return committee.administrations.first { $0.name.lowercased() == name.lowercased() }?.id
    }

    /// That administration's name as the committee writes it, when the committee has it.
    public static func administrationName(_ name: String, in committee: Committee) -> String? {
        administrationID(name, in: committee).flatMap { id in committee.administrations.first { $0.id == id }?.name }
    }

    static func kind(of report: ParsedReport) -> MatterKind {
        if report.answers != nil { return .motionResponse }
        let text = ((report.title ?? "") + " " + (report.subtitle ?? "")).lowercased()
        if text.contains("remiss") || text.contains("yttrande över") { return .consultationResponse }
        if text.hasPrefix("information") || text.hasPrefix("anmälan") { return .information }
        return .decision
    }

    /// "SOCIALTJÄNSTFÖRVALTNINGEN" as a name is written in a sentence: "Socialtjänstförvaltningen".
    public static func ordinaryCase(_ text: String) -> String {
        guard ReportParser.isCapitals(text) else { return text }
        return text.prefix(1) + text.dropFirst().lowercased()
    }

    private static func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
