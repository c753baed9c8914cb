import ContentModel

/// Checks of the bank as a whole: cues a test-wise learner finds across questions rather than in one.
extension ItemLint {
    /// The share of true-or-false keys that are True must lie in this range (with at least `minimumClaims` claims).
    static let trueShare = 0.4...0.6
    static let minimumClaims = 4

    /// The bank-wide findings for a bank and its generated items; each is a failure.
    static func checkBank(_ bank: Bank, items: [Item]) -> [LintFinding] {
        var findings: [LintFinding] = []
        func failed(_ rule: String, _ message: String, at location: SourceLocation?) {
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
                    "\(trueCount) of \(claims.count) true-or-false statements are true (\(Int((share * 100).rounded()))%); keep between 40% and 60%, or guessing one answer scores well",
                    at: claims.first?.location)
            }
            let absolute = { (claim: Claim) in CueWords.absolute(inNormalised: normalise(claim.statement)) }
            if let first = claims.first(where: { !$0.isTrue && absolute($0) != nil }),
                !claims.contains(where: { $0.isTrue && absolute($0) != nil })
            {
                failed(
                    "absolutes-only-in-false",
                    "only false statements use words like '\(absolute(first) ?? "")'; test-wise learners answer False to them. Word false statements without absolutes, or let true ones use them where the material does",
                    at: first.location)
            }
        }
        findings += PassageReadability.findings(bank)
        return findings
    }
}
