/// A report's text as blocks of lines, the damage of a PDF's extraction mended:
/// page furniture (page numbers, a header repeated on every page) removed, a word
/// broken across a page break joined, and each block's wrapped lines kept so that
/// the header can be read line by line and paragraphs rebuilt from them.
struct ReportBlocks {
    /// Blocks in order, each its trimmed lines; a block was separated from the next by a blank line or a page break.
    let blocks: [[String]]

    init(text: String) {
        var pages: [[String]] = [[]]
        for rawLine in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            // pdftotext ends each page with a form feed, which may start the next page's first line.
            var line = Substring(rawLine)
            while let feed = line.firstIndex(of: "\u{0C}") {
                pages[pages.count - 1].append(String(line[..<feed]))
                pages.append([])
                line = line[line.index(after: feed)...]
            }
            pages[pages.count - 1].append(String(line))
        }
        let firstLines = Set(pages[0].flatMap(ReportBlocks.cells).prefix(8))
        var blocks: [[String]] = []
        var current: [String] = []
        func close() {
            if !current.isEmpty { blocks.append(current) }
            current = []
        }
        for (pageIndex, page) in pages.enumerated() {
            var atTopOfPage = pageIndex > 0
            for rawLine in page {
                let cells = ReportBlocks.cells(rawLine)
                if cells.isEmpty {
                    close()
                    continue
                }
                for line in cells {
                    if ReportBlocks.isPageFurniture(line) { continue }
                    // A running header: the first page's opening lines again at the top of a later page.
                    if atTopOfPage && firstLines.contains(line) { continue }
                    atTopOfPage = false
                    current.append(line)
                }
            }
            close()
        }
        self.blocks = ReportBlocks.joiningBrokenWords(blocks)
    }

    /// A block's lines as one paragraph: wrapped lines joined by a space, a line ending
    /// in a hyphen joined without one and the hyphen kept (a real hyphen: "HIV-" "mottagning").
    static func paragraph(_ lines: [String]) -> String {
        var text = ""
        var previous: String?
        for line in lines {
            text += previous == nil || endsInCutWord(previous!) ? line : " " + line
            previous = line
        }
        return text
    }

    /// A line ending in a letter and a hyphen, looked at from its end only.
    private static func endsInCutWord(_ line: String) -> Bool {
        guard line.last == "-" else { return false }
        let hyphen = line.index(before: line.endIndex)
        return hyphen > line.startIndex && line[line.index(before: hyphen)].isLetter
    }

    /// Page numbers as layouts print them: "Sida 2 (5)", "Sida 2 av 5", "2 (5)", "- 2 -", "2".
    static func isPageFurniture(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        let digits = { (word: Substring) in !word.isEmpty && word.allSatisfy(\.isASCII) && word.allSatisfy(\.isNumber) }
        let parenthesised = { (word: Substring) in word.hasPrefix("(") && word.hasSuffix(")") && digits(word.dropFirst().dropLast()) }
        switch words.count {
        case 1: return digits(words[0])
        case 2: return digits(words[0]) && parenthesised(words[1])
        case 3:
            return (["sida", "page"].contains(words[0].lowercased()) && digits(words[1]) && parenthesised(words[2]))
                || (words[0] == "-" && digits(words[1]) && words[2] == "-")
        case 4: return ["sida", "page"].contains(words[0].lowercased()) && digits(words[1]) && ["av", "of"].contains(words[2]) && digits(words[3])
        default: return false
        }
    }

    /// A block ending in a word cut by the page ("Sha-") whose rest begins the next block ("me-festivalen"):
    /// joined into one block, the hyphen dropped when it only cut the word (a lowercase letter on both sides).
    private static func joiningBrokenWords(_ blocks: [[String]]) -> [[String]] {
        var joined: [[String]] = []
        for block in blocks {
            guard let lastBlock = joined.indices.last, let cutAt = cutWordEnd(joined[lastBlock].last),
                  let first = block.first?.first, first.isLowercase else {
                joined.append(block)
                continue
            }
            // Changed where it lies, never copied: a chain of many cut words stays linear.
            let lastLine = joined[lastBlock].count - 1
            if cutAt == .onlyCut { joined[lastBlock][lastLine].removeLast() }
            joined[lastBlock][lastLine] += block[0]
            joined[lastBlock].append(contentsOf: block.dropFirst())
        }
        return joined
    }

    private enum CutWord { case onlyCut, realHyphen }

    /// Whether a line ends in a word cut by the page, and whether its hyphen only cut it (a lowercase letter before it).
    private static func cutWordEnd(_ line: String?) -> CutWord? {
        // Indices from the end, never dropLast(), which counts the whole line.
        guard let line, line.last == "-" else { return nil }
        let hyphen = line.index(before: line.endIndex)
        guard hyphen > line.startIndex else { return nil }
        return line[line.index(before: hyphen)].isLowercase ? .onlyCut : .realHyphen
    }

    /// A line's columns: layout extraction sets a header's columns apart by long runs of
    /// spaces (four or more), and pads words with more than one; one space is enough between words.
    static func cells(_ line: some StringProtocol) -> [String] {
        var cells: [String] = []
        var words: [Substring] = []
        var spaces = 0
        var start = line.startIndex
        func endWord(at end: String.Index) {
            let text = Substring(line[start..<end])
            if !text.isEmpty { words.append(text) }
        }
        for index in line.indices {
            let character = line[index]
            if character == " " || character == "\t" || character == "\u{A0}" {
                if spaces == 0 { endWord(at: index) }
                spaces += character == "\t" ? 4 : 1
                start = line.index(after: index)
            } else {
                if spaces >= 4, !words.isEmpty {
                    cells.append(words.joined(separator: " "))
                    words = []
                }
                spaces = 0
            }
        }
        endWord(at: line.endIndex)
        if !words.isEmpty { cells.append(words.joined(separator: " ")) }
        return cells
    }
}
