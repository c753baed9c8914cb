import Words
internal import Yams

/// The keys of one YAML mapping, read with type checks that report where a value is wrong.
struct Fields {
    let builder: BankBuilder
    let values: [String: (key: Node, value: Node)]

    func node(_ key: String) -> Node? { values[key]?.value }

    func valueLocation(_ key: String) -> SourceLocation {
        values[key].map { builder.location($0.value) } ?? SourceLocation(file: builder.file, line: 1, column: 1)
    }

    /// A non-empty string; reports a wrong type, empty text or control characters.
    func text(_ key: String, required: Bool = true) -> String? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value else {
            builder.report(
                builder.location(value),
                .wrongType(key: key, expected: Message("text", context: "what a key of a bank file must be")))
            return nil
        }
        return builder.checkedText(scalar.string, key: key, at: builder.location(value), isNull: scalar.isNull)
    }

    /// An element id, checked for form and uniqueness.
    func identifier() -> String? {
        guard let id = text("id"), let value = node("id") else { return nil }
        let at = builder.location(value)
        guard BankBuilder.isValidID(id) else {
            builder.report(at, .badID(id))
            return nil
        }
        if let first = builder.ids[id] {
            builder.report(at, .duplicateID(id, first: first))
        } else {
            builder.ids[id] = at
        }
        return id
    }

    /// The id of a section, checked once every file is read.
    func reference(_ key: String) -> String? {
        guard let id = text(key) else { return nil }
        builder.references.append(("section", id, valueLocation(key)))
        return id
    }

    func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let value = node(key) else { return nil }
        if case .scalar(let s) = value {
            switch s.string.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        builder.report(
            builder.location(value),
            .wrongType(key: key, expected: Message("true or false", context: "what a key of a bank file must be")))
        return nil
    }

    /// A list of non-empty strings.
    func texts(_ key: String, minimum: Int) -> [String] {
        guard let value = node(key) else { return [] }
        guard case .sequence(let seq) = value else {
            builder.report(
                builder.location(value),
                .wrongType(key: key, expected: Message("a list of texts", context: "what a key of a bank file must be"))
            )
            return []
        }
        var result: [String] = []
        for item in seq {
            guard case .scalar(let s) = item else {
                builder.report(
                    builder.location(item),
                    .wrongType(
                        key: key, expected: Message("a list of texts", context: "what a key of a bank file must be")))
                continue
            }
            if let t = builder.checkedText(s.string, key: key, at: builder.location(item), isNull: s.isNull) {
                result.append(t)
            }
        }
        if result.count < minimum {
            builder.report(builder.location(value), .tooFewWrong(key: key, count: result.count, minimum: minimum))
        }
        return result
    }

    /// Wrong answers: each a mapping with `text` and `feedback` (why it is wrong), which every wrong answer needs;
    /// a plain text is read but reported for its missing feedback.
    func wrongOptions(_ key: String, minimum: Int) -> [WrongOption] {
        guard let value = node(key) else { return [] }
        guard case .sequence(let seq) = value else {
            builder.report(
                builder.location(value),
                .wrongType(
                    key: key, expected: Message("a list of wrong answers", context: "what a key of a bank file must be")
                ))
            return []
        }
        var result: [WrongOption] = []
        for item in seq {
            switch item {
            case .scalar(let s):
                if let t = builder.checkedText(s.string, key: key, at: builder.location(item), isNull: s.isNull) {
                    builder.report(builder.location(item), .missingFeedback(text: t))
                    result.append(WrongOption(t))
                }
            case .mapping:
                guard
                    let f = builder.fields(
                        item, context: Message("a wrong answer", context: "a part of a bank file"),
                        required: ["text", "feedback"],
                        optional: ["differs", "beyond_source"]),
                    let t = f.text("text")
                else { continue }
                let differs = f.texts("differs", minimum: 0)
                if let node = f.node("differs") {
                    for value in differs where !["when", "whom", "what"].contains(value) {
                        builder.report(builder.location(node), .badDiffers(value))
                    }
                }
                result.append(
                    WrongOption(
                        t, feedback: f.text("feedback"), differs: differs,
                        beyondSource: f.text("beyond_source", required: false)))
            default:
                builder.report(
                    builder.location(item),
                    .wrongType(
                        key: key,
                        expected: Message("a list of wrong answers", context: "what a key of a bank file must be")))
            }
        }
        if result.count < minimum {
            builder.report(builder.location(value), .tooFewWrong(key: key, count: result.count, minimum: minimum))
        }
        return result
    }

    /// The element's quotes (each with where it is written) and its `beyond_source`.
    func citation() -> Citation {
        var quotes: [Quote] = []
        if let value = node("quotes") {
            if case .sequence(let seq) = value {
                for item in seq {
                    guard case .scalar(let s) = item else {
                        builder.report(
                            builder.location(item),
                            .wrongType(
                                key: "quotes",
                                expected: Message("a list of texts", context: "what a key of a bank file must be")))
                        continue
                    }
                    let at = builder.location(item)
                    if let t = builder.checkedText(s.string, key: "quotes", at: at, isNull: s.isNull) {
                        quotes.append(Quote(t, location: at))
                    }
                }
            } else {
                builder.report(
                    builder.location(value),
                    .wrongType(
                        key: "quotes",
                        expected: Message("a list of texts", context: "what a key of a bank file must be")))
            }
        }
        return Citation(quotes: quotes, beyondSource: text("beyond_source", required: false))
    }

    /// The forms an element asks, checked against those its kind has.
    func forms(allowed: [String]) -> [String]? {
        guard let value = node("forms") else { return nil }
        if case .scalar(let s) = value, s.isNull { return [] }
        guard case .sequence(let seq) = value else {
            builder.report(
                builder.location(value),
                .wrongType(
                    key: "forms", expected: Message("a list of forms", context: "what a key of a bank file must be")))
            return nil
        }
        var result: [String] = []
        for item in seq {
            guard case .scalar(let s) = item, allowed.contains(s.string.trimmedWhitespace) else {
                let shown = (item.scalar?.string ?? "?").trimmedWhitespace
                builder.report(builder.location(item), .badForm(shown, allowed: allowed))
                continue
            }
            result.append(s.string.trimmedWhitespace)
        }
        return result
    }

    /// Another element's id, for `point:` (checked once every file is read).
    func point(kind: String, of id: String?) -> String? {
        guard let point = text("point", required: false) else { return nil }
        builder.points.append((kind: kind, id: id ?? "?", point: point, at: valueLocation("point")))
        return point
    }

    /// Concept ids (checked once every file is read).
    func conceptReferences(_ key: String) -> [String] {
        let ids = texts(key, minimum: 0)
        if let listNode = node(key), case .sequence(let seq) = listNode {
            for item in seq {
                if case .scalar(let s) = item, !s.isNull {
                    builder.references.append(("concept", s.string.trimmedWhitespace, builder.location(item)))
                }
            }
        }
        return ids
    }

    /// Objectives: each a text, or `{text, taught_by: [ids]}`.
    func objectives() -> [Objective] {
        guard let value = node("objectives") else { return [] }
        guard case .sequence(let seq) = value else {
            builder.report(
                builder.location(value),
                .wrongType(
                    key: "objectives",
                    expected: Message("a list of objectives", context: "what a key of a bank file must be")))
            return []
        }
        var result: [Objective] = []
        for item in seq {
            switch item {
            case .scalar(let s):
                if let t = builder.checkedText(
                    s.string, key: "objectives", at: builder.location(item), isNull: s.isNull)
                {
                    result.append(Objective(t))
                }
            case .mapping:
                guard
                    let f = builder.fields(
                        item, context: Message("an objective", context: "a part of a bank file"), required: ["text"],
                        optional: ["taught_by"]),
                    let t = f.text("text")
                else { continue }
                let ids = f.texts("taught_by", minimum: 0)
                if let listNode = f.node("taught_by"), case .sequence(let refs) = listNode {
                    for (id, ref) in zip(ids, refs) {
                        builder.references.append(("element", id, builder.location(ref)))
                    }
                }
                result.append(Objective(t, taughtBy: ids))
            default:
                builder.report(
                    builder.location(item),
                    .wrongType(
                        key: "objectives",
                        expected: Message("a list of objectives", context: "what a key of a bank file must be")))
            }
        }
        return result
    }

    /// A group's non-members: each a text, or `{text, quotes, beyond_source}`.
    func nonMembers() -> [NonMember] {
        guard let value = node("non_members") else { return [] }
        guard case .sequence(let seq) = value else {
            builder.report(
                builder.location(value),
                .wrongType(
                    key: "non_members", expected: Message("a list", context: "what a key of a bank file must be")))
            return []
        }
        var result: [NonMember] = []
        for item in seq {
            switch item {
            case .scalar(let s):
                if let t = builder.checkedText(
                    s.string, key: "non_members", at: builder.location(item), isNull: s.isNull)
                {
                    result.append(NonMember(t))
                }
            case .mapping:
                guard
                    let f = builder.fields(
                        item, context: Message("a non-member", context: "a part of a bank file"), required: ["text"],
                        optional: ["term_in_sentence", "plural", "quotes", "beyond_source"]),
                    let t = f.text("text")
                else { continue }
                result.append(
                    NonMember(
                        t, termInSentence: f.text("term_in_sentence", required: false),
                        plural: f.bool("plural", required: false) ?? false, citation: f.citation()))
            default:
                builder.report(
                    builder.location(item),
                    .wrongType(
                        key: "non_members", expected: Message("a list", context: "what a key of a bank file must be")))
            }
        }
        return result
    }

    /// The items of a list; reports a value that is not a list.
    func list(_ key: String) -> [Node] {
        guard let value = node(key) else { return [] }
        if case .scalar(let s) = value, s.isNull { return [] }
        guard case .sequence(let seq) = value else {
            builder.report(
                builder.location(value),
                .wrongType(key: key, expected: Message("a list", context: "what a key of a bank file must be")))
            return []
        }
        return Array(seq)
    }
}

extension BankBuilder {
    /// Reads a mapping's keys, reporting a non-mapping, unknown keys and missing required keys.
    func fields(_ node: Node, context: Message, required: [String], optional: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report(location(node), .notAMapping(context: context))
            return nil
        }
        if hasAnchor(node) {
            report(location(node), .anchorsNotAllowed)
            return nil
        }
        let allowed = required + optional
        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case .scalar(let k) = key else {
                report(location(key), .keyNotText)
                continue
            }
            if hasAnchor(value) {
                report(location(value), .anchorsNotAllowed)
                continue
            }
            if allowed.contains(k.string) {
                values[k.string] = (key, value)
            } else {
                report(location(key), .unknownKey(k.string, context: context, allowed: allowed))
            }
        }
        for key in required where values[key] == nil {
            report(location(node), .missingKey(key, context: context))
        }
        return Fields(builder: self, values: values)
    }

    func hasAnchor(_ node: Node) -> Bool {
        switch node {
        case .scalar(let s): s.anchor != nil
        case .mapping(let m): m.anchor != nil
        case .sequence(let s): s.anchor != nil
        case .alias: true
        }
    }

    func checkedText(_ raw: String, key: String, at: SourceLocation, isNull: Bool) -> String? {
        let text = raw.trimmedWhitespace
        if isNull || text.isEmpty {
            report(at, .emptyText(key: key))
            return nil
        }
        if let bad = text.unicodeScalars.first(where: {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }) {
            report(at, .controlCharacter(scalar: bad.value))
            return nil
        }
        if text.hasPrefix(BankDraftMarker.toWrite) {
            let hint = text.dropFirst(BankDraftMarker.toWrite.count).trimmingPrefix(while: { $0 == ":" || $0 == " " })
            report(at, .toWrite(key: key, hint: String(hint)))
        }
        return text
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

extension Node.Scalar {
    /// A plain `~`, `null` or nothing: YAML's null, which no text field accepts.
    var isNull: Bool {
        (style == .plain || style == .any) && ["", "~", "null", "Null", "NULL"].contains(string)
    }
}

extension String {
    /// The text without white space or line breaks at either end (native: no Foundation bridging, which is slow
    /// on Linux for every field of a bank).
    var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// How a draft marks what an educator must still write: a text that starts with these words, in every language
/// (a keyword, as "TODO" is, so `bank check` finds it whatever language the hint after it is in).
public enum BankDraftMarker {
    public static let toWrite = "TO WRITE"
}
