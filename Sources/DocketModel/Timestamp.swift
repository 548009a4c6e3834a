import Foundation

/// Times as the store writes them.
public enum Timestamp {
    /// RFC 3339 with the offset of the committee's zone: 2026-11-29T14:02:11+01:00.
    public static func rfc3339(_ date: Date, in zone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// A note id that sorts by time and cannot collide: n-20261129t140211-5f3a9c0e.
    public static func noteID(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd't'HHmmss"
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return "n-\(formatter.string(from: date))-\(String(repeating: "0", count: 8 - random.count))\(random)"
    }
}
