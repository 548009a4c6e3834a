import DocketModel

/// A parsed report made into the store's matter: a new one, or the matter with
/// the same diary number brought up to date (its id, other documents, proposals,
/// history and attached files kept). Only what the report says is used; what it
/// does not say is left empty and warned about, never guessed, and a readable
/// report always becomes a matter: the clerk completes it.
public enum ReportImport {
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
    ///   - existing: the store's matter of this report (same diary number, or the same file imported before), if any.
    ///   - takenIDs: every matter id in the store, so that a new matter's id is free.
    ///   - accepted: the referrals found in prose that the clerk confirmed.
    ///   - source: the report's file name and the day of the import, kept on the matter with the warnings.
    ///     Without a title in the report, the file's name (without its extension) names the matter until the clerk gives one.
    ///   - cited: the existing matter is on a held meeting's agenda: the report is added as a new version
    ///     (a document and a proposal of their own) and nothing that meeting's record cites — title, kind,
    ///     earlier documents and proposals, attachments — is changed.
    public static func matter(from report: ParsedReport, committee: Committee, existing: Matter?, takenIDs: Set<String>,
                              accepted: [FoundReferral], source: (file: String, on: String), cited: Bool = false) -> Matter {
        var warnings = report.warnings
        if report.diaryNumber == nil { warnings.insert(.noDiaryNumber, at: 0) }
        if report.title == nil { warnings.insert(.noTitle, at: 0) }
        if report.reportDate == nil { warnings.append(.noReportDate) }
        let diaryNumber = report.diaryNumber ?? ""
        let fileStem = source.file.split(separator: ".").dropLast().joined(separator: ".")
        let title = report.title ?? (fileStem.isEmpty ? source.file : fileStem)
        let date = report.reportDate
        let administration = administrationID(report.administration, in: committee)
        let administrationName = administration.flatMap { id in committee.administrations.first { $0.id == id }?.name }
            ?? report.administration.map(ordinaryCase) ?? committee.name
        let documentKind = report.documentKind.map(ordinaryCase) ?? "Tjänsteutlåtande"
        let frozen = cited && existing != nil
        let baseID = documentID(report.documentKind)
        // What the clerk completed or corrected stays as they set it.
        let kept = existing?.imported?.completed ?? []
        let earlier = existing?.report
        var document = MatterDocument(
            id: frozen ? FreeIdentifier.free(baseID, notIn: Set(existing?.documents.map(\.id) ?? [])) : baseID,
            kind: .report, title: documentKind, date: date,
            officer: report.officer.map { Officer(name: $0, phone: report.phone) }, department: report.department,
            signatories: report.signatories.isEmpty ? nil : report.signatories,
            sections: report.sections,
            basis: report.basis.isEmpty ? nil : report.basis, sentTo: report.recipients.isEmpty ? nil : report.recipients)
        if !frozen, let earlier {
            if kept.contains(.date) { document.date = earlier.date }
            if kept.contains(.officer) { document.officer = earlier.officer }
            if kept.contains(.department) { document.department = earlier.department }
        }
        let newID = FreeIdentifier.free(identifier(diaryNumber.isEmpty ? title : diaryNumber), notIn: takenIDs)
        var matter = existing ?? Matter(id: newID, diaryNumber: diaryNumber, title: title, kind: .decision)
        if !frozen {
            if !kept.contains(.diaryNumber) && !diaryNumber.isEmpty { matter.diaryNumber = diaryNumber }
            if !kept.contains(.title) && (report.title != nil || existing == nil) {
                matter.title = report.subtitle.map { "\(title) – \(lowercasedFirst($0))" } ?? title
            }
            if !kept.contains(.kind) { matter.kind = kind(of: report) }
            matter.administration = administration ?? matter.administration
        }
        matter.documents = [document] + matter.documents.filter { $0.id != document.id }
        if !report.proposal.isEmpty && !(kept.contains(.clauses) && !frozen) {
            let id = frozen ? FreeIdentifier.free(DecisionProposal.administrationID, notIn: Set(matter.proposals.map(\.id))) : DecisionProposal.administrationID
            let proposal = DecisionProposal(id: id, proposer: Proposer(kind: .administration, name: administrationName), clauses: report.proposal)
            matter.proposals = [proposal] + matter.proposals.filter { $0.id != id }
        }
        let committeeName = report.addressee ?? report.committee.map(ordinaryCase) ?? committee.name
        var events = date.map { [ReferralEvent(date: $0, kind: .reported, from: administrationName, to: committeeName, note: "\(documentKind).")] } ?? []
        events += accepted.map { ReferralEvent(date: $0.date, kind: $0.kind, note: $0.sentence) }
        for event in events where !matter.history.contains(where: { $0.date == event.date && $0.kind == event.kind }) {
            matter.history.append(event)
        }
        matter.history.sort { $0.date < $1.date }
        // A held meeting's minutes list the matter's attachments as their basis: a new version adds none.
        for title in report.attachments where !frozen && !matter.attachments.contains(where: { $0.title == title }) {
            matter.attachments.append(Attachment(id: FreeIdentifier.first("bilaga", notIn: Set(matter.attachments.map(\.id))), title: title))
        }
        // Warnings about a field the clerk has set are answered already.
        let answered: [ImportWarning: ImportedField] = [.noDiaryNumber: .diaryNumber, .noTitle: .title, .noReportDate: .date, .noProposal: .clauses]
        matter.imported = ImportedReport(file: source.file, on: source.on,
                                         warnings: warnings.filter { warning in answered[warning].map { !kept.contains($0) } ?? true },
                                         completed: kept.isEmpty ? nil : kept)
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
