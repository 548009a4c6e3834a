/// Checks on the ISO 8601 texts the model keeps dates and times in. The schema
/// checks their shape; these check that the day exists in the calendar.
public enum CalendarDate {
    /// True for an existing day written YYYY-MM-DD (proleptic Gregorian).
    public static func isValid(_ text: String) -> Bool {
        parts(of: text) != nil
    }

    /// Year, month and day of an existing day written YYYY-MM-DD, read byte by byte
    /// (a list of two hundred meetings asks for each date on every frame).
    public static func parts(of text: String) -> (year: Int, month: Int, day: Int)? {
        var fields = [0, 0, 0]
        var field = 0
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard digits == (field == 0 ? 4 : 2), field < 2 else { return nil }
                field += 1
                digits = 0
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                fields[field] = fields[field] * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            }
        }
        guard field == 2, digits == 2 else { return nil }
        let (year, month, day) = (fields[0], fields[1], fields[2])
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return (year, month, day)
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
        guard let (calendarYear, month, day) = parts(of: text) else { return nil }
        var year = calendarYear
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
        guard var (year, month, day) = parts(of: text) else { return nil }
        day += days
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
    /// after the notice of the approved minutes was posted; a last day that is a Saturday, a Sunday,
    /// a public holiday, midsommarafton, julafton or nyårsafton moves to the next working day
    /// (lagen (1930:173) om beräkning av lagstadgad tid).
    public static func lastDayOfAppeal(posted: String) -> String? {
        guard var day = adding(days: 21, to: posted) else { return nil }
        while !isWorkingDay(day) {
            guard let next = adding(days: 1, to: day) else { return nil }
            day = next
        }
        return day
    }

    /// Monday to Friday, and not a Swedish public holiday or a day treated as one.
    public static func isWorkingDay(_ text: String) -> Bool {
        guard let weekday = weekday(of: text) else { return false }
        return weekday < 5 && !swedishHolidays(year: Int(text.prefix(4)) ?? 0).contains(text)
    }

    /// Sweden's public holidays of a year (lagen (1989:253) om allmänna helgdagar) that can fall on a
    /// weekday, with midsommarafton, julafton and nyårsafton, which the law on time limits treats as holidays.
    public static func swedishHolidays(year: Int) -> Set<String> {
        func date(_ month: Int, _ day: Int) -> String { padded(year, to: 4) + "-" + padded(month, to: 2) + "-" + padded(day, to: 2) }
        let easter = easterSunday(year: year)
        let relative = [-2, 1, 39].compactMap { adding(days: $0, to: easter) }   // långfredagen, annandag påsk, Kristi himmelsfärds dag
        // Midsommarafton: the Friday between 19 and 25 June.
        let midsummerEve = (19...25).map { date(6, $0) }.first { weekday(of: $0) == 4 } ?? date(6, 19)
        return Set([date(1, 1), date(1, 6), date(5, 1), date(6, 6), date(12, 24), date(12, 25), date(12, 26), date(12, 31), midsummerEve]
                   + relative)
    }

    /// Easter Sunday (the anonymous Gregorian algorithm).
    public static func easterSunday(year: Int) -> String {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return padded(year, to: 4) + "-" + padded(month, to: 2) + "-" + padded(day, to: 2)
    }
}

private func padded(_ value: Int, to width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
