import DocketText

/// The minutes as one standalone HTML file, styled for print on A4: a § is
/// kept on one page when it fits (page breaks fall between items, only where
/// needed); the signatures and the notice of posting are never split.
public enum HTMLMinutes {
    public static func render(_ document: MinutesDocument, language: String) -> String {
        var out: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"\(escape(language))\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>\(escape(document.title)) – \(escape(document.committee)) \(escape(document.meetingDate))</title>",
            "<style>",
            style,
            "</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(escape(document.title))</h1>",
        ]
        if let subtitle = document.subtitle { out.append("<p class=\"subtitle\">\(escape(subtitle))</p>") }
        out.append("<p class=\"committee\"><strong>\(escape(document.committee))</strong>, \(escape(document.municipality))</p>")
        out.append("<dl>")
        for field in document.header { out += fieldLines(field) }
        out += ["</dl>", "</header>"]
        for paragraph in document.paragraphs {
            out.append("<section class=\"paragraph\">")
            let number = paragraph.number.map { "<span class=\"number\">§ \($0)</span> " } ?? ""
            out.append("<h2>\(number)\(escape(paragraph.title))</h2>")
            for block in paragraph.blocks {
                switch block {
                case .heading(let text): out.append("<h3>\(escape(text))</h3>")
                case .text(let text): out.append("<p>\(escape(text))</p>")
                case .clauses(let clauses): out += clauses.map { "<p class=\"clause\">\(escape($0))</p>" }
                case .lines(let lines): out += ["<ul>"] + lines.map { "<li>\(escape($0))</li>" } + ["</ul>"]
                case .table(let columns, let rows):
                    out.append("<table class=\"votes\">")
                    out.append("<thead><tr>" + columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>")
                    out.append("<tbody>")
                    out += rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>" }
                    out += ["</tbody>", "</table>"]
                }
            }
            out.append("</section>")
        }
        out += ["<section class=\"signatures\">", "<h2>\(escape(document.signaturesTitle))</h2>"]
        for signature in document.signatures {
            // The name printed under the line, then the role, as a protokoll sets them.
            out.append("<div class=\"signature\"><span class=\"line\"></span><span class=\"name\">\(escape(signature.name))</span>"
                       + "<span class=\"role\">\(escape(signature.role))</span></div>")
        }
        out += ["</section>", "<section class=\"notice\">", "<h2>\(escape(document.notice.title))</h2>",
                "<p>\(escape(document.notice.statement))</p>", "<dl>"]
        for field in document.notice.fields { out += fieldLines(field) }
        out += ["</dl>", "<div class=\"signature\"><span class=\"line\"></span></div>", "</section>", "</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }

    static func fieldLines(_ field: MinutesDocument.Field) -> [String] {
        ["<dt>\(escape(field.label))</dt>"] + field.lines.map { "<dd>\(escape($0))</dd>" }
    }

    /// Inert control characters, and the five characters HTML gives meaning to.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in InertText.make(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static let style = """
        @page { size: A4; margin: 20mm 20mm 25mm 25mm; }
        body { font-family: "Georgia", "Times New Roman", serif; font-size: 11pt; line-height: 1.4; color: #000; max-width: 165mm; margin: 0 auto; }
        h1 { font-size: 20pt; margin: 0 0 2mm; }
        h2 { font-size: 13pt; margin: 8mm 0 2mm; border-bottom: 0.3mm solid #000; }
        h2 .number { display: inline-block; min-width: 18mm; }
        h3 { font-size: 11pt; margin: 4mm 0 1mm; }
        p { margin: 0 0 2mm; }
        p.clause { margin-left: 8mm; }
        .subtitle { font-style: italic; }
        dl { display: grid; grid-template-columns: 55mm 1fr; column-gap: 4mm; margin: 4mm 0; }
        dt { grid-column: 1; font-weight: bold; }
        dd { grid-column: 2; margin: 0; }
        table.votes { border-collapse: collapse; margin: 2mm 0 3mm; }
        table.votes th, table.votes td { border: 0.2mm solid #000; padding: 0.5mm 3mm; }
        table.votes td + td, table.votes th + th { text-align: center; }
        section.paragraph, section.signatures, section.notice, table.votes { break-inside: avoid; page-break-inside: avoid; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        .signature { display: inline-block; width: 70mm; margin: 12mm 8mm 0 0; vertical-align: top; }
        .signature .line { display: block; border-bottom: 0.3mm solid #000; height: 8mm; }
        .signature .role, .signature .name { display: block; }
        .signature .role { font-size: 9pt; }
        @media screen { body { margin: 10mm auto; } }
        """
}
