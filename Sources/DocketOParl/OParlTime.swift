import DocketModel
import Foundation

/// OParl's timestamps ("2017-02-16T18:00:00+01:00", with or without fractions,
/// or a bare date) as the day and the time in the body's time zone: a meeting at
/// 00:30 local time stays on its own day whatever offset the server wrote.
public struct OParlTime: Sendable {
    let calendar: Calendar

    public init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The local day and time, "2017-02-16" and "18:00"; a bare date has no time.
    public func local(_ text: String?) -> (date: String, time: String?)? {
        guard let text else { return nil }
        if text.count == 10 { return CalendarDate.isValid(text) ? (text, nil) : nil }
        guard let instant = OParlTime.instant(text) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let hour = parts.hour, let minute = parts.minute else { return nil }
        return (String(format: "%04d-%02d-%02d", year, month, day), String(format: "%02d:%02d", hour, minute))
    }

    /// A date alone, from a date or a timestamp, in the body's time zone.
    public func day(_ text: String?) -> String? { local(text)?.date }

    static func instant(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }

    /// "2017-02-16T18:00:00+01:00" for a day and a time in the body's time zone, as OParl writes timestamps.
    public func timestamp(date: String, time: String) -> String? {
        guard let (year, month, day) = CalendarDate.parts(of: date) else { return nil }
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard clock.count == 2,
              let instant = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: clock[0], minute: clock[1])) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = calendar.timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: instant)
    }
}
