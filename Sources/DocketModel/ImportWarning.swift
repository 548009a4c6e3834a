/// What the importer of a report could not find, or found odd; never filled in
/// by a guess. Kept on the matter (`ImportedReport`) until the clerk has checked it.
public enum ImportWarning: Codable, Hashable, Sendable {
    case noDiaryNumber
    case noTitle
    case noReportDate
    case noProposal
    case attachmentsMismatch(announced: Int, listed: Int)
    case dateWithoutYear(String)
    /// Bytes that were not UTF-8 in a report that otherwise is: each shown as �, where a letter was lost.
    case invalidBytes(Int)

    private enum CodingKeys: String, CodingKey { case kind, announced, listed, text, count }

    private enum Kind: String, Codable {
        case noDiaryNumber = "no-diary-number", noTitle = "no-title", noReportDate = "no-report-date", noProposal = "no-proposal"
        case attachmentsMismatch = "attachments-mismatch", dateWithoutYear = "date-without-year", invalidBytes = "invalid-bytes"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .noDiaryNumber: self = .noDiaryNumber
        case .noTitle: self = .noTitle
        case .noReportDate: self = .noReportDate
        case .noProposal: self = .noProposal
        case .attachmentsMismatch:
            self = .attachmentsMismatch(announced: try container.decode(Int.self, forKey: .announced),
                                        listed: try container.decode(Int.self, forKey: .listed))
        case .dateWithoutYear: self = .dateWithoutYear(try container.decode(String.self, forKey: .text))
        case .invalidBytes: self = .invalidBytes(try container.decode(Int.self, forKey: .count))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .noDiaryNumber: try container.encode(Kind.noDiaryNumber, forKey: .kind)
        case .noTitle: try container.encode(Kind.noTitle, forKey: .kind)
        case .noReportDate: try container.encode(Kind.noReportDate, forKey: .kind)
        case .noProposal: try container.encode(Kind.noProposal, forKey: .kind)
        case .attachmentsMismatch(let announced, let listed):
            try container.encode(Kind.attachmentsMismatch, forKey: .kind)
            try container.encode(announced, forKey: .announced)
            try container.encode(listed, forKey: .listed)
        case .dateWithoutYear(let text):
            try container.encode(Kind.dateWithoutYear, forKey: .kind)
            try container.encode(text, forKey: .text)
        case .invalidBytes(let count):
            try container.encode(Kind.invalidBytes, forKey: .kind)
            try container.encode(count, forKey: .count)
        }
    }
}
