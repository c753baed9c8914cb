import ContentModel
import Words

/// Checks of the bank as a whole: cues a test-wise learner finds across questions rather than in one.
extension ItemLint {
    /// The share of true-or-false keys that are True must lie in this range (with at least `minimumClaims` claims).
    static let trueShare = 0.4...0.6
    static let minimumClaims = 4

    /// The bank-wide findings for a bank and its generated items; each is a failure.
    static func checkBank(_ bank: Bank, items: [Item]) -> [LintFinding] {
        var findings: [LintFinding] = []
        func failed(_ rule: String, _ message: Message, at location: SourceLocation?) {
            findings.append(
                LintFinding(itemID: "bank", rule: rule, message: message, location: location, repaired: false))
        }
        let claims = bank.claims
        if claims.count >= minimumClaims {
            let trueCount = claims.filter(\.isTrue).count
            let share = Double(trueCount) / Double(claims.count)
            if !trueShare.contains(share) {
                failed(
                    "true-false-balance",
                    Message(
                        "{trueCount} of {count} true-or-false statements are true ({percent}%); keep between 40% and 60%, or guessing one answer scores well",
                        ["trueCount": trueCount, "count": claims.count, "percent": Int((share * 100).rounded())]),
                    at: claims.first?.location)
            }
            let absolute = { (claim: Claim) in CueWords.absolute(inNormalised: normalise(claim.statement)) }
            if let first = claims.first(where: { !$0.isTrue && absolute($0) != nil }),
                !claims.contains(where: { $0.isTrue && absolute($0) != nil })
            {
                failed(
                    "absolutes-only-in-false",
                    Message(
                        "only false statements use words like '{word}'; test-wise learners answer False to them. Word false statements without absolutes, or let true ones use them where the material does",
                        ["word": absolute(first) ?? ""]),
                    at: first.location)
            }
        }
        findings += PassageReadability.findings(bank)
        findings += nearDuplicates(bank, items: items)
        return findings
    }

    /// Stems (or answers) sharing this share of their content words ask the same thing.
    static let sameStemShare = 0.8

    /// Teaching points that ask the same thing: the same answer word for word, or stems of (nearly) the same words.
    /// A session asks each in its own place and each answers the other; the bank merges them, or joins them into one
    /// point (`point:`) so a session asks one. Only elements with written answers (facts, FAQs, actions) are
    /// compared: concepts and groups share words by design.
    static func nearDuplicates(_ bank: Bank, items: [Item]) -> [LintFinding] {
        struct Seen {
            var point: String
            var source: String
        }
        var byKey: [String: Seen] = [:]
        var stems: [(seen: Seen, words: Set<String>)] = []
        var keys: [(seen: Seen, words: Set<String>)] = []
        var reported = Set<[String]>()
        var findings: [LintFinding] = []
        /// Why two points ask the same thing.
        enum Why { case sameAnswer(String), nearAnswers(String), nearQuestions }
        func report(_ first: Seen, _ second: Seen, _ why: Why) {
            guard reported.insert([first.point, second.point].sorted()).inserted else { return }
            let message =
                switch why {
                case .sameAnswer(let key):
                    Message(
                        "{second} and {first} ask the same thing (the same answer, '{key}'): a session asks both and each answers the other. Merge them into one, or give {second} 'point: {first}' so a session asks one",
                        ["second": second.source, "first": first.source, "key": key])
                case .nearAnswers(let key):
                    Message(
                        "{second} and {first} ask the same thing (answers of nearly the same words, '{key}'): a session asks both and each answers the other. Merge them into one, or give {second} 'point: {first}' so a session asks one",
                        ["second": second.source, "first": first.source, "key": key])
                case .nearQuestions:
                    Message(
                        "{second} and {first} ask the same thing (questions of nearly the same words): a session asks both and each answers the other. Merge them into one, or give {second} 'point: {first}' so a session asks one",
                        ["second": second.source, "first": first.source])
                }
            findings.append(
                LintFinding(
                    itemID: "bank", rule: "near-duplicate", message: message,
                    location: bank.location(of: second.source),
                    repaired: false))
        }
        for item in items where item.kind.hasAuthoredOptions {
            let seen = Seen(point: item.teachingPoint, source: item.point)
            let key = normalise(item.key)
            if let other = byKey[key], other.point != seen.point {
                report(other, seen, .sameAnswer(item.key))
            } else if byKey[key] == nil {
                byKey[key] = seen
            }
            let keyWords = contentWords(item.key)
            if keyWords.count >= 3 {
                for (other, otherWords) in keys where other.point != seen.point && alike(keyWords, otherWords) {
                    report(other, seen, .nearAnswers(item.key))
                }
                keys.append((seen, keyWords))
            }
            let words = contentWords(item.stem)
            guard words.count >= 3 else { continue }
            for (other, otherWords) in stems where other.point != seen.point && alike(words, otherWords) {
                report(other, seen, .nearQuestions)
            }
            stems.append((seen, words))
        }
        return findings
    }

    /// Whether two sets of words share `sameStemShare` of all their words.
    private static func alike(_ a: Set<String>, _ b: Set<String>) -> Bool {
        Double(a.intersection(b).count) / Double(a.union(b).count) >= sameStemShare
    }
}
