/// One thing wrong with a bank, at a place in a file.
public struct BankProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, the form compilers use, so editors can jump to it.
    public var description: String { "\(location): error: \(message)" }
}

/// Everything wrong with a bank that could not be loaded, in file order.
public struct BankLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [BankProblem]

    public init(problems: [BankProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// The kinds of problem the loader finds; the user sees `message`.
enum BankIssue: Equatable {
    case fileUnreadable(reason: String)
    case noBankFiles
    case tooLarge(bytes: Int, limit: Int)
    case binary
    case invalidUTF8
    case tooDeep(limit: Int)
    case yamlSyntax(String)
    case emptyFile
    case anchorsNotAllowed
    case tooManyNodes(limit: Int)
    case unknownKey(String, context: String, allowed: [String])
    case missingKey(String, context: String)
    case wrongType(key: String, expected: String)
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
    case sourceUnreadable(file: String, reason: String)
    case sourcePath(String)
    case quotesWithoutSource
    case notCited(kind: String, id: String)
    case badPoint(kind: String, id: String, why: String)
    case badForm(String, allowed: [String])
    case badDiffers(String)
    case retiredIDReused(String)

    var message: String {
        switch self {
        case .fileUnreadable(let reason): "cannot read this file: \(reason)"
        case .noBankFiles:
            "no bank files here; point --bank at a folder holding .yaml files (one with a 'bank:' block) or at one .yaml file"
        case .tooLarge(let bytes, let limit):
            "file is \(bytes / 1_048_576) MB; a bank file may be at most \(limit / 1_048_576) MB, so split it into several files in one folder"
        case .binary: "this is not a text file (it contains a NUL byte); a bank file must be UTF-8 YAML"
        case .invalidUTF8: "invalid UTF-8 here; save the file as UTF-8"
        case .tooDeep(let limit):
            "nesting is deeper than \(limit) levels; a bank never needs this much, check the indentation"
        case .yamlSyntax(let problem): "YAML syntax: \(problem)"
        case .emptyFile: "file is empty; write a bank here or remove the file"
        case .tooManyNodes(let limit):
            "the file holds more than \(limit) YAML nodes (values, lists and mappings), far more than any bank needs; split it or shorten it"
        case .anchorsNotAllowed:
            "anchors and aliases (&name, *name) are not allowed in a bank; write the text out in full (an & or * at the start of a word reads as one: write 'and', or leave a space after it)"
        case .unknownKey(let key, let context, let allowed):
            "unknown key '\(key)' in \(context); expected one of: \(allowed.joined(separator: ", "))"
        case .missingKey(let key, let context): "missing key '\(key)' in \(context)"
        case .wrongType(let key, let expected): "'\(key)' must be \(expected)"
        case .emptyText(let key): "'\(key)' is empty; write the text or remove the element"
        case .badID(let id):
            "id '\(id)' is not allowed; use lower-case letters, digits and hyphens, starting with a letter (e.g. checkpoint-inhibitors)"
        case .duplicateID(let id, let first):
            "duplicate id '\(id)' (first used at \(first)); every id must be unique in the bank"
        case .unknownReference(let kind, let id): "unknown \(kind) '\(id)'; it must be the id of a \(kind) in this bank"
        case .tooFewMembers(let group, let count):
            "group '\(group)' has \(count) member\(count == 1 ? "" : "s"); a group needs at least 2"
        case .nonMemberIsMember(let text): "non-member '\(text)' is also the term of a member of this group"
        case .answerNotInStatement(let answer): "answer '\(answer)' must appear word for word in the statement"
        case .tooFewWrong(let key, let count, let minimum):
            "'\(key)' has \(count) wrong answer\(count == 1 ? "" : "s"); write at least \(minimum)"
        case .missingFeedback(let text):
            "the wrong answer '\(text)' has no feedback; write it as {text: ..., feedback: ...}, saying why it is wrong"
        case .controlCharacter(let scalar):
            "text contains a control character (U+\(String(scalar, radix: 16, uppercase: true))); remove it"
        case .badReviewStatus(let s): "review status '\(s)' is not 'draft' or 'reviewed'"
        case .reviewIncomplete: "a reviewed bank needs 'reviewed_by' and 'reviewed_on'"
        case .noMetadata: "no 'bank:' block with the bank's id and title in any file; add one"
        case .duplicateMetadata(let first): "a second 'bank:' block (the first is at \(first)); keep only one"
        case .noSections: "the bank has no sections; add at least one under 'sections:'"
        case .quoteNotFound(let file, let quote):
            "quote not found in \(file): '\(quote.count > 80 ? String(quote.prefix(77)) + "…" : quote)'; copy the sentence exactly (spaces and quote marks may differ)"
        case .sourceUnreadable(let file, let reason):
            "the source file \(file) cannot be read: \(reason); quotes cannot be checked"
        case .sourcePath(let file):
            "the source file '\(file)' must be a file name beside the bank's files (no folder, no '..')"
        case .quotesWithoutSource:
            "this bank quotes its source but names no source file; add 'source: {title: …, file: …}' to the bank block"
        case .notCited(let kind, let id):
            "\(kind) '\(id)' has neither quotes nor beyond_source; quote the sentence of the source it teaches, or say why it goes beyond it"
        case .badPoint(let kind, let id, let why): "point '\(id)' of this \(kind) \(why)"
        case .badForm(let form, let allowed): "form '\(form)' is not one of \(allowed.joined(separator: ", "))"
        case .badDiffers(let value): "differs: '\(value)' is not one of when, whom, what"
        case .retiredIDReused(let id):
            "id '\(id)' was retired (see 'retired:'); an element with a new meaning needs a new id"
        }
    }
}
