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
