import Foundation
import Words

/// Reads a bank's source file by the name the bank gives it (relative to the bank).
public typealias SourceReader = (String) -> Result<[UInt8], RegularFile.Problem>

/// The checks that need every file of a bank read: references between elements, `point:` joins, retired ids, and
/// every quote against the source.
extension BankBuilder {
    func problem(_ at: SourceLocation, _ issue: BankIssue) {
        problems.append(BankProblem(location: at, message: issue.message))
    }

    var citedElements: [(kind: String, element: any Cited)] {
        concepts.map { ("concept", $0 as any Cited) } + groups.map { ("group", $0) } + facts.map { ("fact", $0) }
            + claims.map { ("claim", $0) } + faqs.map { ("faq", $0) } + actions.map { ("action", $0) }
    }

    func checkReferences() {
        let sectionIDs = Set(sections.map(\.id))
        let conceptIDs = Set(concepts.map(\.id))
        let elementIDs = Set(citedElements.map(\.element.id))
        for ref in references {
            let known =
                switch ref.kind {
                case "section": sectionIDs.contains(ref.id)
                case "concept": conceptIDs.contains(ref.id)
                default: elementIDs.contains(ref.id)
                }
            if !known { problem(ref.at, .unknownReference(kind: ref.kind, id: ref.id)) }
        }
    }

    /// A `point:` names another element of the same kind that is not itself joined to a third (joins are one level
    /// deep, so a point's id is always an element's own).
    func checkPoints() {
        var pointOf: [String: String] = [:]
        for p in points { pointOf[p.id] = p.point }
        let kinds = Dictionary(citedElements.map { ($0.element.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for p in points {
            if p.point == p.id {
                problem(p.at, .pointIsItself(kind: p.kind, id: p.point))
            } else if kinds[p.point] != p.kind {
                problem(p.at, .pointOfAnotherKind(kind: p.kind, id: p.point))
            } else if let next = pointOf[p.point] {
                problem(p.at, .pointJoinsAnother(kind: p.kind, id: p.point, next: next))
            }
        }
    }

    func checkRetired() {
        for (old, _) in retired {
            if let at = ids[old.id] { problem(at, .retiredIDReused(old.id)) }
        }
    }

    /// Every quote is in the source file (NFC, whitespace and quote marks aside); with a source file, every element
    /// quotes it or says why it goes beyond it.
    func checkQuotes(_ source: BankSource?, at: SourceLocation, readSource: SourceReader?) {
        let allQuotes =
            citedElements.flatMap(\.element.citation.quotes) + sections.flatMap(\.citation.quotes)
            + groups.flatMap { $0.nonMembers.flatMap(\.citation.quotes) }
        guard let file = source?.file else {
            if let first = allQuotes.first { problem(first.location ?? at, .quotesWithoutSource) }
            return
        }
        for (kind, element) in citedElements where element.citation.isEmpty {
            problem(element.location ?? at, .notCited(kind: kind, id: element.id))
        }
        guard let readSource else { return }
        var text: String
        switch readSource(file) {
        case .success(let bytes):
            guard let decoded = String(validating: bytes, as: UTF8.self) else {
                problem(at, .sourceUnreadable(file: file, reason: Message("it is not UTF-8 text")))
                return
            }
            text = decoded
            // A web page or Markdown handout is quoted as a reader sees it: its words, not its markup.
            let format = Handout.format(name: file, bytes: bytes)
            if format != .text, case .success(let handout) = Handout.parse(bytes, format: format) {
                text = handout.text
            }
        case .failure(let why):
            problem(at, .sourceUnreadable(file: file, reason: why.reason))
            return
        }
        let normalSource = QuoteText.normalized(text)
        for quote in allQuotes where !normalSource.contains(QuoteText.normalized(quote.text)) {
            problem(quote.location ?? at, .quoteNotFound(file: file, quote: quote.text))
        }
    }
}

/// How a quote is compared with its source: the same words in the same order, whatever the line breaks, spacing,
/// Unicode form and style of quote marks (an article's curly apostrophe is a bank's straight one).
public enum QuoteText {
    public static func normalized(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space {
                out.unicodeScalars.append(" ")
                space = false
            }
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{201A}", "\u{2032}", "`", "\u{00B4}": out.unicodeScalars.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}", "\u{00AB}", "\u{00BB}": out.unicodeScalars.append("\"")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
