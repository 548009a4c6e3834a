import DocketModel

/// `import report … --set FIELD=VALUE`: what the clerk (or a script) sets on the imported matter,
/// kept by later imports of the same report, as a correction with `C` in the item is.
enum ReportSetting {
    enum Parsed {
        case success(MatterCorrection)
        case failure
    }

    /// The field names, in Swedish and English, as a clerk writes them.
    static let fields: [String: ImportedField] = [
        "dnr": .diaryNumber, "diarienummer": .diaryNumber, "diary-number": .diaryNumber,
        "rubrik": .title, "title": .title,
        "datum": .date, "date": .date,
        "handläggare": .officer, "officer": .officer,
        "avdelning": .department, "department": .department,
        "att": .clauses, "clauses": .clauses,
    ]

    static func parse(_ setting: String) -> Parsed {
        guard let equals = setting.firstIndex(of: "=") else { return .failure }
        let name = setting[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
        let value = setting[setting.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard let field = fields[name], !value.isEmpty else { return .failure }
        switch field {
        case .diaryNumber: return .success(.diaryNumber(value))
        case .title: return .success(.title(value))
        case .date: return CalendarDate.isValid(value) ? .success(.reportDate(value)) : .failure
        case .officer: return .success(.officer(value))
        case .department: return .success(.department(value))
        case .clauses:
            let clauses = value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return clauses.isEmpty ? .failure : .success(.clauses(proposal: DecisionProposal.administrationID, clauses))
        case .kind: return .failure
        }
    }

    /// The store's matter of this report: by its diary number (the report's, or the one set),
    /// else the matter an earlier import of the same file made.
    static func existing(diaryNumber: String?, corrections: [MatterCorrection], file: String, in contents: StoreContents) -> Matter? {
        let set = corrections.compactMap { correction -> String? in
            if case .diaryNumber(let number) = correction { return number }
            return nil
        }.last
        if let number = set ?? diaryNumber, let found = contents.matters.values.first(where: { $0.diaryNumber == number }) { return found }
        return contents.matters.values.filter { $0.imported?.file == file }.sorted { $0.id < $1.id }.first
    }

    /// The settings applied in order; clauses for a report that had no proposal become the administration's.
    static func apply(_ corrections: [MatterCorrection], to matter: Matter, committee: Committee) -> Matter {
        var matter = matter
        for correction in corrections {
            if case .clauses(let id, let clauses) = correction, matter.proposal(id: id) == nil {
                matter = MatterCorrection.proposal(DecisionProposal.administrations(clauses, of: matter, in: committee)).applied(to: matter)
            } else {
                matter = correction.applied(to: matter)
            }
        }
        return matter
    }
}
