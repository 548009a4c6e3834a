import DocketText

/// The minutes as plain text, 72 columns wide: headings underlined, labels in
/// a column, clauses and paragraphs wrapped, named votes in aligned columns.
public enum TextMinutes {
    public static let width = 72

    public static func render(_ document: MinutesDocument, metrics: TextMetrics = TextMetrics()) -> String {
        let wrapper = TextWrapper(metrics: metrics)
        // The label column fits the longest label ("Förvaringsplats för protokollet"), within half the page.
        let labels = (document.header + document.notice.fields).map { metrics.width(of: InertText.make($0.label)) }
        let labelWidth = min(width / 2, max(30, (labels.max() ?? 0) + 2))
        var out: [String] = []
        func underline(_ text: String, _ mark: Character) {
            out += [text, String(repeating: mark, count: max(3, metrics.width(of: text))), ""]
        }
        func wrapped(_ text: String, indent: Int = 0) {
            out += wrapper.wrap(InertText.make(text), width: width - indent).map { String(repeating: " ", count: indent) + $0 }
        }
        func field(_ field: MinutesDocument.Field) {
            for (index, line) in field.lines.enumerated() {
                let label = index == 0 ? InertText.make(field.label) : ""
                let pad = String(repeating: " ", count: max(1, labelWidth - metrics.width(of: label)))
                let lines = wrapper.wrap(InertText.make(line), width: width - labelWidth)
                for (row, text) in lines.enumerated() {
                    out.append((row == 0 ? label + pad : String(repeating: " ", count: labelWidth)) + text)
                }
            }
        }
        underline(InertText.make(document.title).uppercased(), "=")
        if let subtitle = document.subtitle { out += [InertText.make(subtitle), ""] }
        out += [InertText.make("\(document.committee), \(document.municipality)"), ""]
        for headerField in document.header { field(headerField) }
        for paragraph in document.paragraphs {
            out.append("")
            let number = paragraph.number.map { "§ \($0)  " } ?? ""
            underline(number + InertText.make(paragraph.title), "-")
            for block in paragraph.blocks {
                switch block {
                case .heading(let text): out.append(InertText.make(text))
                case .text(let text):
                    wrapped(text)
                    out.append("")
                case .clauses(let clauses):
                    for clause in clauses { wrapped(clause, indent: 2) }
                    out.append("")
                case .lines(let lines):
                    for line in lines { wrapped("- " + line, indent: 2) }
                    out.append("")
                case .table(let columns, let rows):
                    let cells = ([columns] + rows).map { $0.map(InertText.make) }
                    let widths = columns.indices.map { column in cells.map { metrics.width(of: $0[column]) }.max() ?? 0 }
                    for row in cells {
                        out.append(row.enumerated().map { column, text in
                            text + String(repeating: " ", count: widths[column] - metrics.width(of: text))
                        }.joined(separator: "  ").trimmingTrailingSpaces)
                    }
                    out.append("")
                }
            }
        }
        out.append("")
        underline(InertText.make(document.signaturesTitle), "-")
        for signature in document.signatures {
            out += ["", "", String(repeating: "_", count: 36), InertText.make(signature.name), InertText.make(signature.role)]
        }
        out.append("")
        out.append("")
        underline(InertText.make(document.notice.title), "-")
        wrapped(document.notice.statement)
        out.append("")
        for noticeField in document.notice.fields { field(noticeField) }
        out += ["", "", String(repeating: "_", count: 36), ""]
        return out.joined(separator: "\n")
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
