import DocketModel

/// Dates as Swedish reports write them: 2004-01-09, 2004-01-09 in a sentence,
/// "den 4 november 2003", and "den 24 mars" (no year, which is never guessed).
enum SwedishDate {
    static let months = SwedishCalendar.months

    /// A line that is only an ISO date.
    static func iso(_ line: String) -> String? {
        let parts = line.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]), (1...31).contains(day) else { return nil }
        return line
    }

    /// A date written out in words, with its place in the text.
    struct Written: Equatable {
        /// YYYY-MM-DD, or nil when the text gives no year.
        let iso: String?
        /// As written: "4 november 2003", "24 mars".
        let text: String
    }

    /// Every "D month [YYYY]" in a text, in order.
    static func written(in text: String) -> [Written] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        var found: [Written] = []
        for index in words.indices.dropLast() {
            guard let day = Int(words[index]), (1...31).contains(day) else { continue }
            let monthWord = words[index + 1].lowercased().trimming(".,;:)")
            guard let month = months.firstIndex(of: monthWord) else { continue }
            let yearWord = index + 2 < words.count ? words[index + 2].trimming(".,;:)") : ""
            if yearWord.count == 4, let year = Int(yearWord), (1900...2200).contains(year) {
                let iso = String(format: "%04d-%02d-%02d", year, month + 1, day)
                found.append(Written(iso: iso, text: "\(day) \(months[month]) \(year)"))
            } else {
                found.append(Written(iso: nil, text: "\(day) \(months[month])"))
            }
        }
        return found
    }
}

extension String {
    func trimming(_ set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
