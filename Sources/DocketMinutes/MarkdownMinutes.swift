import DocketText

/// The minutes as Markdown (CommonMark with tables): labels in bold, one §
/// per second-level heading, named votes as a table. Content is escaped, so
/// a title or a statement never turns into markup.
public enum MarkdownMinutes {
    public static func render(_ document: MinutesDocument) -> String {
        var out: [String] = ["# \(escape(document.title))", ""]
        if let subtitle = document.subtitle { out += ["*\(escape(subtitle))*", ""] }
        out += ["**\(escape(document.committee))**, \(escape(document.municipality))", ""]
        for field in document.header { out += fieldLines(field) }
        for paragraph in document.paragraphs {
            let number = paragraph.number.map { "§ \($0) " } ?? ""
            out += ["## \(number)\(escape(paragraph.title))", ""]
            for block in paragraph.blocks {
                switch block {
                case .heading(let text): out += ["**\(escape(text))**", ""]
                case .text(let text): out += [escape(text), ""]
                case .clauses(let clauses): out += clauses.flatMap { [escape($0), ""] }
                case .lines(let lines): out += lines.map { "- \(escape($0, atLineStart: false))" } + [""]
                case .table(let columns, let rows):
                    out.append("| " + columns.map { escape($0) }.joined(separator: " | ") + " |")
                    out.append("|" + columns.indices.map { $0 == 0 ? "---|" : ":---:|" }.joined())
                    out += rows.map { "| " + $0.map { escape($0) }.joined(separator: " | ") + " |" }
                    out.append("")
                }
            }
        }
        out += ["## \(escape(document.signaturesTitle))", ""]
        // The line to sign on, the name printed under it, then the role, as a protokoll sets them.
        let line = String(repeating: "\\_", count: 30)
        for signature in document.signatures {
            out += ["\(line)  ", "\(escape(signature.name))  ", "*\(escape(signature.role))*", ""]
        }
        out += ["## \(escape(document.notice.title))", "", escape(document.notice.statement), ""]
        for field in document.notice.fields { out += fieldLines(field) }
        return out.joined(separator: "\n")
    }

    /// "**Label:** value", or the label over a list when there are several lines.
    static func fieldLines(_ field: MinutesDocument.Field) -> [String] {
        if field.lines.count == 1 { return ["**\(escape(field.label)):** \(escape(field.lines[0], atLineStart: false))", ""] }
        return ["**\(escape(field.label)):**", ""] + field.lines.map { "- \(escape($0))" } + [""]
    }

    /// Inert control characters, and a backslash before whatever Markdown could read as markup:
    /// emphasis, code, links, HTML, tables, entities anywhere; headings, lists and quotes at the start.
    static func escape(_ text: String, atLineStart: Bool = true) -> String {
        var out = ""
        for character in InertText.make(text) {
            if "\\`*_[]<>|~&".contains(character) { out.append("\\") }
            out.append(character)
        }
        // After a label on the same line, a "14." is no list.
        guard atLineStart else { return out }
        if let first = out.first, "#-+=".contains(first) { out.insert("\\", at: out.startIndex) }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = out.dropFirst(digits.count).first, after == "." || after == ")" {
            out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
        }
        return out
    }
}
