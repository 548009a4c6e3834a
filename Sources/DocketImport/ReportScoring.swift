/// A report's fields as a person reading it finds them: the answer key the importer is scored against.
/// A field left out of a key is not scored; an empty diary number means the report gives none.
public struct AnswerKey: Decodable, Sendable {
    public var file: String
    public var diaryNumber: String?
    public var title: String?
    public var date: String?
    public var officer: String?
    public var administration: String?
    public var department: String?
    public var clauses: [String]?
    public var signatories: [String]?
    public var basis: [String]?
    public var recipients: [String]?
}

/// One field of one report: read right, read wrong (with what was read), or not found.
public struct FieldScore: Equatable, Sendable {
    public enum Outcome: Equatable, Sendable {
        case right
        case wrong(read: String)
        case missing
    }

    public var field: String
    public var outcome: Outcome
}

/// The importer scored field by field against an answer key. Text is compared with runs
/// of white space folded, since a text's line breaks are the extraction's, not the report's.
public enum ReportScoring {
    public static func score(_ report: ParsedReport, against key: AnswerKey) -> [FieldScore] {
        var scores: [FieldScore] = []
        func text(_ field: String, _ expected: String?, _ read: String?) {
            guard let expected else { return }
            let found = read.map(\.foldingWhiteSpace) ?? ""
            let outcome: FieldScore.Outcome
            if found == expected.foldingWhiteSpace { outcome = .right } else if found.isEmpty { outcome = .missing } else { outcome = .wrong(read: found) }
            scores.append(FieldScore(field: field, outcome: outcome))
        }
        func list(_ field: String, _ expected: [String]?, _ read: [String]) {
            guard let expected else { return }
            let found = read.map(\.foldingWhiteSpace)
            let outcome: FieldScore.Outcome
            if found == expected.map(\.foldingWhiteSpace) { outcome = .right } else if found.isEmpty { outcome = .missing } else { outcome = .wrong(read: found.joined(separator: " ‖ ")) }
            scores.append(FieldScore(field: field, outcome: outcome))
        }
        text("diaryNumber", key.diaryNumber, report.diaryNumber)
        text("title", key.title, report.title)
        text("date", key.date, report.reportDate)
        text("officer", key.officer, report.officer)
        text("administration", key.administration, report.administration)
        text("department", key.department, report.department)
        list("clauses", key.clauses, report.proposal)
        list("signatories", key.signatories, report.signatories)
        list("basis", key.basis, report.basis)
        list("recipients", key.recipients, report.recipients)
        return scores
    }
}
