/// A small GIFT parser for the tests: enough of Moodle's format to read back what the export writes.
enum GIFTParser {
    struct Question: Equatable {
        var category: String?
        var title: String
        var stem: String
        var options: [(text: String, correct: Bool, feedback: String?)]
        var generalFeedback: String?

        static func == (a: Question, b: Question) -> Bool {
            a.title == b.title && a.stem == b.stem && a.options.map(\.text) == b.options.map(\.text)
        }
    }

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// Splits on an unescaped character, keeping escapes for the next step.
    static func unescape(_ s: Substring) -> String {
        var out = ""
        var escaped = false
        for c in s {
            if escaped {
                out.append(c == "n" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out.trimmingWhitespace()
    }

    /// Index of the first unescaped occurrence of any of `targets` in `s` from `start`.
    static func find(_ targets: Set<Character>, in s: [Character], from start: Int) -> Int? {
        var i = start
        while i < s.count {
            if s[i] == "\\" {
                i += 2
                continue
            }
            if targets.contains(s[i]) { return i }
            i += 1
        }
        return nil
    }

    static func parse(_ text: String) throws -> [Question] {
        var questions: [Question] = []
        var category: String?
        var block: [String] = []
        func flush() throws {
            let joined = block.joined(separator: "\n").trimmingWhitespace()
            block = []
            guard !joined.isEmpty else { return }
            questions.append(try question(joined, category: category))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("//") { continue }
            if line.hasPrefix("$CATEGORY:") {
                try flush()
                category = line.dropFirst("$CATEGORY:".count).trimmingWhitespace()
            } else if line.trimmingWhitespace().isEmpty {
                try flush()
            } else {
                block.append(String(line))
            }
        }
        try flush()
        return questions
    }

    static func question(_ text: String, category: String?) throws -> Question {
        let s = Array(text)
        guard s.count > 1 && s[0] == ":" && s[1] == ":" else { throw ParseError(description: "no title: \(text)") }
        guard let titleEnd = find([":"], in: s, from: 2), titleEnd + 1 < s.count, s[titleEnd + 1] == ":" else {
            throw ParseError(description: "unterminated title: \(text)")
        }
        let title = unescape(Substring(String(s[2..<titleEnd])))
        guard let open = find(["{"], in: s, from: titleEnd + 2), let close = find(["}"], in: s, from: open + 1) else {
            throw ParseError(description: "no answer block: \(text)")
        }
        var stem = unescape(Substring(String(s[(titleEnd + 2)..<open])))
        if stem.hasPrefix("[plain]") { stem = String(stem.dropFirst(7)).trimmingWhitespace() }
        // The answer block: "=key", "~wrong", each with an optional "#feedback"; "####" starts general feedback.
        let answers = Array(s[(open + 1)..<close])
        var options: [(String, Bool, String?)] = []
        var general: String?
        var current: (text: String, correct: Bool, feedback: String?)?
        var buffer = ""
        var inFeedback = false
        func finish() {
            guard var option = current else { return }
            if inFeedback {
                option.feedback = unescape(Substring(buffer))
            } else {
                option.text = unescape(Substring(buffer))
            }
            options.append((option.text, option.correct, option.feedback))
            current = nil
        }
        var i = 0
        while i < answers.count {
            let c = answers[i]
            if c == "\\" && i + 1 < answers.count {
                buffer.append(c)
                buffer.append(answers[i + 1])
                i += 2
                continue
            }
            if c == "#" && i + 3 < answers.count && answers[i..<(i + 4)] == ["#", "#", "#", "#"] {
                finish()
                general = unescape(Substring(String(answers[(i + 4)...])))
                break
            }
            if c == "=" || c == "~" {
                finish()
                current = ("", c == "=", nil)
                buffer = ""
                inFeedback = false
            } else if c == "#" && current != nil && !inFeedback {
                current?.text = unescape(Substring(buffer))
                buffer = ""
                inFeedback = true
            } else {
                buffer.append(c)
            }
            i += 1
        }
        if general == nil { finish() }
        return Question(
            category: category, title: title, stem: stem,
            options: options.map { (text: $0.0, correct: $0.1, feedback: $0.2) }, generalFeedback: general)
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(
            drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" }).reversed().drop(while: {
                $0 == " " || $0 == "\t" || $0 == "\n"
            }).reversed())
    }
}

import TestSupport

enum TestSupportPath {
    static var builtIn: String? { TestSupport.builtInBankPath }
}
