import Words

/// One thing wrong with a bank, at a place in a file: the place and a message, said in the reader's language at the
/// edge.
public struct BankProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: Message
    /// A draft's placeholder still to write (`TO WRITE: …`), not a mistake: `bank draft` counts these apart.
    public var isPlaceholder: Bool

    public init(location: SourceLocation, message: Message, isPlaceholder: Bool = false) {
        self.location = location
        self.message = message
        self.isPlaceholder = isPlaceholder
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, the form compilers use, so editors can jump to it ("error:" stays as
    /// editors read it; the message is in the catalogue's language).
    public func text(_ catalogue: Catalogue) -> String { "\(location): error: \(message.text(catalogue))" }

    /// In English.
    public var description: String { text(.english) }
}

/// Everything wrong with a bank that could not be loaded, in file order.
public struct BankLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [BankProblem]

    public init(problems: [BankProblem]) { self.problems = problems }

    public var description: String { text(.english) }

    /// Every problem, a line each, in a catalogue's language.
    public func text(_ catalogue: Catalogue) -> String { problems.map { $0.text(catalogue) }.joined(separator: "\n") }
}

/// The kinds of problem the loader finds; the user sees `message`.
enum BankIssue: Equatable {
    case fileUnreadable(reason: Message)
    case noBankFiles
    case tooLarge(bytes: Int, limit: Int)
    case binary
    case invalidUTF8
    case tooDeep(limit: Int)
    case yamlSyntax(String)
    case emptyFile
    case anchorsNotAllowed
    case tooManyNodes(limit: Int)
    case unknownKey(String, context: Message, allowed: [String])
    case missingKey(String, context: Message)
    case wrongType(key: String, expected: Message)
    /// A part of a bank file that must be a mapping and is not.
    case notAMapping(context: Message)
    /// A mapping's key that is not plain text.
    case keyNotText
    case emptyText(key: String)
    case badID(String)
    case duplicateID(String, first: SourceLocation)
    case unknownReference(kind: String, id: String)
    case tooFewMembers(group: String, count: Int)
    case nonMemberIsMember(String)
    case answerNotInStatement(answer: String)
    case tooFewWrong(key: String, count: Int, minimum: Int)
    case missingFeedback(text: String)
    case controlCharacter(scalar: UInt32)
    case badReviewStatus(String)
    case reviewIncomplete
    case noMetadata
    case duplicateMetadata(first: SourceLocation)
    case noSections
    case quoteNotFound(file: String, quote: String)
    case sourceUnreadable(file: String, reason: Message)
    case sourcePath(String)
    case quotesWithoutSource
    case notCited(kind: String, id: String)
    /// `point:` names the element itself.
    case pointIsItself(kind: String, id: String)
    /// `point:` names an element of another kind.
    case pointOfAnotherKind(kind: String, id: String)
    /// `point:` names an element that joins a third (one level only).
    case pointJoinsAnother(kind: String, id: String, next: String)
    case badForm(String, allowed: [String])
    case badDiffers(String)
    case retiredIDReused(String)
    /// A draft's placeholder (`TO WRITE: …`), still as `bank draft` wrote it.
    case toWrite(key: String, hint: String)

    /// What is wrong and what to do, as a message said in the reader's language at the edge.
    var message: Message {
        switch self {
        case .fileUnreadable(let reason): Message("cannot read this file: {reason}", ["reason": reason])
        case .noBankFiles:
            Message(
                "no bank files here; point --bank at a folder holding .yaml files (one with a 'bank:' block) or at one .yaml file"
            )
        case .tooLarge(let bytes, let limit):
            Message(
                "file is {size} MB; a bank file may be at most {limit} MB, so split it into several files in one folder",
                ["size": bytes / 1_048_576, "limit": limit / 1_048_576])
        case .binary: Message("this is not a text file (it contains a NUL byte); a bank file must be UTF-8 YAML")
        case .invalidUTF8: Message("invalid UTF-8 here; save the file as UTF-8")
        case .tooDeep(let limit):
            Message(
                "nesting is deeper than {limit} levels; a bank never needs this much, check the indentation",
                ["limit": limit])
        case .yamlSyntax(let problem): Message("YAML syntax: {problem}", ["problem": problem])
        case .emptyFile: Message("file is empty; write a bank here or remove the file")
        case .tooManyNodes(let limit):
            Message(
                "the file holds more than {limit} YAML nodes (values, lists and mappings), far more than any bank needs; split it or shorten it",
                ["limit": limit])
        case .anchorsNotAllowed:
            Message(
                "anchors and aliases (&name, *name) are not allowed in a bank; write the text out in full (an & or * at the start of a word reads as one: write 'and', or leave a space after it)"
            )
        case .unknownKey(let key, let context, let allowed):
            Message(
                "unknown key '{key}' in {context}; expected one of: {allowed}",
                ["key": key, "context": context, "allowed": allowed.joined(separator: ", ")])
        case .missingKey(let key, let context):
            Message("missing key '{key}' in {context}", ["key": key, "context": context])
        case .wrongType(let key, let expected):
            Message("'{key}' must be {expected}", ["key": key, "expected": expected])
        case .notAMapping(let context):
            Message("'{context}' must be a mapping of keys and values", ["context": context])
        case .keyNotText: Message("a key must be plain text")
        case .emptyText(let key): Message("'{key}' is empty; write the text or remove the element", ["key": key])
        case .badID(let id):
            Message(
                "id '{id}' is not allowed; use lower-case letters, digits and hyphens, starting with a letter (e.g. checkpoint-inhibitors)",
                ["id": id])
        case .duplicateID(let id, let first):
            Message(
                "duplicate id '{id}' (first used at {place}); every id must be unique in the bank",
                ["id": id, "place": first])
        case .unknownReference(let kind, let id):
            Message("unknown {kind} '{id}'; it must be the id of a {kind} in this bank", ["kind": kind, "id": id])
        case .tooFewMembers(let group, let count):
            Message.plural(
                "group '{group}' has {count} member; a group needs at least 2",
                "group '{group}' has {count} members; a group needs at least 2", count: count, ["group": group])
        case .nonMemberIsMember(let text):
            Message("non-member '{text}' is also the term of a member of this group", ["text": text])
        case .answerNotInStatement(let answer):
            Message("answer '{answer}' must appear word for word in the statement", ["answer": answer])
        case .tooFewWrong(let key, let count, let minimum):
            Message.plural(
                "'{key}' has {count} wrong answer; write at least {minimum}",
                "'{key}' has {count} wrong answers; write at least {minimum}", count: count,
                ["key": key, "minimum": minimum])
        case .missingFeedback(let text):
            Message(
                "the wrong answer '{text}' has no feedback; write it as {{text: ..., feedback: ...}}, saying why it is wrong",
                ["text": text])
        case .controlCharacter(let scalar):
            Message(
                "text contains a control character (U+{code}); remove it",
                ["code": String(scalar, radix: 16, uppercase: true)])
        case .badReviewStatus(let status):
            Message("review status '{status}' is not 'draft' or 'reviewed'", ["status": status])
        case .reviewIncomplete: Message("a reviewed bank needs 'reviewed_by' and 'reviewed_on'")
        case .noMetadata: Message("no 'bank:' block with the bank's id and title in any file; add one")
        case .duplicateMetadata(let first):
            Message("a second 'bank:' block (the first is at {place}); keep only one", ["place": first])
        case .noSections: Message("the bank has no sections; add at least one under 'sections:'")
        case .quoteNotFound(let file, let quote):
            Message(
                "quote not found in {file}: '{quote}'; copy the sentence exactly (spaces and quote marks may differ)",
                ["file": file, "quote": quote.count > 80 ? String(quote.prefix(77)) + "…" : quote])
        case .sourceUnreadable(let file, let reason):
            Message(
                "the source file {file} cannot be read: {reason}; quotes cannot be checked",
                ["file": file, "reason": reason])
        case .sourcePath(let file):
            Message(
                "the source file '{file}' must be a file name beside the bank's files (no folder, no '..')",
                ["file": file])
        case .quotesWithoutSource:
            Message(
                "this bank quotes its source but names no source file; add 'source: {{title: …, file: …}}' to the bank block"
            )
        case .notCited(let kind, let id):
            Message(
                "{kind} '{id}' has neither quotes nor beyond_source; quote the sentence of the source it teaches, or say why it goes beyond it",
                ["kind": kind, "id": id])
        case .pointIsItself(let kind, let id):
            Message("point '{id}' of this {kind} is the element itself; remove it", ["id": id, "kind": kind])
        case .pointOfAnotherKind(let kind, let id):
            Message("point '{id}' of this {kind} must be the id of another {kind}", ["id": id, "kind": kind])
        case .pointJoinsAnother(let kind, let id, let next):
            Message(
                "point '{id}' of this {kind} joins '{next}' itself; name '{next}' here (one level only)",
                ["id": id, "kind": kind, "next": next])
        case .badForm(let form, let allowed):
            Message(
                "form '{form}' is not one of {allowed}", ["form": form, "allowed": allowed.joined(separator: ", ")])
        case .badDiffers(let value): Message("differs: '{value}' is not one of when, whom, what", ["value": value])
        case .retiredIDReused(let id):
            Message(
                "id '{id}' was retired (see 'retired:'); an element with a new meaning needs a new id", ["id": id])
        case .toWrite(let key, let hint):
            Message(
                "to write: '{key}' is still a draft's placeholder ({hint}); write it, or drop the element (teachback bank review)",
                ["key": key, "hint": hint])
        }
    }
}
