/// A layout extraction's lines made plain before they are read: labels printed in
/// columns over their values become "Label: value" lines, a label standing alone takes
/// the line under it, and the pages' furniture that is not a page number alone — a
/// footer with the municipality's address, phone and web address, "[PDF page 2 of 4]",
/// the municipality's name beside a later page's number, a header repeated at a page's
/// top without a form feed — is taken out. An officer named only in a footer is kept.
struct LayoutText {
    let text: String
    /// "Handläggare: Maria Holm, Telefon …" in a page's footer: the officer's name.
    let footerOfficer: String?

    /// Labels a header prints in columns, with the values on the line below.
    static let columnLabels = ["datum", "vårt datum", "ert datum", "vår beteckning", "er beteckning", "diarienummer", "dnr", "ärendenummer",
                               "handläggare", "beslutsdatum"]
    /// Labels that stand alone on a line, their value on the next.
    static let loneLabels = ["handläggare", "kontaktperson", "föredragande"]

    init(_ raw: String) {
        let lines = raw.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let opening = Set(lines.prefix(15).map { $0.trimming(" \u{0C}") }.filter { !$0.isEmpty })
        var out: [String] = []
        var officer: String?
        var afterPageMark = false
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimming(" \u{0C}")
            let lowered = trimmed.lowercased()
            // Labels in columns: each value is what stands under its label.
            if let values = LayoutText.columnValues(labels: line, values: LayoutText.nextText(after: index, in: lines)?.line) {
                out += values
                index = (LayoutText.nextText(after: index, in: lines)?.index ?? index) + 1
                continue
            }
            if LayoutText.loneLabels.contains(lowered.trimming(":")), let next = LayoutText.nextText(after: index, in: lines) {
                out.append(trimmed.trimming(":") + ": " + next.line.trimming(" "))
                index = next.index + 1
                // A phone number under the name is the officer's.
                if let phone = LayoutText.nextText(after: next.index, in: lines), phone.line.trimming(" ").first?.isNumber == true,
                   phone.line.filter(\.isNumber).count >= 6, !phone.line.contains(where: \.isLetter) {
                    out.append("Tfn: " + phone.line.trimming(" "))
                    index = phone.index + 1
                }
                continue
            }
            if LayoutText.isFooter(lowered) {
                if officer == nil, lowered.hasPrefix("handläggare") {
                    officer = String(trimmed.dropFirst("handläggare".count)).trimming(": ").split(separator: ",").first.map { String($0).trimming(" ") }
                }
                afterPageMark = true
                index += 1
                continue
            }
            if LayoutText.isPageMark(trimmed) {
                afterPageMark = true
                index += 1
                continue
            }
            // The document's opening lines again right after a page's end: a running header.
            if afterPageMark, !trimmed.isEmpty {
                if opening.contains(trimmed) { index += 1; continue }
                afterPageMark = false
            }
            out.append(line)
            index += 1
        }
        text = out.joined(separator: "\n")
        footerOfficer = officer
    }

    private static func nextText(after index: Int, in lines: [String]) -> (line: String, index: Int)? {
        var next = index + 1
        while next < lines.count, lines[next].trimming(" \u{0C}").isEmpty { next += 1 }
        return next < lines.count ? (lines[next], next) : nil
    }

    /// "Datum   Vår beteckning   Er beteckning" over "2019-03-04   SN 2019/0123   Lst 505-1234-2019".
    static func columnValues(labels line: String, values: String?) -> [String]? {
        guard let values else { return nil }
        let cells = cellsWithColumns(line)
        guard cells.count >= 2, cells.allSatisfy({ columnLabels.contains($0.text.lowercased().trimming(":")) }) else { return nil }
        let characters = Array(values)
        var lines: [String] = []
        for (position, cell) in cells.enumerated() {
            let start = min(cell.column, characters.count)
            let end = position + 1 < cells.count ? min(cells[position + 1].column, characters.count) : characters.count
            let value = String(characters[start..<max(start, end)]).trimming(" ")
            if !value.isEmpty { lines.append(cell.text.trimming(":") + ": " + value) }
        }
        return lines.isEmpty ? nil : lines
    }

    /// A line's cells (set apart by `gap` or more spaces; a shorter run is one space) with the column each starts at.
    static func cellsWithColumns(_ line: String, gap: Int = 2) -> [(text: String, column: Int)] {
        var cells: [(String, Int)] = []
        var current = ""
        var start = 0
        var spaces = 0
        for (column, character) in line.enumerated() {
            if character == " " {
                spaces += 1
                continue
            }
            if spaces >= gap, !current.isEmpty {
                cells.append((current, start))
                current = ""
            } else if spaces > 0, !current.isEmpty {
                current += " "
            }
            if current.isEmpty { start = column }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { cells.append((current, start)) }
        return cells
    }

    static func columnsOf(_ line: String) -> [String] { cellsWithColumns(line).map(\.text) }

    /// A footer: an address, a switchboard, a web address (not inside a sentence).
    static func isFooter(_ lowered: String) -> Bool {
        let marks = ["postadress", "besöksadress", "org.nr", "org. nr", "www.", "http://", "https://", "växel"]
        return marks.contains { lowered.contains($0) } && !lowered.hasSuffix(".") || (lowered.hasPrefix("handläggare") && lowered.contains("www."))
    }

    /// "[PDF page 2 of 4]", or a later page's number beside the municipality's name ("ÅSBRO KOMMUN   2 (3)").
    static func isPageMark(_ line: String) -> Bool {
        let lowered = line.lowercased()
        if lowered.hasPrefix("[pdf page"), lowered.hasSuffix("]") { return true }
        let cells = columnsOf(line)
        guard cells.count >= 2, let last = cells.last, ReportBlocks.isPageFurniture(last) else { return false }
        // Page one's number stands beside the administration's name, which stays.
        return !(last.hasPrefix("1 ") || last.lowercased().hasPrefix("sida 1 "))
    }
}
