import Foundation
import QuestionGeneration
import LearnerModel
import Words

/// How one question performed across every learner: for educators improving the bank.
package struct ItemStatistics: Sendable, Equatable {
    package struct OptionCount: Sendable, Equatable {
        package var text: String
        package var isKey: Bool
        package var count: Int
    }

    package var itemID: String
    package var stem: String
    /// First attempts (one per session).
    package var attempts: Int
    /// Share right on the first attempt in a session.
    package var facility: Double?
    /// Correlation between this item's score and the rest of the session's score (Moodle's discrimination index).
    package var discrimination: Double?
    package var options: [OptionCount]
    /// Why an educator should look at it; said in English in CSV and JSON (data), in the command's language as text.
    package var flags: [Message]

    /// What the options a learner chose that the item no longer has are counted as.
    // not a message: the option text CSV and JSON carry; the text report says it through the catalogue.
    package static let earlierOptions = "(options of an earlier version)"

    /// Flags need this many first attempts.
    package static let minimumForFlags = 5

    /// Computes statistics for every item from every stored answer.
    package static func compute(items: [Item], attempts: [StoredAttempt]) -> [ItemStatistics] {
        // Each session is one "quiz attempt": the first answer to each item in it counts.
        var firsts: [SessionID: [String: StoredAttempt]] = [:]
        for a in attempts where firsts[a.sessionID]?[a.itemID] == nil {
            firsts[a.sessionID, default: [:]][a.itemID] = a
        }
        let totals = firsts.mapValues { $0.values.filter(\.correct).count }
        return items.map { item in
            var xs: [Double] = []
            var ys: [Double] = []
            var chosen: [String: Int] = [:]
            for (session, answers) in firsts {
                guard let a = answers[item.id] else { continue }
                let x = a.correct ? 1.0 : 0.0
                xs.append(x)
                ys.append(Double(totals[session] ?? 0) - x)
                chosen[a.chosenText, default: 0] += 1
            }
            let n = xs.count
            let facility = n > 0 ? xs.reduce(0, +) / Double(n) : nil
            let discrimination = pearson(xs, ys)
            var options = item.options.enumerated().map {
                OptionCount(text: $0.element, isKey: $0.offset == item.answer, count: chosen[$0.element] ?? 0)
            }
            let other = chosen.filter { key, _ in !item.options.contains(key) }.values.reduce(0, +)
            if other > 0 {
                options.append(OptionCount(text: ItemStatistics.earlierOptions, isKey: false, count: other))
            }
            var flags: [Message] = []
            if n >= minimumForFlags {
                if let f = facility, f > 0.9 { flags.append(Message("too easy")) }
                if let f = facility, f < 0.3 { flags.append(Message("too hard")) }
                if let d = discrimination, d < 0.2 { flags.append(Message("poor discrimination")) }
                for o in options where !o.isKey && Double(o.count) / Double(n) < 0.05 && o.text != earlierOptions {
                    flags.append(Message("distractor under 5%: {option}", ["option": o.text]))
                }
            } else if n > 0 {
                flags.append(Message("fewer than {count} attempts", ["count": minimumForFlags]))
            }
            return ItemStatistics(
                itemID: item.id, stem: item.stem, attempts: n, facility: facility, discrimination: discrimination,
                options: options,
                flags: flags)
        }
    }

    /// Pearson's r, or nil when either side does not vary.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        let n = Double(x.count)
        guard x.count >= 2 else { return nil }
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }
}

extension [ItemStatistics] {
    /// `text`, `csv` or `json`.
    package func rendered(_ format: String, language l: Catalogue = .english) -> String {
        func num(_ v: Double?) -> String { v.map { String(format: "%.3f", $0) } ?? "" }
        switch format {
        case "csv":
            var rows = ["item_id,attempts,facility,discrimination,options,flags"]
            for s in self {
                let options = s.options.map { "\($0.isKey ? "*" : "")\($0.text)=\($0.count)" }.joined(separator: " | ")
                rows.append(
                    [
                        s.itemID, "\(s.attempts)", num(s.facility), num(s.discrimination), options,
                        s.flags.map { $0.text(.english) }.joined(separator: "; "),
                    ].map(Escape.csv).joined(separator: ","))
            }
            return rows.joined(separator: "\r\n") + "\r\n"
        case "json":
            let object: [String: Any] = [
                "items": map { s in
                    [
                        "item_id": s.itemID, "stem": s.stem, "attempts": s.attempts, "facility": s.facility ?? NSNull(),
                        "discrimination": s.discrimination ?? NSNull(), "flags": s.flags.map { $0.text(.english) },
                        "options": s.options.map {
                            ["text": $0.text, "key": $0.isKey, "count": $0.count] as [String: Any]
                        },
                    ] as [String: Any]
                }
            ]
            let data =
                (try? JSONSerialization.data(
                    withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        default:
            var out: [String] = [
                l.text(
                    "Item statistics: facility = share right first time; discrimination = correlation with the rest of the session."
                ),
                "",
            ]
            for s in self {
                out.append(
                    l.text(
                        "{id}  attempts {attempts}  facility {facility}  discrimination {discrimination}",
                        [
                            "id": s.itemID, "attempts": s.attempts,
                            "facility": num(s.facility).isEmpty ? "-" : num(s.facility),
                            "discrimination": num(s.discrimination).isEmpty ? "-" : num(s.discrimination),
                        ]))
                out += Wrap.lines(s.stem, width: 80, first: "  ", rest: "  ")
                for o in s.options {
                    out += Wrap.lines(
                        "\(o.count)  \(o.text == ItemStatistics.earlierOptions ? l.text("(options of an earlier version)") : o.text)",
                        width: 80, first: o.isKey ? "  * " : "    ", rest: "       ")
                }
                if !s.flags.isEmpty {
                    out += Wrap.lines(
                        l.text(
                            "flags: {flags}",
                            [
                                "flags": s.flags.map { $0.text(l) }.joined(
                                    separator: l.text("; ", context: "between flags"))
                            ]),
                        width: 80, first: "  ! ", rest: "    ")
                }
                out.append("")
            }
            return out.joined(separator: "\n")
        }
    }
}
