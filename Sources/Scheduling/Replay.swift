// not a message (whole file): a row's problem in English for logs and tests; `teachback schedule replay` says it through the catalogue.
import Foundation

/// Replays review histories through a scheduler: CSV in, CSV out, one row per review, cards independent.
///
/// Input header `card_id,review_time,rating`; output adds `state,step,stability,difficulty,due`.
public struct Replay {
    public static let inputHeader = "card_id,review_time,rating"
    public static let outputHeader = "card_id,review_time,rating,state,step,stability,difficulty,due"

    /// A row that cannot be replayed, with its 1-based line number in the input.
    public struct RowError: Error, Equatable, CustomStringConvertible {
        /// What is wrong with the row: data, said in words by the command (`message` is its English).
        public enum Problem: Equatable, Sendable {
            case header(expected: String)
            case fieldCount(found: Int)
            case emptyID
            case time(String)
            case rating(String)
        }
        public var line: Int
        public var problem: Problem
        public var message: String {
            switch problem {
            case .header(let expected): "the first line must be the header '\(expected)'"
            case .fieldCount(let found): "expected 3 fields (card_id,review_time,rating), found \(found)"
            case .emptyID: "card_id is empty"
            case .time(let text): "review_time '\(text)' is not an ISO-8601 UTC time like 2024-01-06T17:42:36Z"
            case .rating(let text): "rating '\(text)' must be 1, 2, 3 or 4"
            }
        }
        public var description: String { "stdin:\(line): error: \(message)" }
    }

    let scheduler: Scheduler
    var cards: [String: ReviewState] = [:]

    public init(scheduler: Scheduler) { self.scheduler = scheduler }

    /// Replays a whole input text and returns the output text.
    public static func run(_ input: String, scheduler: Scheduler) throws(RowError) -> String {
        String(decoding: try run(bytes: Array(input.utf8), scheduler: scheduler), as: UTF8.self)
    }

    /// Replays CSV bytes and returns CSV bytes: the fast path `schedule replay` uses.
    public static func run(bytes input: [UInt8], scheduler: Scheduler) throws(RowError) -> [UInt8] {
        var replay = Replay(scheduler: scheduler)
        var output: [UInt8] = Array((outputHeader + "\n").utf8)
        output.reserveCapacity(input.count * 3)
        let header = Array(inputHeader.utf8)
        var lineNumber = 0
        var start = 0
        while start < input.count || (start == input.count && lineNumber == 0) {
            var end = start
            while end < input.count && input[end] != 10 { end += 1 }
            lineNumber += 1
            var rowEnd = end
            if rowEnd > start && input[rowEnd - 1] == 13 { rowEnd -= 1 }
            let row = input[start..<rowEnd]
            if lineNumber == 1 {
                guard row.elementsEqual(header) else {
                    throw RowError(line: 1, problem: .header(expected: inputHeader))
                }
            } else if !row.isEmpty {
                try replay.append(row: row, line: lineNumber, to: &output)
            }
            start = end + 1
        }
        return output
    }

    /// Replays one row and appends its output line.
    mutating func append(row: ArraySlice<UInt8>, line: Int, to output: inout [UInt8]) throws(RowError) {
        var first = -1, second = -1, count = 0
        for i in row.indices where row[i] == 44 {
            count += 1
            if count == 1 { first = i } else if count == 2 { second = i }
        }
        guard count == 2 else {
            throw RowError(line: line, problem: .fieldCount(found: count + 1))
        }
        let idBytes = row[row.startIndex..<first]
        let timeBytes = row[(first + 1)..<second]
        let ratingBytes = row[(second + 1)..<row.endIndex]
        guard !idBytes.isEmpty else { throw RowError(line: line, problem: .emptyID) }
        guard let time = Timestamp.parse(bytes: timeBytes) else {
            throw RowError(line: line, problem: .time(String(decoding: timeBytes, as: UTF8.self)))
        }
        guard ratingBytes.count == 1, let digit = ratingBytes.first, (49...52).contains(digit),
            let rating = Rating(rawValue: Int(digit) - 48)
        else {
            throw RowError(line: line, problem: .rating(String(decoding: ratingBytes, as: UTF8.self)))
        }
        let id = String(decoding: idBytes, as: UTF8.self)
        let date = Date(timeIntervalSince1970: TimeInterval(time))
        let after = scheduler.review(cards[id] ?? .new(at: date), rating: rating, at: date)
        cards[id] = after
        output.append(contentsOf: idBytes)
        output.append(44)
        Timestamp.write(time, to: &output)
        output.append(44)
        output.append(digit)
        output.append(44)
        output.append(contentsOf: after.phase.rawValue.utf8)
        output.append(44)
        if let step = after.step { output.append(contentsOf: String(step).utf8) }
        output.append(44)
        if let stability = after.stability { output.append(contentsOf: stability.description.utf8) }
        output.append(44)
        if let difficulty = after.difficulty { output.append(contentsOf: difficulty.description.utf8) }
        output.append(44)
        Timestamp.write(Int(after.due.timeIntervalSince1970.rounded(.down)), to: &output)
        output.append(10)
    }
}

/// Whole-second UTC times in the form `2024-01-06T17:42:36Z`, without Foundation's formatters (for speed).
public enum Timestamp {
    /// Seconds since 1970 for `YYYY-MM-DDTHH:MM:SSZ`, or nil.
    public static func parse(_ text: Substring) -> Int? { parse(bytes: Array(text.utf8)[...]) }

    /// Seconds since 1970 for the bytes of `YYYY-MM-DDTHH:MM:SSZ`, or nil.
    public static func parse(bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count == 20 else { return nil }
        let base = bytes.startIndex
        let u = UnsafeIndexer(bytes: bytes, base: base)
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

    /// Appends `YYYY-MM-DDTHH:MM:SSZ` for seconds since 1970, as bytes.
    static func write(_ seconds: Int, to out: inout [UInt8]) {
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        let (y, m, d) = civilFromDays(days)
        func digits(_ n: Int, _ width: Int) {
            var divisor = width == 4 ? 1000 : 10
            while divisor > 0 {
                out.append(UInt8(48 + n / divisor % 10))
                divisor /= 10
            }
        }
        if y < 0 || y > 9999 {
            out.append(contentsOf: format(seconds).utf8)
            return
        }
        digits(y, 4)
        out.append(45)
        digits(m, 2)
        out.append(45)
        digits(d, 2)
        out.append(84)
        digits(rest / 3600, 2)
        out.append(58)
        digits(rest % 3600 / 60, 2)
        out.append(58)
        digits(rest % 60, 2)
        out.append(90)
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

/// Reads bytes of a slice by 0-based position, so the parser can use fixed offsets.
struct UnsafeIndexer {
    let bytes: ArraySlice<UInt8>
    let base: Int
    subscript(_ i: Int) -> UInt8 { bytes[base + i] }
    var count: Int { bytes.count }
}
