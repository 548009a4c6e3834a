import DocketModel

/// Reads a tjänsteutlåtande as text (what `pdftotext -layout` or a document system
/// gives) into its parts. The header is read line by line, the body by its layout:
/// a heading is a short line standing alone without a final full stop, whatever its words.
public enum ReportParser {
    public static func parse(_ text: String) -> ParsedReport {
        // A document system's text, paragraphs run together on long lines: read by its structure.
        let paragraphs = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimming(" \n\u{0C}") }.filter { !$0.isEmpty }
        if RunTogetherReport.applies(to: paragraphs) {
            var report = RunTogetherReport.parse(paragraphs)
            findWarnings(in: &report)
            return report
        }
        var report = ParsedReport()
        let layout = LayoutText(text)
        var blocks = ReportBlocks(text: layout.text).blocks.flatMap(splittingHeading)
        // Signatures in columns under their titles, at the very end.
        while let last = blocks.last, let names = trailingSignatures(last) {
            report.signatories = names + report.signatories
            blocks.removeLast()
        }
        let body = readHeader(blocks, into: &report)
        readBody(Array(blocks[body...]), into: &report)
        if report.officer == nil { report.officer = layout.footerOfficer }
        findWarnings(in: &report)
        return report
    }

    /// Headings reports commonly use: one of these opening a block of text (layout
    /// extraction leaves no blank line under a heading) is set apart from it.
    static let commonHeadings: Set<String> = [
        "sammanfattning", "bakgrund", "ärendet", "ärendebeskrivning", "beslutsunderlag", "förvaltningens synpunkter",
        "förvaltningens bedömning", "förvaltningens förslag", "ekonomiska konsekvenser", "konsekvenser", "jämställdhetsanalys",
        "barnperspektiv", "barnkonsekvensanalys", "skrivelsen i sammanfattning", "motionen", "skrivelsen", "remissen",
        "yttrande", "uppföljning", "samråd", "bilaga", "bilagor", "finansiering", "juridiska konsekvenser", "överväganden",
        "beslutet skickas till", "beslut skickas till", "beslut sänds till", "beslutet sänds till", "expedieras till", "beslutet expedieras till",
        "expedieringskrets", "sändlista",
    ]

    /// A block whose first line is a heading standing on the text below it: the heading, then the text.
    private static func splittingHeading(_ block: [String]) -> [[String]] {
        guard block.count > 1, let first = block.first else { return [block] }
        let name = first.lowercased().trimming(":")
        let longest = block.dropFirst().map(\.count).max() ?? 0
        let known = commonHeadings.contains(name) || proposalHeadings.contains(name)
        guard known || (isHeading([first]) && first.count * 2 < longest && !isSignature(block)) else { return [block] }
        return [[first], Array(block.dropFirst())]
    }

    // MARK: The header

    static let documentKinds = ["TJÄNSTEUTLÅTANDE", "TJÄNSTESKRIVELSE", "TJÄNSTEYTTRANDE", "PROMEMORIA", "BESLUTSUNDERLAG"]
    static let proposalHeadings = ["förslag till beslut", "förvaltningens förslag till beslut", "förslag till nämndbeslut", "beslutsförslag"]

    /// Reads the header's lines, the addressee, the title and subtitle; returns the index of the first body block.
    private static func readHeader(_ blocks: [[String]], into report: inout ParsedReport) -> Int {
        var index = 0
        var lastDateOwner: DateOwner?
        headerLoop: while index < blocks.count {
            let block = blocks[index]
            if isProposalHeading(block) { break }
            for (lineIndex, line) in block.enumerated() {
                if isAddressee(line) {
                    let rest = line.dropFirst(4).trimmingPrefix(while: { $0 == " " })
                    if !rest.isEmpty {
                        report.addressee = String(rest)
                    } else if lineIndex + 1 < block.count {
                        report.addressee = block[lineIndex + 1]
                    } else if index + 1 < blocks.count {
                        report.addressee = blocks[index + 1].first
                        index += 1
                    }
                    index += 1
                    break headerLoop
                }
                read(headerLine: line, owner: &lastDateOwner, into: &report)
            }
            index += 1
            // Without an addressee, the header ends with the diary number's block.
            if report.diaryNumber != nil, index < blocks.count, !looksLikeHeader(blocks[index]), !isAddressee(blocks[index][0]) { break }
        }
        // Title, subtitle and the announced attachments: the blocks before the proposal.
        var titleLines: [String] = []
        // A body named alone before the title is whom the report is to.
        if report.addressee == nil, index + 1 < blocks.count, blocks[index].count == 1, isBodyName(blocks[index][0]),
           !isProposalHeading(blocks[index + 1]) {
            report.addressee = blocks[index][0]
            index += 1
        }
        while index < blocks.count, !isProposalHeading(blocks[index]), titleLines.count < 6 {
            // Past the title, a heading over text opens the body (a report without a proposal).
            if !titleLines.isEmpty, isHeading(blocks[index]),
               commonHeadings.contains(blocks[index][0].lowercased()) || (index + 1 < blocks.count && !isHeading(blocks[index + 1])) {
                break
            }
            for line in blocks[index] {
                if let count = announcedAttachments(line) { report.announcedAttachments = count } else { titleLines.append(line) }
            }
            index += 1
        }
        // A title ends without a full stop, whatever the layout put after it.
        report.title = titleLines.first?.withoutFinalFullStop
        if titleLines.count > 1 {
            let subtitle = titleLines.dropFirst().joined(separator: " ")
            report.subtitle = subtitle
            report.answers = answeredMotion(subtitle)
        }
        return index
    }

    private enum DateOwner { case report, meeting }

    private static func read(headerLine line: String, owner: inout DateOwner?, into report: inout ParsedReport) {
        let lowered = line.lowercased()
        // A date alone on its line, as digits or in words ("den 3 mars 2019").
        let inWords = SwedishDate.written(in: line).first.flatMap { written in
            line.trimming(" .").lowercased().hasSuffix(written.text.lowercased()) && line.split(separator: " ").count <= 4 ? written.iso : nil
        }
        if let date = SwedishDate.iso(line) ?? inWords {
            switch owner {
            case .report?: if report.reportDate == nil { report.reportDate = date }
            case .meeting?: if report.meetingDate == nil { report.meetingDate = date }
            case nil: if report.reportDate == nil { report.reportDate = date }
            }
            owner = nil
        } else if lowered.hasPrefix("datum"), let given = value(after: "datum", in: line),
                  let date = SwedishDate.iso(given) ?? SwedishDate.written(in: given).first?.iso {
            if report.reportDate == nil { report.reportDate = date }
        } else if lowered.hasPrefix("handläggare") {
            report.officer = value(after: "handläggare", in: line).map(nameInOrder)
        } else if ["tfn", "tel", "telefon"].contains(where: { lowered.hasPrefix($0 + ":") || lowered.hasPrefix($0 + " ") || lowered.hasPrefix($0 + ".") }) {
            report.phone = String(line.drop(while: { !$0.isNumber && $0 != "+" }))
        } else if documentKinds.contains(line.uppercased()) && isCapitals(line) {
            report.documentKind = line
            owner = .report
        } else if let number = DiaryNumber.onLine(line), report.diaryNumber == nil {
            report.diaryNumber = number
        } else if isCapitals(line) && line.uppercased().contains("NÄMND") {
            report.committee = line
            owner = .meeting
        } else if isCapitals(line) && (line.contains("FÖRVALTNING") || line.contains("KONTOR")) {
            report.administration = line
        } else if !isCapitals(line), report.department == nil, report.documentKind == nil {
            // The unit under the administration, in ordinary letters, before the document's kind.
            report.department = line
        }
    }

    /// "Lindqvist, Karin" as a person says it: "Karin Lindqvist". Two names after one another stay as written.
    static func nameInOrder(_ name: String) -> String {
        let parts = name.split(separator: ",").map { String($0).trimming(" ") }
        guard parts.count == 2, parts.allSatisfy({ !$0.contains(" ") && HeaderCells.isNameWord($0) }) else { return name }
        return "\(parts[1]) \(parts[0])"
    }

    /// A body a report is addressed to, on a line of its own: "Socialnämnden", "Kommunstyrelsen".
    private static func isBodyName(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return line.split(separator: " ").count <= 4 && !line.contains(where: { ".,:".contains($0) })
            && ["nämnden", "styrelsen", "fullmäktige", "utskottet", "nämnd"].contains { lowered.hasSuffix($0) }
    }

    private static func isAddressee(_ line: String) -> Bool {
        line == "Till" || line.hasPrefix("Till ")
    }

    private static func looksLikeHeader(_ block: [String]) -> Bool {
        block.allSatisfy { line in
            SwedishDate.iso(line) != nil || isCapitals(line) || line.lowercased().hasPrefix("handläggare") || line.lowercased().hasPrefix("tfn")
        }
    }

    private static func value(after label: String, in line: String) -> String? {
        let rest = line.dropFirst(label.count).trimmingPrefix(while: { $0 == ":" || $0 == " " })
        return rest.isEmpty ? nil : String(rest)
    }

    /// "(1 bilaga)", "(3 bilagor)".
    private static func announcedAttachments(_ line: String) -> Int? {
        guard line.hasPrefix("("), line.hasSuffix(")") else { return nil }
        let words = line.dropFirst().dropLast().split(separator: " ")
        guard words.count == 2, ["bilaga", "bilagor"].contains(words[1].lowercased()) else { return nil }
        return Int(words[0]) ?? ["en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5][words[0].lowercased()]
    }

    /// "Svar på skrivelse från Christer Öhgren (mp)", "Svar på motion av Anna Ek (S) om …".
    private static func answeredMotion(_ subtitle: String) -> AnsweredMotion? {
        let lowered = subtitle.lowercased()
        for kind in ["skrivelse", "motion", "interpellation", "medborgarförslag"] {
            for joiner in [" från ", " av "] where lowered.hasPrefix("svar på \(kind)\(joiner)") {
                var author = String(subtitle.dropFirst("svar på \(kind)\(joiner)".count))
                if let about = author.range(of: " om ") { author = String(author[..<about.lowerBound]) }
                return AnsweredMotion(kind: kind, author: author)
            }
        }
        return nil
    }

    // MARK: The body

    private static func readBody(_ blocks: [[String]], into report: inout ParsedReport) {
        var index = 0
        if index < blocks.count, isProposalHeading(blocks[index]) {
            index += 1
            while index < blocks.count, !isHeading(blocks[index]), !isSignature(blocks[index]) {
                report.proposal += clauses(blocks[index])
                index += 1
            }
            while index < blocks.count, isSignature(blocks[index]) {
                report.signatories.append(blocks[index][0])
                index += 1
            }
        }
        var heading: String?
        var paragraphs: [String] = []
        func closeSection() {
            guard let current = heading else { return }
            if isAttachmentHeading(current) {
                report.attachments += paragraphs.map(attachmentTitle)
            } else if let list = ReportLists.field(current) {
                // Each line an entry, as the list prints it; a final full stop is the sentence's, not the entry's.
                report[keyPath: list] += paragraphs.map(\.withoutFinalFullStop)
            } else if !paragraphs.isEmpty {
                report.sections.append(DocumentSection(heading: current, paragraphs: paragraphs))
            }
            paragraphs = []
        }
        while index < blocks.count {
            let block = blocks[index]
            // In a list, a short line is an entry ("Kommunfullmäktige"), unless it is a heading reports use.
            let inList = heading.map { isAttachmentHeading($0) || ReportLists.field($0) != nil } ?? false
            if isHeading(block), !inList || commonHeadings.contains(block[0].lowercased().trimming(":")) {
                closeSection()
                heading = block[0]
            } else if let current = heading, isAttachmentHeading(current) || ReportLists.field(current) != nil {
                // Each line of the list is an attachment.
                paragraphs += block
            } else {
                if heading == nil { heading = "Ärendet" }
                paragraphs.append(ReportBlocks.paragraph(block))
            }
            index += 1
        }
        closeSection()
        for section in report.sections {
            for paragraph in section.paragraphs { findReferrals(in: paragraph, into: &report) }
        }
    }

    /// A paragraph's clauses: numbered points each one clause, else the paragraph whole.
    private static func clauses(_ block: [String]) -> [String] {
        // Numbered points, one a line or run together on one: split at each next number in turn.
        if let first = block.first, first.hasPrefix("1. ") || first.hasPrefix("1) ") {
            return RunTogetherReport.numberedPoints(ReportBlocks.paragraph(block))
        }
        let marked = block.filter { isNumberedPoint($0) || isDashItem($0) }
        guard marked.count > 1 || (marked.count == 1 && isNumberedPoint(block[0]) || isDashItem(block[0])) else {
            return [ReportBlocks.paragraph(block)]
        }
        var points: [[String]] = []
        for line in block {
            if isNumberedPoint(line) || isDashItem(line) || points.isEmpty { points.append([line]) } else { points[points.count - 1].append(line) }
        }
        // The point's number or dash is its place in the list, not its text.
        return points.map { ReportBlocks.paragraph($0) }.map(withoutMarker)
    }

    private static func isDashItem(_ line: String) -> Bool {
        line.hasPrefix("- ") || line.hasPrefix("– ") || line.hasPrefix("• ")
    }

    private static func withoutMarker(_ clause: String) -> String {
        if isDashItem(clause) { return String(clause.dropFirst(2)).trimming(" ") }
        let digits = clause.prefix(while: \.isNumber)
        guard !digits.isEmpty, isNumberedPoint(clause) else { return clause }
        return String(clause.dropFirst(digits.count + 2)).trimming(" ")
    }

    /// A block of names in columns over their titles (a layout's columns are its lines here): the names.
    private static func trailingSignatures(_ block: [String]) -> [String]? {
        guard block.count <= 6, block.allSatisfy({ $0.count <= 40 && !$0.contains(where: { ".:;".contains($0) }) }) else { return nil }
        let names = block.filter { line in
            let words = line.split(separator: " ").map(String.init)
            return (2...4).contains(words.count) && words.allSatisfy { HeaderCells.isNameWord($0) && !HeaderCells.isTitleWord($0) }
        }
        return names.isEmpty ? nil : names
    }

    private static func isNumberedPoint(_ line: String) -> Bool {
        let digits = line.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let rest = line.dropFirst(digits.count)
        return rest.hasPrefix(". ") || rest.hasPrefix(") ")
    }

    /// A short line standing alone: no final full stop, not a clause, not a list entry.
    static func isHeading(_ block: [String]) -> Bool {
        guard block.count == 1, let line = block.first, let first = line.first, first.isUppercase || first.isNumber && !isNumberedPoint(line) else { return false }
        guard line.count <= 70, line.split(separator: " ").count <= 9 else { return false }
        guard let last = line.last, !".,;".contains(last) else { return false }
        return !line.lowercased().hasPrefix("att ") && !isNumberedPoint(line)
    }

    /// "Förslag till beslut" and the lead-ins that stand for it: "Förslag till beslut i kommunstyrelsen",
    /// "Socialnämnden föreslås besluta", "Kommunstyrelsen föreslår kommunfullmäktige besluta".
    private static func isProposalHeading(_ block: [String]) -> Bool {
        guard block.count == 1 else { return false }
        let line = block[0].lowercased().trimming(": ")
        if proposalHeadings.contains(line) || line.hasPrefix("förslag till beslut ") { return line.count <= 120 }
        return line.count <= 100 && line.contains("föreslå") && (line.hasSuffix("besluta") || line.hasSuffix("beslutar") || line.hasSuffix("att"))
    }

    private static func isAttachmentHeading(_ heading: String) -> Bool {
        ["bilaga", "bilagor"].contains(heading.lowercased().trimming(":"))
    }

    /// "1. Skrivelse från …", "Bilaga 1 Skrivelse …": the title as written, its number dropped.
    private static func attachmentTitle(_ line: String) -> String {
        var text = Substring(line)
        if text.lowercased().hasPrefix("bilaga ") { text = text.dropFirst(7) }
        let digits = text.prefix(while: \.isNumber)
        if !digits.isEmpty {
            let rest = text.dropFirst(digits.count).trimmingPrefix(while: { ".):- ".contains($0) })
            if !rest.isEmpty { text = rest }
        }
        return String(text)
    }

    /// A signature: a name alone (two to four words, each capitalised), perhaps with a title on the line below.
    private static func isSignature(_ block: [String]) -> Bool {
        guard (1...2).contains(block.count), let name = block.first else { return false }
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count), !name.contains(where: { $0.isNumber || ".,;:".contains($0) }) else { return false }
        return words.allSatisfy { word in word.first?.isUppercase == true || ["af", "von", "van", "de", "la"].contains(word) }
            && !isCapitals(name)
    }

    /// Written in capitals: every letter uppercase, and at least three letters.
    static func isCapitals(_ line: String) -> Bool {
        let letters = line.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy(\.isUppercase)
    }

    // MARK: Referrals in prose

    /// The verbs that tell a step of a matter's path, and the step each tells.
    private static let referralVerbs: [(String, ReferralKind)] = [
        ("återremitter", .returned), ("överlämnade", .prepared), ("överlämnat", .prepared), ("för beredning", .prepared),
        ("remitterade", .referred), ("remitterat", .referred), ("väckte", .submitted), ("väckt", .submitted),
        ("inkom", .submitted), ("lämnade in", .submitted),
    ]

    private static func findReferrals(in paragraph: String, into report: inout ParsedReport) {
        for sentence in sentences(of: paragraph) {
            let lowered = sentence.lowercased()
            guard let kind = referralVerbs.first(where: { lowered.contains($0.0) })?.1 else { continue }
            for date in SwedishDate.written(in: sentence) {
                guard let iso = date.iso else { continue }
                report.referrals.append(FoundReferral(date: iso, kind: kind, sentence: sentence))
                break
            }
        }
    }

    /// Sentences split at a full stop followed by a space and a capital.
    private static func sentences(of text: String) -> [String] {
        var found: [String] = []
        var current = ""
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            current.append(character)
            if character == ".", characters.first == " ", characters.dropFirst().first?.isUppercase == true {
                found.append(current)
                current = ""
                characters = characters.dropFirst()
            }
        }
        if !current.isEmpty { found.append(current) }
        return found
    }

    // MARK: Warnings

    private static func findWarnings(in report: inout ParsedReport) {
        if report.diaryNumber == nil { report.warnings.append(.noDiaryNumber) }
        if report.title == nil { report.warnings.append(.noTitle) }
        if report.reportDate == nil { report.warnings.append(.noReportDate) }
        if report.proposal.isEmpty { report.warnings.append(.noProposal) }
        if let announced = report.announcedAttachments, announced != report.attachments.count {
            report.warnings.append(.attachmentsMismatch(announced: announced, listed: report.attachments.count))
        } else if report.announcedAttachments == nil, !report.attachments.isEmpty {
            report.warnings.append(.attachmentsMismatch(announced: 0, listed: report.attachments.count))
        }
        var seen = Set<String>()
        for paragraph in report.sections.flatMap(\.paragraphs) + report.proposal {
            for date in SwedishDate.written(in: paragraph) where date.iso == nil && seen.insert(date.text).inserted {
                report.warnings.append(.dateWithoutYear("den " + date.text))
            }
        }
    }
}
