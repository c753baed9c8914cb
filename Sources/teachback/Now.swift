import Words
import Foundation

/// "Now" for every command: the system clock, or the test clock.
///
/// For testing only: `TEACHBACK_NOW=2026-12-01T09:00:00Z` (or a day, `2026-12-01`, meaning 09:00 that day in the
/// local time zone) makes every command start at that instant; time then runs on from it as the real clock does, so
/// a session still takes the time it takes. Scripts use it to simulate a week of daily sessions in seconds.
enum Now {
    static let processStart = Date()
    static let startInstant: Date? = {
        guard let text = ProcessInfo.processInfo.environment["TEACHBACK_NOW"], !text.isEmpty else { return nil }
        guard let date = parse(text) else {
            printError(
                Message(
                    "error: TEACHBACK_NOW='{value}' is not a time like 2026-12-01T09:00:00Z or a day like 2026-12-01; unset it to use the real clock",
                    ["value": text]))
            exit(1)
        }
        // Times before 1970 (and far after 2100) are no test clock anyone means; some date arithmetic (whole days
        // since the epoch, as UInt) would trap on them.
        guard date.timeIntervalSince1970 >= 0, date.timeIntervalSince1970 < 4_102_444_800 else {
            printError(
                Message(
                    "error: TEACHBACK_NOW='{value}' is outside 1970–2099; set a time in that range, or unset it to use the real clock",
                    ["value": text]))
            exit(1)
        }
        return date
    }()

    /// The current instant.
    static func current() -> Date {
        guard let start = startInstant else { return Date() }
        return start.addingTimeInterval(Date().timeIntervalSince(processStart))
    }

    static func parse(_ text: String) -> Date? {
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        if let date = iso.date(from: text) { return date }
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.timeZone = .current
        day.dateFormat = "yyyy-MM-dd HH:mm"
        return text.count == 10 ? day.date(from: text + " 09:00") : nil
    }
}
