import DocketModel

/// A report as a document system's web page or a scraper gives it: paragraphs
/// separated by blank lines, the header run onto one line of label/value cells,
/// the proposal's lead-in and its numbered clauses run into the title and onto one
/// line, headings run into their paragraph ("Sammanfattning Den 9 juni 2024 …"),
/// signatures in two columns at the end. Read by structure, not by one template.
enum RunTogetherReport {
    /// Whether the text is of this kind: a header run onto one line of cells among its first paragraphs
    /// (a layout extraction keeps the header's lines, and is read line by line).
    static func applies(to paragraphs: [String]) -> Bool {
        paragraphs.prefix(4).contains(where: isHeaderLine)
    }

    private static func isHeaderLine(_ paragraph: String) -> Bool {
        !paragraph.contains("\n") && HeaderCells.isHeader(paragraph)
    }

    static func parse(_ paragraphs: [String]) -> ParsedReport {
        var report = ParsedReport()
        guard let headerIndex = paragraphs.prefix(4).firstIndex(where: isHeaderLine) else { return report }
        // Above the header: the administration (and its department), or the document's kind alone.
        for line in paragraphs[..<headerIndex] where line.count <= 80 && !HeaderCells.kinds.contains(line.lowercased()) && !line.lowercased().hasPrefix("org") {
            if let split = line.range(of: " Avdelning ") ?? line.range(of: " avdelning ") {
                report.administration = String(line[..<split.lowerBound])
                report.department = String(line[line.index(after: split.lowerBound)...])
            } else if report.administration == nil {
                report.administration = line
            }
        }
        let cells = HeaderCells(paragraphs[headerIndex])
        report.officer = cells.officer
        report.phone = cells.phone
        report.reportDate = cells.reportDate
        report.diaryNumber = cells.diaryNumber
        report.meetingDate = cells.meetingDate
        report.documentKind = cells.documentKind
        report.department = report.department ?? cells.department

        var rest = Array(paragraphs[(headerIndex + 1)...]).filter { !isPlaceholder($0) }
        // The title: the first paragraph, up to the proposal's heading when it runs on into it.
        var proposalText: [String] = []
        var hasProposal = false
        if let first = rest.first {
            rest.removeFirst()
            if let heading = proposalHeading(in: first) {
                report.title = cleanTitle(String(first[..<heading.lowerBound]))
                proposalText.append(String(first[heading.upperBound...]))
                hasProposal = true
            } else {
                report.title = cleanTitle(first)
                if let next = rest.first, let heading = proposalHeading(in: next), heading.lowerBound == next.startIndex {
                    rest.removeFirst()
                    proposalText.append(String(next[heading.upperBound...]))
                    hasProposal = true
                }
            }
        }
        // The proposal: its paragraphs until the first heading of the body.
        // A second lead-in ("I Kommunfullmäktige") proposes to another body: this committee's proposal ends before it.
        while hasProposal, let next = rest.first, heading(of: next) == nil, !isSignature(next), proposalText.count < 12, !isLeadIn(next) {
            proposalText.append(next)
            rest.removeFirst()
        }
        // A lead-in on the proposal's first line ("Styrelsen för Förvaltnings AB Framtiden: Motionen …").
        proposalText = proposalText.filter { !$0.trimmedOfSpace.isEmpty }
        // Only a body's name: a clause that itself ends in a colon ("… beslutar att anta följande:") keeps it.
        if let first = proposalText.first.map(\.foldingWhiteSpace), let colon = first.firstIndex(of: ":"),
           first.distance(from: first.startIndex, to: colon) <= 100, !first[..<colon].contains("."), first[..<colon].contains(" "),
           !first[..<colon].lowercased().contains(" att "), first[..<colon].split(separator: " ").count <= 8, leadingNumber(first) == nil {
            proposalText[0] = String(first[first.index(after: colon)...])
        }
        report.proposal = clauses(of: proposalText)

        // The body: sections by their headings; the end's lists; signatures last.
        let (body, signatories) = splitSignatures(rest)
        report.signatories = signatories
        var section: (heading: String, paragraphs: [String])?
        var listTarget: WritableKeyPath<ParsedReport, [String]>?
        func close() {
            if let section, !section.paragraphs.isEmpty {
                if ["bilaga", "bilagor"].contains(section.heading.lowercased()) {
                    report.attachments += section.paragraphs.flatMap(numberedEntries)
                } else {
                    report.sections.append(DocumentSection(heading: section.heading, paragraphs: section.paragraphs))
                }
            }
            section = nil
        }
        for paragraph in body {
            if let (name, text) = heading(of: paragraph) {
                close()
                listTarget = ReportLists.field(name)
                if let target = listTarget {
                    if !text.isEmpty { report[keyPath: target] += entries(of: text, for: target) }
                    continue
                }
                section = (name, text.isEmpty ? [] : [text])
            } else if let target = listTarget {
                report[keyPath: target] += entries(of: paragraph, for: target)
            } else if var current = section {
                // A sentence a page's end cut in two: the part without its full stop, the rest in lowercase.
                let text = paragraph.foldingWhiteSpace
                if let last = current.paragraphs.last, let end = last.last, !".!?:;”\")".contains(end), text.first?.isLowercase == true {
                    current.paragraphs[current.paragraphs.count - 1] = last + " " + text
                } else {
                    current.paragraphs.append(text)
                }
                section = current
            } else {
                section = ("Ärendet", [paragraph.foldingWhiteSpace])
            }
        }
        close()
        return report
    }

    // MARK: The proposal

    /// "Förslag till beslut", with the lead-in that follows it ("I valnämnd, kommunstyrelse och
    /// kommunfullmäktige:", "Äldre samt vård- och omsorgsnämnden:", "I byggnadsnämnden"), as a range of the text.
    static func proposalHeading(in paragraph: String) -> Range<String.Index>? {
        let lowered = paragraph.lowercased()
        guard let found = lowered.range(of: "förslag till beslut") else { return nil }
        // Only as the paragraph's start or after the title, never inside a sentence of the body.
        let before = paragraph[..<found.lowerBound]
        if let last = before.trimmedOfSpace.last, ".:;,".contains(last) { return nil }
        var end = found.upperBound
        let after = paragraph[end...]
        let trimmed = after.drop(while: { $0 == " " })
        // A lead-in ends at its colon, when one comes before the first clause.
        let firstMarker = clauseStart(in: trimmed)
        if let colon = trimmed.firstIndex(of: ":"), trimmed.distance(from: trimmed.startIndex, to: colon) <= 160,
           firstMarker.map({ colon < $0 }) ?? true,
           !trimmed[..<colon].contains(".") || trimmed.hasPrefix("I ") {
            end = trimmed.index(after: colon)
        } else if trimmed.hasPrefix("I ") {
            // "I byggnadsnämnden" alone, or "I utbildningsnämnden -  Att …": up to the first clause.
            end = firstMarker ?? (trimmed.count <= 80 ? trimmed.endIndex : end)
        }
        return found.lowerBound..<end
    }

    /// "I Kommunfullmäktige", alone: the body a part of the proposal is for.
    private static func isLeadIn(_ paragraph: String) -> Bool {
        let text = paragraph.foldingWhiteSpace
        return text.hasPrefix("I ") && text.count <= 60 && !text.contains(".") && text.dropFirst(2).first?.isUppercase == true
    }

    /// Where the first clause begins: a number ("1. ", "1) "), a dash item, or "Att ".
    private static func clauseStart(in text: Substring) -> String.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            let atWordStart = index == text.startIndex || text[text.index(before: index)] == " "
            if atWordStart, rest.hasPrefix("1. ") || rest.hasPrefix("1) ") || rest.hasPrefix("- ") || rest.hasPrefix("Att ") { return index }
            index = text.index(after: index)
        }
        return nil
    }

    /// The clauses of the proposal's paragraphs: numbered points (also run together on one line),
    /// dash items, or each paragraph whole; the markers removed, the text as written.
    static func clauses(of paragraphs: [String]) -> [String] {
        var clauses: [String] = []
        for paragraph in paragraphs {
            let text = paragraph.foldingWhiteSpace.trimming(" ")
            guard !text.isEmpty else { continue }
            let points = numberedPoints(text)
            if points.count > 1 || text.hasPrefix("1. ") || text.hasPrefix("1) ") {
                clauses += points
            } else if text.hasPrefix("- ") || text.hasPrefix("– ") {
                clauses += text.split(separator: " - ").map { String($0).trimming("-– ") }.filter { !$0.isEmpty }
            } else if let number = leadingNumber(text), number > 1 {
                clauses += numberedPoints(text, from: number)
            } else {
                clauses.append(text)
            }
        }
        return clauses.map(joiningCutWords)
    }

    /// "1. a … 2. b …" (or "1) …") split at each next number in turn; a number that is not
    /// the next one ("§ 3.", "bilaga 5") stays in the text.
    static func numberedPoints(_ text: String, from first: Int = 1) -> [String] {
        var points: [String] = []
        var current = ""
        var expected = first
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            let atWordStart = index == text.startIndex || text[text.index(before: index)] == " "
            // "§ 3.", "bilaga 2.": a number a reference ends with, not the next point.
            let previousWord = current.split(separator: " ").last.map { $0.lowercased() } ?? ""
            let isReference = ["§", "kap.", "kap", "bilaga", "bilagorna", "punkt", "punkterna", "nr", "p.", "sid."].contains(previousWord)
            if atWordStart, !isReference, let marker = ["\(expected). ", "\(expected)) "].first(where: { rest.hasPrefix($0) }) {
                if !current.trimmedOfSpace.isEmpty { points.append(current.trimming(" ")) }
                current = ""
                expected += 1
                index = text.index(index, offsetBy: marker.count)
                continue
            }
            current.append(text[index])
            index = text.index(after: index)
        }
        if !current.trimmedOfSpace.isEmpty { points.append(current.trimming(" ")) }
        return points
    }

    private static func leadingNumber(_ text: String) -> Int? {
        let digits = text.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 2 else { return nil }
        let rest = text.dropFirst(digits.count)
        return rest.hasPrefix(". ") || rest.hasPrefix(") ") ? Int(digits) : nil
    }

    // MARK: Headings

    /// Headings that open a paragraph in such text: those every report uses, and those of document systems'
    /// templates; the longest first, so that "sammanfattning av ärendet" is one heading, not "sammanfattning".
    static let headings = ReportParser.commonHeadings.union([
        "sammanfattning av ärendet", "beskrivning av ärendet", "bakgrund och syfte", "stadsledningskontorets bedömning",
        "bedömning ur ekonomisk dimension", "bedömning ur ekologisk dimension", "bedömning ur social dimension", "juridisk bedömning",
        "samverkan", "övervägande", "expedieras", "ärendet expedieras till", "remisshantering",
    ]).sorted { ($0.count, $0) > ($1.count, $1) }

    /// The paragraph's heading and the text after it, when it opens with one (followed by nothing, or by a new sentence).
    static func heading(of paragraph: String) -> (String, String)? {
        // Only the paragraph's opening is looked at: the longest heading is some forty letters.
        let lowered = String(paragraph.prefix(60)).foldingWhiteSpace.lowercased()
        guard headings.contains(where: { lowered.hasPrefix($0) }) else { return nil }
        let text = paragraph.foldingWhiteSpace
        for name in headings where lowered.hasPrefix(name) {
            let rest = text.dropFirst(name.count)
            guard rest.isEmpty || rest.first == " " || rest.first == ":" else { continue }
            let after = rest.drop(while: { $0 == " " || $0 == ":" })
            guard after.isEmpty || after.first?.isUppercase == true || after.first?.isNumber == true || ReportLists.field(name) != nil else { continue }
            return (String(text.prefix(name.count)), String(after))
        }
        return nil
    }

    /// A list's entries: numbered entries each their own, else the paragraph whole without its final full stop;
    /// recipients after "Ärendet expedieras till" read from the sentence.
    private static func entries(of paragraph: String, for target: WritableKeyPath<ParsedReport, [String]>) -> [String] {
        var text = paragraph.foldingWhiteSpace
        if target == \ParsedReport.recipients, let range = text.range(of: "expedieras till ") ?? text.range(of: "skickas till ") {
            text = String(text[range.upperBound...])
        }
        return numberedEntries(text)
    }

    private static func numberedEntries(_ paragraph: String) -> [String] {
        let text = paragraph.foldingWhiteSpace
        let points = text.hasPrefix("1.") || text.hasPrefix("1 ") ? numberedPoints(text.hasPrefix("1 ") ? "1. " + text.dropFirst(2) : text) : [text]
        return points.map { $0.trimming(" ") }.map(\.withoutFinalFullStop).filter { !$0.isEmpty }
    }

    // MARK: Signatures

    /// The signatures at the end: names in columns over their titles, perhaps under the administration's name.
    static func splitSignatures(_ paragraphs: [String]) -> (body: [String], signatories: [String]) {
        var end = paragraphs.count
        var names: [String] = []
        while end > 0 {
            let paragraph = paragraphs[end - 1]
            if isPlaceholder(paragraph) || isAttachmentMark(paragraph) { end -= 1; continue }
            // Names, the row of their titles under them, or the administration's name above them.
            guard isSignature(paragraph) || (isSignatureBlock(paragraph) && columns(paragraph.foldingWhiteSpace).count <= 3
                                             && paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" }).count <= 14) else { break }
            names = signatureNames(paragraph) + names
            end -= 1
        }
        return (Array(paragraphs[..<end]), names)
    }

    /// A block of signatures: short lines of columns, no sentence, and at least one person's name.
    static func isSignature(_ paragraph: String) -> Bool {
        isSignatureBlock(paragraph) && !signatureNames(paragraph).isEmpty
    }

    /// Short lines of columns, no sentence and no heading: a signature block, a row of titles or the administration's name.
    static func isSignatureBlock(_ paragraph: String) -> Bool {
        // Four lines of at most a few columns: a longer paragraph is text.
        guard paragraph.utf8.count <= 600, heading(of: paragraph) == nil else { return false }
        let lines = paragraph.split(separator: "\n")
        guard !lines.isEmpty, lines.count <= 4 else { return false }
        return lines.allSatisfy { line in
            let cells = columns(String(line))
            // A line of dots to sign on is no sentence either.
            return cells.allSatisfy { cell in
                cell.allSatisfy { ".…_".contains($0) } || (cell.count <= 100 && !cell.hasSuffix(".") && !cell.contains(". "))
            }
        }
    }

    private static func signatureNames(_ paragraph: String) -> [String] {
        paragraph.split(separator: "\n").flatMap { columns(String($0)) }.compactMap { cell in
            // The name's words, up to the first that is not a name's (a title, "VD", "Förvaltningsdirektör").
            var words: [String] = []
            for word in cell.split(separator: " ").map(String.init) {
                guard HeaderCells.isNameWord(word), !word.hasSuffix(","), !HeaderCells.isTitleWord(word) else { break }
                words.append(word)
            }
            return (2...4).contains(words.count) ? words.joined(separator: " ") : nil
        }
    }

    /// A line's columns: cells set apart by three or more spaces.
    static func columns(_ line: String) -> [String] {
        LayoutText.cellsWithColumns(line, gap: 3).map(\.text)
    }

    // MARK: Text

    /// A template's leftover ("Datum: åååå-mm-dd") or a page's mark.
    private static func isPlaceholder(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 80 else { return false }
        let text = paragraph.foldingWhiteSpace.lowercased()
        return text.contains("åååå-mm-dd") || text == "slut" || text == "datum" || ReportBlocks.isPageFurniture(text)
            || (text.hasPrefix("[pdf page") && text.hasSuffix("]"))
    }

    private static func isAttachmentMark(_ paragraph: String) -> Bool {
        let words = paragraph.foldingWhiteSpace.split(separator: " ")
        return words.count == 2 && words[0].lowercased() == "bilaga" && words[1].allSatisfy(\.isNumber)
    }

    /// A title as a person reads it: a word cut at a line's end joined, no final full stop.
    static func cleanTitle(_ text: String) -> String? {
        let title = joiningCutWords(text.foldingWhiteSpace.trimming(" ")).withoutFinalFullStop
        return title.isEmpty ? nil : title
    }

    /// "Europa- parlamentet" → "Europaparlamentet": a hyphen and a space inside a word, from the document's line
    /// breaks. Kept where the hyphen stands for a word left out ("Miljö- och klimatnämnden", "vård- eller").
    static func joiningCutWords(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var joined: [String] = []
        for word in words {
            if let previous = joined.last, previous.count > 2, previous.hasSuffix("-"), previous.dropLast().last?.isLowercase == true,
               let first = word.first, first.isLowercase, !["och", "eller", "samt", "till", "som", "respektive"].contains(word.trimming(",.;:")) {
                joined[joined.count - 1] = String(previous.dropLast()) + word
            } else {
                joined.append(word)
            }
        }
        return joined.joined(separator: " ")
    }

}

extension StringProtocol {
    var trimmedOfSpace: String {
        String(self).trimming(" \t\n\r")
    }
}
