/// A paragraph cut into sentences, each exactly as the paragraph has it (so it can be quoted).
///
/// A sentence ends at `.`, `!` or `?` (and the full-width marks) followed by a space and a capital, a digit or a quote
/// mark — or, as copies of web pages have it, directly by a capital after a word ("so well.Doctors"). Not after a
/// known abbreviation ("Dr.", "e.g."), a single letter ("U.S."), or inside a number ("2.5").
enum Sentences {
    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "no", "approx", "dept", "jr", "sr",
        "prof", "inc", "ltd", "fig", "min", "max", "sra", "sr", "dra", "ud", "uds", "pág", "aprox",
    ]

    static func split(_ paragraph: String) -> [String] {
        let chars = Array(paragraph)
        var result: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if "。！？".contains(c) {
                append(chars[start...i], to: &result)
                start = i + 1
            } else if ".!?".contains(c) {
                var end = i + 1
                while end < chars.count, ".!?\"'”’)»".contains(chars[end]) { end += 1 }
                if end >= chars.count {
                    i = end
                    break
                }
                if endsHere(chars, mark: i, after: end) {
                    append(chars[start..<end], to: &result)
                    start = end
                    i = end
                    continue
                }
                i = end
                continue
            }
            i += 1
        }
        if start < chars.count { append(chars[start...], to: &result) }
        return result
    }

    private static func append(_ slice: ArraySlice<Character>, to result: inout [String]) {
        let text = String(slice).trimmingCharacters(in: " \t\n")
        if !text.isEmpty { result.append(text) }
    }

    /// Whether the mark at `mark`, its closing marks running to `after`, ends a sentence.
    private static func endsHere(_ chars: [Character], mark: Int, after: Int) -> Bool {
        let next = chars[after]
        if chars[mark] == "." {
            // The word before the full stop.
            var w = mark
            while w > 0, chars[w - 1].isLetter || chars[w - 1] == "." { w -= 1 }
            let word = String(chars[w..<mark]).lowercased()
            if abbreviations.contains(word) { return false }
            if word.count == 1 && word.first?.isLetter == true && mark > 0 && chars[mark - 1].isUppercase {
                return false
            }
            if mark > 0, chars[mark - 1].isNumber, next.isNumber { return false }
        }
        if next == " " || next == "\t" || next == "\n" {
            var k = after
            while k < chars.count, chars[k] == " " || chars[k] == "\t" || chars[k] == "\n" { k += 1 }
            guard k < chars.count else { return true }
            let first = chars[k]
            return first.isUppercase || first.isNumber || "\"'“‘¿¡(".contains(first)
                || !first.isLetter && !first.isPunctuation
        }
        // "so well.Doctors": a run-on after a word of two or more small letters.
        if next.isUppercase, mark >= 2, chars[mark - 1].isLowercase, chars[mark - 2].isLowercase { return true }
        return false
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
