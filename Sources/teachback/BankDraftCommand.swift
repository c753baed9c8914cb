import ArgumentParser
import ContentModel
import Drafting
import Foundation
import Words

extension BankCommand {
    struct Draft: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "draft",
            abstract: helpText("Draft a bank from a handout (plain text, Markdown or a saved web page)."),
            discussion: helpText(
                "Writes a new folder: bank.yaml with the handout's sections, candidate questions and answers, terms, facts, true statements and instructions, each quoting the handout, and the handout copied beside them. What a draft cannot know is marked TO WRITE; 'bank check' names each with its line. Nothing existing is replaced."
            ))

        @Argument(help: helpText("The handout: a .txt, .md or .html file in UTF-8."))
        var article: String
        @Option(help: helpText("The folder to write (it must not exist, or be empty); default: the bank's id."))
        var out: String?
        @Option(help: helpText("The bank's id (lower-case letters, digits and hyphens); default: from the title."))
        var id: String?
        @Option(help: helpText("The handout's language: en or es."))
        var language = "en"

        func run() throws {
            guard let drafter = Drafter(language: language) else {
                throw Failure(
                    Message(
                        "bank draft reads handouts in {languages}, not '{language}'; give --language en or --language es",
                        ["languages": Drafter.languages.joined(separator: ", "), "language": language]))
            }
            if let id, !BankDraftFolder.isValidID(id) {
                throw Failure(
                    Message(
                        "--id '{id}' is not allowed; use lower-case letters, digits and hyphens, starting with a letter (e.g. wound-care)",
                        ["id": id]))
            }
            let bytes: [UInt8]
            switch RegularFile.read(article, limit: Handout.maximumSize) {
            case .success(let read): bytes = read
            case .failure(let problem): throw Failure(Handout.Problem.file(problem).message(file: article))
            }
            let format = Handout.format(name: article, bytes: bytes)
            let handout: Handout
            switch Handout.parse(bytes, format: format) {
            case .success(let read): handout = read
            case .failure(let problem): throw Failure(problem.message(file: article))
            }
            // The copy keeps the handout's name, with the extension its format needs when the name has none.
            var sourceName = (article as NSString).lastPathComponent
            if Handout.format(name: sourceName, bytes: []) != format || (sourceName as NSString).pathExtension.isEmpty {
                sourceName += format == .html ? ".html" : format == .markdown ? ".md" : ".txt"
            }
            let draft = drafter.draft(handout, id: id, sourceFile: sourceName)
            let folder = out ?? draft.id
            let files = DraftWriter(draft, words: Words.Catalogue.named(language)).files(handoutName: sourceName)
            do {
                try BankDraftFolder.write(
                    files.map { ($0.name, Array($0.text.utf8)) } + [(sourceName, bytes)], to: folder)
            } catch {
                throw Failure(error.message)
            }
            if let removed = handout.removedCharacters {
                printError(
                    Message.plural(
                        "note: {count} invisible or control character in {file} was left out of the draft (on line {line}); the copy beside the bank keeps it",
                        "note: {count} invisible or control characters in {file} were left out of the draft (the first on line {line}); the copy beside the bank keeps them",
                        count: removed.count, ["file": article, "line": removed.firstLine]))
            }
            report(draft, folder: folder)
        }

        /// What was written, and what is left to write: the bank checked as `bank check` checks it.
        func report(_ draft: BankDraft, folder: String) {
            var placeholders = 0
            var others: [BankProblem] = []
            do {
                _ = try BankLoader.load(path: folder)
            } catch {
                placeholders = error.problems.filter(\.isPlaceholder).count
                others = error.problems.filter { !$0.isPlaceholder }
            }
            let counts = DraftElement.Kind.allCases.map { kind in draft.elements(kind).count }
            say(
                Message(
                    "wrote {folder}: {sections}; {faqs}, {concepts}, {groups}, {facts}, {claims}, {actions}, each quoting the handout",
                    [
                        "folder": folder,
                        "sections": Message.plural("{count} section", "{count} sections", count: draft.sections.count),
                        "faqs": Message.plural(
                            "{count} question and answer", "{count} questions and answers", count: counts[0]),
                        "concepts": Message.plural("{count} term", "{count} terms", count: counts[1]),
                        "groups": Message.plural("{count} group", "{count} groups", count: counts[2]),
                        "facts": Message.plural("{count} fact", "{count} facts", count: counts[3]),
                        "claims": Message.plural("{count} statement", "{count} statements", count: counts[4]),
                        "actions": Message.plural("{count} instruction", "{count} instructions", count: counts[5]),
                    ]))
            say(
                Message.plural(
                    "{count} place is marked TO WRITE; 'teachback bank check --bank {folder}' names it with its line, and 'teachback bank review {folder}' walks you through the draft",
                    "{count} places are marked TO WRITE; 'teachback bank check --bank {folder}' names each with its line, and 'teachback bank review {folder}' walks you through the draft",
                    count: placeholders, ["folder": folder]))
            for problem in others { printError(problem.text(commandLanguage.words)) }
        }
    }
}

/// A draft's new folder, written whole or not at all.
enum BankDraftFolder {
    enum Problem: Error {
        case exists(String)
        case cannotWrite(String, reason: String)

        var message: Message {
            switch self {
            case .exists(let path):
                Message(
                    "{path} already exists and is not an empty folder; nothing was written. Give another --out, or move it away first.",
                    ["path": path])
            case .cannotWrite(let path, let reason):
                Message(
                    "cannot write the draft to {path}: {reason}; nothing was written", ["path": path, "reason": reason])
            }
        }
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Writes the files into a new folder beside `path`, then renames it to `path`: a reader never sees half a draft,
    /// and an existing folder with anything in it is never touched.
    static func write(_ files: [(String, [UInt8])], to path: String) throws(Problem) {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isFolder) {
            let empty = isFolder.boolValue && ((try? fm.contentsOfDirectory(atPath: path))?.isEmpty ?? false)
            guard empty, RegularFile.kind(at: path, followLink: false) == S_IFDIR else { throw .exists(path) }
        }
        let parent = (path as NSString).deletingLastPathComponent
        var template = Array(((parent.isEmpty ? "." : parent) + "/.teachback-draft-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw .cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        let temporary = String(cString: made)
        func fail(_ reason: String) -> Problem {
            try? fm.removeItem(atPath: temporary)
            return .cannotWrite(path, reason: reason)
        }
        for (name, bytes) in files {
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: temporary + "/" + name), options: .withoutOverwriting)
            } catch {
                throw fail(error.localizedDescription)
            }
        }
        chmod(temporary, 0o755)
        if fm.fileExists(atPath: path) {
            guard rmdir(path) == 0 else { throw fail(String(cString: strerror(errno))) }
        }
        guard rename(temporary, path) == 0 else { throw fail(String(cString: strerror(errno))) }
    }
}
