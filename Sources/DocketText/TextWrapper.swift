/// Breaks text into lines that fit a width, at spaces where possible and
/// otherwise between grapheme clusters, never inside one.
public struct TextWrapper: Sendable {
    public let metrics: TextMetrics

    public init(metrics: TextMetrics) {
        self.metrics = metrics
    }

    /// Wraps `text` to `width` columns. Line breaks in the text are kept. The
    /// first line starts after `firstIndent` columns, later ones after `indent`,
    /// which the caller fills (a bullet, a clause marker, spaces).
    public func wrap(_ text: String, width: Int, firstIndent: Int = 0, indent: Int = 0) -> [String] {
        var lines: [String] = []
        for (index, hardLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let startIndent = index == 0 ? firstIndent : indent
            lines += wrapLine(Substring(hardLine), width: width, firstIndent: startIndent, indent: indent)
        }
        return lines
    }

    private func wrapLine(_ text: Substring, width: Int, firstIndent: Int, indent: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var available = max(1, width - firstIndent)
        var pendingSpace = false

        func flush() {
            lines.append(current)
            current = ""
            currentWidth = 0
            available = max(1, width - indent)
            pendingSpace = false
        }

        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = metrics.width(of: word)
            let needed = wordWidth + (pendingSpace ? 1 : 0)
            if currentWidth + needed <= available {
                if pendingSpace { current += " "; currentWidth += 1 }
                current += word
                currentWidth += wordWidth
                pendingSpace = true
                continue
            }
            if currentWidth > 0 { flush() }
            if wordWidth <= available {
                current = String(word)
                currentWidth = wordWidth
                pendingSpace = true
                continue
            }
            // A word wider than the line: break it between clusters.
            for cluster in word {
                let clusterWidth = metrics.width(of: String(cluster))
                if currentWidth + clusterWidth > available, currentWidth > 0 { flush() }
                current.append(cluster)
                currentWidth += clusterWidth
            }
            pendingSpace = true
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// The longest prefix of `text` that fits `width` columns, with "…" when cut.
    /// Reads no further than the width needs: a huge text costs what fits, not its length.
    public func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        // Most texts fit: measured whole, the quick way, before cluster by cluster.
        if metrics.isSimple(text), text.unicodeScalars.count <= width { return text }
        let mark = metrics.asciiOnly ? "~" : ellipsis
        let room = width - metrics.width(of: mark)
        var used = 0
        var cut: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            used += metrics.width(of: String(text[index..<next]))
            if used > room, cut == nil { cut = index }
            if used > width {
                guard room > 0 else { return String(repeating: ".", count: max(0, width)) }
                return String(text[..<(cut ?? index)]) + mark
            }
            index = next
        }
        return text
    }

    /// At most `lines` lines of `text` wrapped to `width`, the last ending in "…"
    /// when cut: for headings, where a runaway text must not push out everything else.
    public func wrap(_ text: String, width: Int, atMost lines: Int, firstIndent: Int = 0, indent: Int = 0) -> [String] {
        // Enough of the text for the lines, and no more: each line holds at most `width` clusters.
        let limit = max(1, lines) * max(1, width) + 1
        let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) ?? text.endIndex
        var wrapped = wrap(String(text[..<end]), width: width, firstIndent: firstIndent, indent: indent)
        guard wrapped.count > lines || end < text.endIndex else { return wrapped }
        wrapped = Array(wrapped.prefix(lines))
        let mark = metrics.asciiOnly ? "~" : "…"
        let room = width - (wrapped.count == 1 ? firstIndent : indent)
        var last = wrapped[wrapped.count - 1]
        while !last.isEmpty && metrics.width(of: last) + metrics.width(of: mark) > room { last.removeLast() }
        wrapped[wrapped.count - 1] = last + mark
        return wrapped
    }
}
