import ContentModel
import Testing

/// A valid bank header: 11 lines. Cases below add lines from line 12 on.
let header = """
    bank:
      id: t
      title: T
      language: en
      audience: adults
      version: "1"
      review: {status: draft}
    sections:
      - id: s
        title: S
        passage: P

    """

/// Parses `text` as one file named `t.yaml` and returns the problems as printed.
func problems(_ text: String) -> [String] {
    do {
        _ = try BankLoader.parse([(text, "t.yaml")])
        return []
    } catch {
        return error.problems.map(\.description)
    }
}

struct ValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let yaml: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown key",
            yaml: header + "concepts:\n  - id: c\n    term: T\n    definition: D\n    section: s\n    colour: red\n",
            expected: "t.yaml:17:5: error: unknown key 'colour' in a concept"),
        Case(
            name: "missing key", yaml: header + "concepts:\n  - id: c\n    term: T\n    section: s\n",
            expected: "t.yaml:13:5: error: missing key 'definition' in a concept"),
        Case(
            name: "wrong type: list where text",
            yaml: header + "concepts:\n  - id: c\n    term: [a, b]\n    definition: D\n    section: s\n",
            expected: "t.yaml:14:11: error: 'term' must be text"),
        Case(
            name: "wrong type: bool",
            yaml: header
                + "claims:\n  - id: c\n    section: s\n    statement: X\n    true: maybe\n    explanation: E\n",
            expected: "t.yaml:16:11: error: 'true' must be true or false"),
        Case(
            name: "wrong type: element not a mapping", yaml: header + "concepts:\n  - just text\n",
            expected: "t.yaml:13:5: error: 'a concept' must be a mapping"),
        Case(
            name: "duplicate id",
            yaml: header + "concepts:\n  - id: s\n    term: T\n    definition: D\n    section: s\n",
            expected: "t.yaml:13:9: error: duplicate id 's' (first used at t.yaml:9:9)"),
        Case(
            name: "bad id",
            yaml: header + "concepts:\n  - id: Bad_Id\n    term: T\n    definition: D\n    section: s\n",
            expected: "t.yaml:13:9: error: id 'Bad_Id' is not allowed"),
        Case(
            name: "unknown section",
            yaml: header + "concepts:\n  - id: c\n    term: T\n    definition: D\n    section: nowhere\n",
            expected: "t.yaml:16:14: error: unknown section 'nowhere'"),
        Case(
            name: "unknown member",
            yaml: header
                + "concepts:\n  - {id: a, term: A, definition: D, section: s}\n  - {id: b, term: B, definition: E, section: s}\n"
                + "groups:\n  - id: g\n    label: L\n    member_noun: an L\n    section: s\n    members: [a, zz]\n    non_members: [N]\n",
            expected: "t.yaml:20:18: error: unknown concept 'zz'"),
        Case(
            name: "group with one member",
            yaml: header + "concepts:\n  - {id: a, term: A, definition: D, section: s}\n"
                + "groups:\n  - id: g\n    label: L\n    member_noun: an L\n    section: s\n    members: [a]\n    non_members: [N]\n",
            expected: "t.yaml:19:14: error: group 'g' has 1 member; a group needs at least 2"),
        Case(
            name: "non-member that is a member",
            yaml: header
                + "concepts:\n  - {id: a, term: A, definition: D, section: s}\n  - {id: b, term: B, definition: E, section: s}\n"
                + "groups:\n  - id: g\n    label: L\n    member_noun: an L\n    section: s\n    members: [a, b]\n    non_members: [b]\n",
            expected: "t.yaml:16:5: error: non-member 'b' is also the term of a member"),
        Case(
            name: "empty passage", yaml: header + "  - id: s2\n    title: S2\n    passage: \"\"\n",
            expected: "t.yaml:14:14: error: 'passage' is empty"),
        Case(
            name: "answer not in statement",
            yaml: header
                + "facts:\n  - id: f\n    section: s\n    statement: The sky is blue.\n    question: Q?\n    answer: green\n    wrong: [red, grey]\n",
            expected: "t.yaml:17:13: error: answer 'green' must appear word for word in the statement"),
        Case(
            name: "too few wrong answers",
            yaml: header
                + "actions:\n  - id: a\n    section: s\n    situation: X\n    right: Y\n    wrong: [Z]\n    explanation: E\n",
            expected: "t.yaml:17:12: error: 'wrong' has 1 wrong answer; write at least 2"),
        Case(
            name: "wrong answer without feedback",
            yaml: header
                + "faqs:\n  - id: q\n    section: s\n    question: Q?\n    answer: A\n    wrong:\n      - text: B\n        feedback: Why not B.\n      - C\n",
            expected: "t.yaml:20:9: error: the wrong answer 'C' has no feedback; write it as {text: ..., feedback: ...}"
        ),
        Case(
            name: "wrong answer with its feedback left out",
            yaml: header
                + "actions:\n  - id: a\n    section: s\n    situation: X\n    right: Y\n    wrong:\n      - {text: Z}\n      - {text: W, feedback: Why not W.}\n    explanation: E\n",
            expected: "t.yaml:18:9: error: missing key 'feedback' in a wrong answer"),
        Case(
            name: "control character",
            yaml: header + "concepts:\n  - id: c\n    term: \"T\\e[31m\"\n    definition: D\n    section: s\n",
            expected: "t.yaml:14:11: error: text contains a control character (U+1B)"),
        Case(
            name: "review status", yaml: header.replacingOccurrences(of: "{status: draft}", with: "{status: maybe}"),
            expected: "t.yaml:7:20: error: review status 'maybe' is not 'draft' or 'reviewed'"),
        Case(
            name: "reviewed without reviewer",
            yaml: header.replacingOccurrences(of: "{status: draft}", with: "{status: reviewed}"),
            expected: "t.yaml:7:11: error: a reviewed bank needs 'reviewed_by' and 'reviewed_on'"),
        Case(
            name: "YAML syntax", yaml: header + "concepts:\n  - id: c\n   term: [\n",
            expected: "t.yaml:14:4: error: YAML syntax:"),
        Case(
            name: "duplicate key",
            yaml: header + "concepts:\n  - id: c\n    id: d\n    term: T\n    definition: D\n    section: s\n",
            expected: "t.yaml:13:5: error: YAML syntax: the key 'id' appears twice"),
        Case(
            name: "anchors", yaml: header + "concepts:\n  - &x {id: c, term: T, definition: D, section: s}\n  - *x\n",
            expected: "t.yaml:13:5: error: anchors and aliases"),
        Case(
            name: "no bank block", yaml: "sections:\n  - {id: s, title: S, passage: P}\n",
            expected: "t.yaml:1:1: error: no 'bank:' block"),
        Case(
            name: "no sections", yaml: header.split(separator: "\n").prefix(7).joined(separator: "\n"),
            expected: "t.yaml:2:3: error: the bank has no sections"),
        Case(name: "empty file", yaml: "", expected: "t.yaml:1:1: error: file is empty"),
        Case(
            name: "top-level not a mapping", yaml: "- a\n- b\n",
            expected: "t.yaml:1:1: error: 'a bank file' must be a mapping"),
    ]

    @Test(arguments: cases)
    func reportsProblemAtItsPosition(_ c: Case) {
        // Given a bank with one mistake; When it is parsed; Then the first problem names its exact position.
        let found = problems(c.yaml)
        #expect(found.first?.hasPrefix(c.expected) == true, "got \(found)")
    }

    @Test func validHeaderHasNoProblems() {
        #expect(problems(header) == [])
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let yaml = header + "concepts:\n  - id: c\n    term: T\n    section: nowhere\n    extra: 1\n"
        let found = problems(yaml)
        #expect(found.count == 3, "\(found)")
        #expect(found.map { $0.split(separator: ":")[1] } == ["13", "15", "16"])
    }
}
