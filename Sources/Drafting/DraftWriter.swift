import ContentModel
public import Words

/// Writes a draft as a bank folder's YAML files: `bank.yaml` (the bank block and sections) and one file per element
/// kind that has elements. Every text is a double-quoted YAML string (nothing in a handout can end it early or be
/// read as YAML), passages are literal blocks, and placeholders start with `TO WRITE:`.
public struct DraftWriter {
    let draft: BankDraft
    /// The catalogue of the bank's language: the placeholders' hints and the files' comments are in it.
    let words: Catalogue

    public init(_ draft: BankDraft, words: Catalogue) {
        self.draft = draft
        self.words = words
    }

    /// The files to write, by name, in order.
    public func files(handoutName: String) -> [(name: String, text: String)] {
        var result = [("bank.yaml", bankFile(handoutName: handoutName))]
        let kinds: [(file: String, key: [DraftElement.Kind: String], comment: Message)] = [
            (
                "faqs.yaml", [.faq: "faqs"],
                Message(
                    "Questions and answers from the handout. Each needs wrong answers with their feedback.",
                    context: "a comment in a drafted bank file")
            ),
            (
                "concepts.yaml", [.concept: "concepts", .group: "groups"],
                Message(
                    "Terms the handout defines, and groups of them. A definition must be a phrase that could stand as an answer.",
                    context: "a comment in a drafted bank file")
            ),
            (
                "facts.yaml", [.fact: "facts"],
                Message(
                    "Sentences that say why, what for, when, how or where. The answer is the part that says it, word for word in the statement.",
                    context: "a comment in a drafted bank file")
            ),
            (
                "claims.yaml", [.claim: "claims"],
                Message(
                    "Statements of the handout, each asked as true or false. Keep only those a patient must know; write the false beliefs.",
                    context: "a comment in a drafted bank file")
            ),
            (
                "actions.yaml", [.action: "actions"],
                Message(
                    "What to do, from the handout's instructions. Safety ones are marked critical. Each needs a situation and wrong choices.",
                    context: "a comment in a drafted bank file")
            ),
        ]
        for (file, keys, comment) in kinds {
            var text = comments([comment.text(words)])
            var any = false
            for kind in DraftElement.Kind.allCases {
                guard let key = keys[kind] else { continue }
                let elements = draft.elements(kind)
                guard !elements.isEmpty else { continue }
                any = true
                text += "\n\(key):\n"
                for element in elements { text += self.element(element) }
            }
            if any { result.append((file, text)) }
        }
        return result
    }

    func bankFile(handoutName: String) -> String {
        let intro = Message(
            "A draft of a bank, written by 'teachback bank draft' from {file}. Every element quotes the handout; what says TO WRITE is yours to write, and 'teachback bank check' names each with its line. Then review it with 'teachback bank review'.",
            context: "a comment in a drafted bank file", ["file": handoutName])
        let passages = Message(
            "Each passage is the handout's own paragraphs, word for word: rewrite it in plain words (US grade 8 or below) for the reading screen.",
            context: "a comment in a drafted bank file")
        var text = comments([intro.text(words)])
        text += "bank:\n"
        text += "  id: \(draft.id)\n"
        text += "  title: \(quoted(draft.title))\n"
        text += "  language: \(quoted(draft.language))\n"
        text += "  audience: \(quoted(toWrite(Placeholder.audience)))\n"
        text += "  version: \"1\"\n"
        // not a message: YAML keys
        text += "  source:\n    title: \(quoted(draft.title))\n    file: \(quoted(draft.sourceFile))\n"
        // not a message: YAML keys
        text += "  review:\n    status: draft\n"
        text += "\n" + comments([passages.text(words)])
        text += "sections:\n"
        for section in draft.sections {
            text += "  - id: \(section.id)\n"
            text += "    title: \(quoted(section.title))\n"
            text += "    passage: |\n"
            for line in section.lines { text += "      " + line + "\n" }
            text += "\n"
        }
        return text
    }

    func element(_ e: DraftElement) -> String {
        var text = "  - id: \(e.id)\n    section: \(e.section)\n"
        for (key, value) in e.fields {
            switch value {
            case .text(let t): text += "    \(key): \(quoted(t))\n"
            case .toWrite(let hint): text += "    \(key): \(quoted(toWrite(hint)))\n"
            case .flag(let b): text += "    \(key): \(b)\n"
            case .ids(let ids): text += "    \(key): [\(ids.joined(separator: ", "))]\n"
            case .wrongToWrite(let count, let t, let feedback):
                text += "    \(key):\n"
                for _ in 0..<count {
                    text += "      - text: \(quoted(toWrite(t)))\n        feedback: \(quoted(toWrite(feedback)))\n"
                }
            case .nonMembersToWrite(let count, let t):
                text += "    \(key):\n"
                for _ in 0..<count { text += "      - text: \(quoted(toWrite(t)))\n" }
            }
        }
        text += "    quotes:\n"
        for quote in e.quotes { text += "      - \(quoted(quote))\n" }
        return text + "\n"
    }

    func toWrite(_ hint: Message) -> String { BankDraftMarker.toWrite + ": " + hint.text(words) }

    /// Comment lines of at most about 110 characters.
    func comments(_ paragraphs: [String]) -> String {
        var out = ""
        for paragraph in paragraphs {
            var line = "#"
            for word in paragraph.split(separator: " ") {
                if line.count + word.count + 1 > 110 && line != "#" {
                    out += line + "\n"
                    line = "#"
                }
                line += " " + word
            }
            out += line + "\n"
        }
        return out
    }

    /// A YAML double-quoted string.
    func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
