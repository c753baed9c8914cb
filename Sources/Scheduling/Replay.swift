import Foundation

/// Replays review histories through a scheduler: CSV in, CSV out, one row per review, cards independent.
///
/// Input header `card_id,review_time,rating`; output adds `state,step,stability,difficulty,due`.
public struct Replay {
    public static let inputHeader = "card_id,review_time,rating"
    public static let outputHeader = "card_id,review_time,rating,state,step,stability,difficulty,due"

    /// A row that cannot be replayed, with its 1-based line number in the input.
    public struct RowError: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "stdin:\(line): error: \(message)" }
    }

    let scheduler: Scheduler
    var cards: [Substring: ReviewState] = [:]

    public init(scheduler: Scheduler) { self.scheduler = scheduler }

    /// Replays a whole input text and returns the output text.
    public static func run(_ input: String, scheduler: Scheduler) throws(RowError) -> String {
        var replay = Replay(scheduler: scheduler)
        var output = outputHeader + "\n"
        var lineNumber = 0
        for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let row = line.hasSuffix("\r") ? line.dropLast() : line
            if lineNumber == 1 {
                guard row == inputHeader else {
                    throw RowError(line: 1, message: "the first line must be the header '\(inputHeader)'")
                }
                continue
            }
            if row.isEmpty { continue }
            try replay.append(row: row, line: lineNumber, to: &output)
        }
        return output
    }

    /// Replays one row and appends its output line.
    public mutating func append(row: Substring, line: Int, to output: inout String) throws(RowError) {
        let fields = row.split(separator: ",", omittingEmptySubsequences: false)
        guard fields.count == 3 else {
            throw RowError(line: line, message: "expected 3 fields (card_id,review_time,rating), found \(fields.count)")
        }
        let id = fields[0]
        guard !id.isEmpty else { throw RowError(line: line, message: "card_id is empty") }
        guard let time = Timestamp.parse(fields[1]) else {
            throw RowError(
                line: line, message: "review_time '\(fields[1])' is not an ISO-8601 UTC time like 2024-01-06T17:42:36Z")
        }
        guard let value = Int(fields[2]), let rating = Rating(rawValue: value) else {
            throw RowError(line: line, message: "rating '\(fields[2])' must be 1, 2, 3 or 4")
        }
        let date = Date(timeIntervalSince1970: TimeInterval(time))
        let before = cards[id] ?? .new(at: date)
        let after = scheduler.review(before, rating: rating, at: date)
        cards[id] = after
        output += id
        output += ","
        output += Timestamp.format(time)
        output += ","
        output += String(value)
        output += ","
        output += after.phase.rawValue
        output += ","
        if let step = after.step { output += String(step) }
        output += ","
        output += after.stability.map { "\($0)" } ?? ""
        output += ","
        output += after.difficulty.map { "\($0)" } ?? ""
        output += ","
        output += Timestamp.format(Int(after.due.timeIntervalSince1970.rounded(.down)))
        output += "\n"
    }
}

/// Whole-second UTC times in the form `2024-01-06T17:42:36Z`, without Foundation's formatters (for speed).
public enum Timestamp {
    /// Seconds since 1970 for `YYYY-MM-DDTHH:MM:SSZ`, or nil.
    public static func parse(_ text: Substring) -> Int? {
        let u = Array(text.utf8)
        guard u.count == 20, u[4] == 45, u[7] == 45, u[10] == 84, u[13] == 58, u[16] == 58, u[19] == 90 else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let d = Int(u[i]) - 48
                guard (0...9).contains(d) else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), let hh = number(11..<13),
            let mm = number(14..<16), let ss = number(17..<19), (1...12).contains(m), d >= 1,
            d <= daysIn(month: m, year: y),
            hh < 24, mm < 60, ss < 60
        else { return nil }
        return daysFromCivil(y, m, d) * 86_400 + hh * 3600 + mm * 60 + ss
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for seconds since 1970.
    public static func format(_ seconds: Int) -> String {
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        let (y, m, d) = civilFromDays(days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = y < 1000 ? String(repeating: "0", count: 4 - String(y).count) + String(y) : String(y)
        return "\(year)-\(two(m))-\(two(d))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's days_from_civil.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
