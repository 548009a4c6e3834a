import DocketImport
import DocketModel
import DocketText

/// What the importer found in one report, field by field, then what needs the clerk:
/// referrals to confirm, and warnings. Every value from the file is made inert.
struct ReportPrinter {
    let words: ImportWords

    /// The matter as it will be written (the report's fields, what `--set` gave, what the clerk completed before), and what to confirm.
    func print(_ report: ParsedReport, file: String, matter: Matter, existing: Bool, committee: Committee, accepted: [FoundReferral] = []) {
        Console.output(InertText.make(existing ? words.updatedMatter(file, matter.id) : words.newMatter(file, matter.id)))
        let document = matter.report
        field(words.diaryNumber, matter.diaryNumber)
        field(words.title, matter.title)
        field(words.kind, words.kinds[matter.kind] ?? matter.kind.rawValue)
        if let administration = report.administration {
            let known = ReportImport.administrationName(administration, in: committee)
            field(words.administration, known ?? words.notInCommittee(ReportImport.ordinaryCase(administration)))
        }
        field(words.department, document?.department)
        field(words.officer, document?.officer.map { officer in [officer.name, officer.phone].compactMap { $0 }.joined(separator: ", ") })
        field(words.document, [document?.title, document?.date].compactMap { $0 }.joined(separator: " "))
        field(words.committee, [report.addressee ?? report.committee.map(ReportImport.ordinaryCase), report.meetingDate.map(words.meetingOn)]
            .compactMap { $0 }.joined(separator: ", "))
        if let proposal = matter.proposals.first, proposal.proposer.kind == .administration {
            field(words.proposal, words.clauses(proposal.clauses.count) + ": " + proposal.clauses.joined(separator: " / "))
        }
        field(words.signed, report.signatories.joined(separator: ", "))
        field(words.sections, report.sections.map { "\($0.heading) (\(words.paragraphs($0.paragraphs.count)))" }.joined(separator: ", "))
        if !report.attachments.isEmpty || report.announcedAttachments != nil {
            field(words.attachments, words.attachmentsCount(report.attachments.count, report.announcedAttachments)
                  + (report.attachments.isEmpty ? "" : ": " + report.attachments.joined(separator: " / ")))
        }
        for event in matter.history {
            field(words.history, "\(event.date) \(words.steps[event.kind] ?? event.kind.rawValue)" + (event.note.map { ": \($0)" } ?? ""))
        }
        for (index, referral) in report.referrals.enumerated() where !accepted.contains(referral) {
            field(words.toConfirm, "[\(index + 1)] \(referral.date) \(words.steps[referral.kind] ?? referral.kind.rawValue): \"\(referral.sentence)\" (\(words.confirmHint(index + 1)))")
        }
        for warning in matter.imported?.openWarnings ?? [] {
            field(words.warning, words.warnings(warning))
        }
    }

    private func field(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        Console.output("  " + pad(label) + InertText.make(value))
    }
}

/// A label padded to one column, so that the values line up.
func pad(_ label: String) -> String {
    label + String(repeating: " ", count: max(1, 15 - label.count))
}
