/// Checks on the ISO 8601 texts the model keeps dates and times in. The schema
/// checks their shape; these check that the day exists in the calendar.
public enum CalendarDate {
    /// True for an existing day written YYYY-MM-DD (proleptic Gregorian).
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}

extension CalendarDate {
    /// Day of the week of a valid ISO date, 0 = Monday … 6 = Sunday.
    public static func weekday(of text: String) -> Int? {
        guard isValid(text) else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var year = parts[0]
        let month = parts[1]
        let day = parts[2]
        // Sakamoto's method: 0 = Sunday.
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        if month < 3 { year -= 1 }
        let sundayBased = (year + year / 4 - year / 100 + year / 400 + offsets[month - 1] + day) % 7
        return (sundayBased + 6) % 7
    }
}

extension CalendarDate {
    /// A valid ISO date moved by a number of days, across months and years.
    public static func adding(days: Int, to text: String) -> String? {
        guard isValid(text) else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var (year, month, day) = (parts[0], parts[1], parts[2] + days)
        while day > daysIn(month: month, year: year) {
            day -= daysIn(month: month, year: year)
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        while day < 1 {
            (year, month) = month == 1 ? (year - 1, 12) : (year, month - 1)
            day += daysIn(month: month, year: year)
        }
        return padded(year, to: 4) + "-" + padded(month, to: 2) + "-" + padded(day, to: 2)
    }

    /// The last day to appeal a decision (laglighetsprövning, kommunallagen 13 kap. 5 §): three weeks
    /// after the notice of the approved minutes was posted; a last day on a Saturday or Sunday moves
    /// to the Monday after (lagen om beräkning av lagstadgad tid). Public holidays are not known here.
    public static func lastDayOfAppeal(posted: String) -> String? {
        guard let threeWeeks = adding(days: 21, to: posted), let weekday = weekday(of: threeWeeks) else { return nil }
        return weekday >= 5 ? adding(days: 7 - weekday, to: threeWeeks) : threeWeeks
    }
}

private func padded(_ value: Int, to width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
