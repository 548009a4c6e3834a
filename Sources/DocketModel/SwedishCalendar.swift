/// The names a Swedish protokoll gives days and months.
public enum SwedishCalendar {
    public static let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                                "november", "december"]
    public static let weekdays = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

    /// "15 december 2026" from "2026-12-15"; the text as given when it is no date.
    public static func dayMonthYear(_ iso: String) -> String {
        guard let parts = CalendarDate.parts(of: iso) else { return iso }
        return "\(parts.day) \(months[parts.month - 1]) \(parts.year)"
    }
}
