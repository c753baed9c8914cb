import Foundation
import Words
internal import Yams

/// Walks parsed YAML files into bank elements, collecting every problem with its position.
final class BankBuilder {
    static let maximumDepth = 64
    /// The most YAML nodes (scalars, lists, mappings) one bank file may hold: far above any real bank (the built-in
    /// one has about 3,000), far below what would stall start-up.
    static let maximumNodes = 200_000
    static let topLevelKeys = [
        "bank", "sections", "concepts", "groups", "facts", "claims", "faqs", "actions", "retired",
    ]

    var problems: [BankProblem] = []
    var metadata: (BankMetadata, SourceLocation)?
    var sections: [Section] = []
    var concepts: [Concept] = []
    var groups: [ConceptGroup] = []
    var facts: [Fact] = []
    var claims: [Claim] = []
    var faqs: [FAQ] = []
    var actions: [Action] = []
    /// Every id seen, with where it was first defined.
    var ids: [String: SourceLocation] = [:]
    /// References to check once every file is read.
    var references: [(kind: String, id: String, at: SourceLocation)] = []
    /// `point:` joins to check once every file is read: the element's kind and id, the point named, where.
    var points: [(kind: String, id: String, point: String, at: SourceLocation)] = []
    var retired: [(Retired, SourceLocation)] = []
    var file = ""

    func read(_ text: String, file: String) {
        self.file = file
        if let (line, column) = Self.firstNodeMark(text) {
            report(line: line, column: column, .anchorsNotAllowed)
            return
        }
        if let (line, column, issue) = Self.prescan(text, limit: Self.maximumDepth) {
            report(line: line, column: column, issue)
            return
        }
        let root: Node?
        do {
            // The basic resolver: every scalar stays text (the builder decides types), and no regular expressions run.
            root = try Yams.compose(yaml: text, Resolver.basic)
        } catch let error as YamlError {
            reportYAML(error)
            return
        } catch {
            report(line: 1, column: 1, .yamlSyntax("\(error)"))
            return
        }
        guard let root else {
            report(line: 1, column: 1, .emptyFile)
            return
        }
        if let (node, issue) = Self.firstOverLimit(root, limit: Self.maximumNodes) {
            report(location(node), issue)
            return
        }
        guard
            let top = fields(
                root, context: Message("a bank file", context: "a part of a bank file"), required: [],
                optional: Self.topLevelKeys)
        else { return }
        if let node = top.node("bank") { readMetadata(node) }
        for node in top.list("sections") { readSection(node) }
        for node in top.list("concepts") { readConcept(node) }
        for node in top.list("groups") { readGroup(node) }
        for node in top.list("facts") { readFact(node) }
        for node in top.list("claims") { readClaim(node) }
        for node in top.list("faqs") { readFAQ(node) }
        for node in top.list("actions") { readAction(node) }
        for node in top.list("retired") { readRetired(node) }
    }

    /// Checks what needs every file read (references, joins, quotes against the source) and makes the bank.
    /// - Parameter readSource: reads the source file a bank names (relative to the bank); nil when there is none to
    ///   read (a bank parsed from text alone), and then quotes are not checked.
    func finish(firstFile: String, readSource: SourceReader? = nil) throws(BankLoadError) -> Bank {
        if metadata == nil && problems.isEmpty {
            problems.append(BankLoader.problem(firstFile, .noMetadata))
        }
        if sections.isEmpty && problems.isEmpty, let (_, at) = metadata {
            problems.append(BankProblem(location: at, message: BankIssue.noSections.message))
        }
        checkReferences()
        checkPoints()
        checkRetired()
        for group in groups {
            let memberTerms = Set(
                group.members.compactMap { id in concepts.first { $0.id == id } }
                    .flatMap { [$0.term] + $0.synonyms }.map { $0.lowercased() })
            for nonMember in group.nonMembers where memberTerms.contains(nonMember.text.lowercased()) {
                problems.append(
                    BankProblem(
                        location: group.location ?? SourceLocation(file: firstFile, line: 1, column: 1),
                        message: BankIssue.nonMemberIsMember(nonMember.text).message))
            }
        }
        if problems.isEmpty, let (meta, at) = metadata { checkQuotes(meta.source, at: at, readSource: readSource) }
        guard problems.isEmpty, let (meta, _) = metadata else {
            throw BankLoadError(problems: problems.sorted(by: Self.inFileOrder))
        }
        return Bank(
            metadata: meta, sections: sections, concepts: concepts, groups: groups, facts: facts, claims: claims,
            faqs: faqs, actions: actions, retired: retired.map(\.0))
    }

    static func inFileOrder(_ a: BankProblem, _ b: BankProblem) -> Bool {
        (a.location.file, a.location.line, a.location.column) < (b.location.file, b.location.line, b.location.column)
    }

    // MARK: Elements

    func readMetadata(_ node: Node) {
        guard
            let f = fields(
                node, context: Message("the bank block", context: "a part of a bank file"),
                required: ["id", "title", "language", "audience", "version", "review"],
                optional: ["source"])
        else { return }
        let at = location(node)
        if let (_, first) = metadata {
            report(at, .duplicateMetadata(first: first))
            return
        }
        let id = f.identifier()
        var review = ReviewStatus.draft
        if let reviewNode = f.node("review"),
            let r = fields(
                reviewNode, context: Message("the review block", context: "a part of a bank file"),
                required: ["status"], optional: ["reviewed_by", "reviewed_on"])
        {
            switch r.text("status") {
            case "draft": review = .draft
            case "reviewed":
                if let by = r.text("reviewed_by", required: false), let on = r.text("reviewed_on", required: false) {
                    review = .reviewed(by: by, on: on)
                } else {
                    report(location(reviewNode), .reviewIncomplete)
                }
            case let other?: report(r.valueLocation("status"), .badReviewStatus(other))
            case nil: break
            }
        }
        guard let id, let title = f.text("title"), let language = f.text("language"), let audience = f.text("audience"),
            let version = f.text("version")
        else { return }
        metadata = (
            BankMetadata(
                id: id, title: title, language: language, audience: audience, version: version,
                source: readSource(f), review: review), at
        )
    }

    /// `source:`: a title alone, or `{title, file, url, retrieved}`.
    func readSource(_ f: Fields) -> BankSource? {
        guard let node = f.node("source") else { return nil }
        if case .scalar = node { return f.text("source").map { BankSource(title: $0) } }
        guard
            let s = fields(
                node, context: Message("the source", context: "a part of a bank file"), required: ["title"],
                optional: ["file", "url", "retrieved"]),
            let title = s.text("title")
        else { return nil }
        let file = s.text("file", required: false)
        if let file, file.contains("/") || file.hasPrefix(".") || file.contains("\\") {
            report(s.valueLocation("file"), .sourcePath(file))
        }
        return BankSource(
            title: title, file: file, url: s.text("url", required: false),
            retrieved: s.text("retrieved", required: false))
    }

    func readSection(_ node: Node) {
        guard
            let f = fields(
                node, context: Message("a section", context: "a part of a bank file"),
                required: ["id", "title", "passage"],
                optional: ["objectives", "quotes", "beyond_source"])
        else { return }
        let id = f.identifier()
        let title = f.text("title")
        let passage = f.text("passage")
        let objectives = f.objectives()
        let citation = f.citation()
        guard let id, let title, let passage else { return }
        sections.append(
            Section(
                id: id, title: title, passage: passage, objectives: objectives, citation: citation,
                location: location(node)))
    }

    func readRetired(_ node: Node) {
        guard
            let f = fields(
                node, context: Message("a retired element", context: "a part of a bank file"),
                required: ["id", "kind", "why"], optional: ["by"]),
            let id = f.text("id"), let kind = f.text("kind"), let why = f.text("why")
        else { return }
        retired.append((Retired(id: id, kind: kind, why: why, by: f.text("by", required: false)), location(node)))
    }

    func readConcept(_ node: Node) {
        guard
            let f = fields(
                node, context: Message("a concept", context: "a part of a bank file"),
                required: ["id", "term", "definition", "section"],
                optional: [
                    "synonyms", "overlaps", "definition_also_fits", "wrong", "term_in_sentence", "plural", "forms",
                    "not_asked", "quotes", "beyond_source",
                ])
        else { return }
        let id = f.identifier()
        let term = f.text("term")
        let definition = f.text("definition")
        let section = f.reference("section")
        let synonyms = f.texts("synonyms", minimum: 0)
        let overlaps = f.texts("overlaps", minimum: 0)
        if let overlapsNode = f.node("overlaps"), case .sequence(let seq) = overlapsNode {
            for other in seq {
                if case .scalar(let s) = other, !s.isNull {
                    references.append(("concept", s.string.trimmedWhitespace, location(other)))
                }
            }
        }
        let alsoFits = f.conceptReferences("definition_also_fits")
        let wrong = f.wrongOptions("wrong", minimum: 0)
        let inSentence = f.text("term_in_sentence", required: false)
        let plural = f.bool("plural", required: false) ?? false
        let forms = f.forms(allowed: ["term-definition", "definition-term"])
        let notAsked = f.text("not_asked", required: false)
        let citation = f.citation()
        guard let id, let term, let definition, let section else { return }
        concepts.append(
            Concept(
                id: id, term: term, definition: definition, section: section, synonyms: synonyms, overlaps: overlaps,
                definitionAlsoFits: alsoFits, wrong: wrong, termInSentence: inSentence, plural: plural, forms: forms,
                notAsked: notAsked, citation: citation, location: location(node)))
    }

    func readGroup(_ node: Node) {
        guard
            let f = fields(
                node, context: Message("a group", context: "a part of a bank file"),
                required: ["id", "label", "member_noun", "section", "members", "non_members"],
                optional: ["question", "not_item", "quotes", "beyond_source"])
        else { return }
        let id = f.identifier()
        let label = f.text("label")
        let noun = f.text("member_noun")
        let section = f.reference("section")
        let members = f.texts("members", minimum: 0)
        let nonMembers = f.nonMembers()
        let question = f.text("question", required: false)
        let asksNot = f.bool("not_item", required: false) ?? true
        let citation = f.citation()
        if let membersNode = f.node("members"), case .sequence(let seq) = membersNode {
            if members.count < 2 {
                report(location(membersNode), .tooFewMembers(group: id ?? "?", count: members.count))
            }
            for member in seq {
                if case .scalar(let s) = member, !s.isNull {
                    references.append(("concept", s.string.trimmedWhitespace, location(member)))
                }
            }
        }
        if let nonNode = f.node("non_members"), case .sequence = nonNode, nonMembers.isEmpty {
            report(location(nonNode), .tooFewWrong(key: "non_members", count: 0, minimum: 1))
        }
        guard let id, let label, let noun, let section else { return }
        groups.append(
            ConceptGroup(
                id: id, label: label, memberNoun: noun, section: section, members: members, nonMembers: nonMembers,
                question: question, asksNotMember: asksNot, citation: citation, location: location(node)))
    }

    func readFact(_ node: Node) {
        guard
            let f = fields(
                node, context: Message("a fact", context: "a part of a bank file"),
                required: ["id", "section", "statement", "question", "answer", "wrong"],
                optional: ["explanation", "critical", "point", "forms", "quotes", "beyond_source"])
        else { return }
        let id = f.identifier()
        let section = f.reference("section")
        let statement = f.text("statement")
        let question = f.text("question")
        let answer = f.text("answer")
        let wrong = f.wrongOptions("wrong", minimum: 2)
        let explanation = f.text("explanation", required: false)
        let critical = f.bool("critical", required: false) ?? false
        let point = f.point(kind: "fact", of: id)
        let forms = f.forms(allowed: ["question", "completion"])
        let citation = f.citation()
        if let statement, let answer, !statement.contains(answer) {
            report(f.valueLocation("answer"), .answerNotInStatement(answer: answer))
        }
        guard let id, let section, let statement, let question, let answer else { return }
        facts.append(
            Fact(
                id: id, section: section, statement: statement, question: question, answer: answer, wrong: wrong,
                explanation: explanation, critical: critical, point: point, forms: forms, citation: citation,
                location: location(node)))
    }

    func readClaim(_ node: Node) {
        guard
            let f = fields(
                node, context: Message("a claim", context: "a part of a bank file"),
                required: ["id", "section", "statement", "true", "explanation"],
                optional: ["misconception", "critical", "point", "quotes", "beyond_source"])
        else { return }
        let id = f.identifier()
        let section = f.reference("section")
        let statement = f.text("statement")
        let isTrue = f.bool("true")
        let misconception = f.bool("misconception", required: false) ?? false
        let critical = f.bool("critical", required: false) ?? false
        let explanation = f.text("explanation")
        let point = f.point(kind: "claim", of: id)
        let citation = f.citation()
        guard let id, let section, let statement, let isTrue, let explanation else { return }
        claims.append(
            Claim(
                id: id, section: section, statement: statement, isTrue: isTrue, isMisconception: misconception,
                critical: critical, explanation: explanation, point: point, citation: citation,
                location: location(node)))
    }

    func readFAQ(_ node: Node) {
        guard
            let f = fields(
                node, context: Message("an FAQ", context: "a part of a bank file"),
                required: ["id", "section", "question", "answer"],
                optional: ["wrong", "critical", "point", "quotes", "beyond_source"])
        else { return }
        let id = f.identifier()
        let section = f.reference("section")
        let question = f.text("question")
        let answer = f.text("answer")
        let wrong = f.wrongOptions("wrong", minimum: 0)
        let critical = f.bool("critical", required: false) ?? false
        let point = f.point(kind: "faq", of: id)
        let citation = f.citation()
        guard let id, let section, let question, let answer else { return }
        faqs.append(
            FAQ(
                id: id, section: section, question: question, answer: answer, wrong: wrong, critical: critical,
                point: point, citation: citation, location: location(node)))
    }

    func readAction(_ node: Node) {
        guard
            let f = fields(
                node, context: Message("an action", context: "a part of a bank file"),
                required: ["id", "section", "situation", "right", "wrong", "explanation"],
                optional: ["critical", "rule", "point", "quotes", "beyond_source"])
        else { return }
        let id = f.identifier()
        let section = f.reference("section")
        let situation = f.text("situation")
        let right = f.text("right")
        let wrong = f.wrongOptions("wrong", minimum: 2)
        let critical = f.bool("critical", required: false) ?? false
        let explanation = f.text("explanation")
        let rule = f.text("rule", required: false)
        let point = f.point(kind: "action", of: id)
        let citation = f.citation()
        guard let id, let section, let situation, let right, let explanation else { return }
        actions.append(
            Action(
                id: id, section: section, situation: situation, right: right, wrong: wrong, critical: critical,
                explanation: explanation, rule: rule, point: point, citation: citation, location: location(node)))
    }

    // MARK: Reporting

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func report(_ at: SourceLocation, _ issue: BankIssue) {
        let placeholder = if case .toWrite = issue { true } else { false }
        problems.append(BankProblem(location: at, message: issue.message, isPlaceholder: placeholder))
    }

    func report(line: Int, column: Int, _ issue: BankIssue) {
        report(SourceLocation(file: file, line: line, column: column), issue)
    }

    func reportYAML(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let text = context.map { "\(problem) \($0.text)" } ?? problem
            report(line: mark.line, column: mark.column, .yamlSyntax(text))
        case .duplicatedKeysInMapping(let duplicates, let context):
            report(
                line: context.mark.line, column: context.mark.column,
                // not a message: a YAML syntax problem, said in English as the YAML parser's own problems are.
                .yamlSyntax("the key '\(duplicates.joined(separator: "', '"))' appears twice in one mapping"))
        case .reader(let problem, _, _, _):
            report(line: 1, column: 1, .yamlSyntax(problem))
        default:
            report(line: 1, column: 1, .yamlSyntax("\(error)"))
        }
    }
}
