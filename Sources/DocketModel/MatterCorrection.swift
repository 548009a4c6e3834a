/// A correction the clerk makes to a matter's own fields, typically after an
/// import left something wrong or missing. Applied to the matter as it is on
/// disk when written, so a correction never undoes another one made meanwhile.
public enum MatterCorrection: Sendable, Equatable {
    case diaryNumber(String)
    case title(String)
    case kind(MatterKind)
    /// The report's date.
    case reportDate(String)
    /// The report's officer (handläggare); nil removes them.
    case officer(String?)
    /// The report's department (avdelning); nil removes it.
    case department(String?)
    /// A proposal's "att" clauses, one each.
    case clauses(proposal: String, [String])
    /// The administration's proposal, for a report the importer found none in.
    case proposal(DecisionProposal)
    /// The import's warnings have been looked at, on this day.
    case warningsChecked(on: String)

    /// The imported field this correction sets, which a later import then keeps.
    public var field: ImportedField? {
        switch self {
        case .diaryNumber: .diaryNumber
        case .title: .title
        case .kind: .kind
        case .reportDate: .date
        case .officer: .officer
        case .department: .department
        case .clauses, .proposal: .clauses
        case .warningsChecked: nil
        }
    }

    public func applied(to matter: Matter) -> Matter {
        var matter = matter
        if let field, var imported = matter.imported, !imported.isCompleted(field) {
            imported.completed = (imported.completed ?? []) + [field]
            matter.imported = imported
        }
        switch self {
        case .diaryNumber(let number): matter.diaryNumber = number
        case .title(let title): matter.title = title
        case .kind(let kind): matter.kind = kind
        case .reportDate(let date): changeReport(of: &matter) { $0.date = date }
        case .officer(let name):
            changeReport(of: &matter) { report in
                report.officer = name.map { Officer(name: $0, title: report.officer?.title, phone: report.officer?.phone, email: report.officer?.email) }
            }
        case .department(let department):
            changeReport(of: &matter) { $0.department = department }
        case .clauses(let id, let clauses):
            guard let index = matter.proposals.firstIndex(where: { $0.id == id }) else { break }
            matter.proposals[index].clauses = clauses
        case .proposal(let proposal):
            matter.proposals = [proposal] + matter.proposals.filter { $0.id != proposal.id }
        case .warningsChecked(let day):
            matter.imported?.checked = day
        }
        return matter
    }

    private func changeReport(of matter: inout Matter, _ change: (inout MatterDocument) -> Void) {
        guard let index = matter.documents.firstIndex(where: { $0.kind == .report }) else { return }
        change(&matter.documents[index])
    }
}
