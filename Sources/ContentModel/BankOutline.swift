import Foundation
internal import Yams

/// Where each element of a bank is written, read without checking it: what `bank review` walks through, since a
/// draft with placeholders does not load as a bank.
public struct BankOutline: Sendable {
    /// One element as written: its kind (the top-level key, "facts"), id, file, the lines it spans, and its text.
    public struct Element: Sendable, Equatable {
        public var kind: String
        public var id: String
        public var file: String
        /// The first line (the one with its "- "), from 1.
        public var line: Int
        /// The last line that belongs to it (trailing blank and comment lines excluded).
        public var lastLine: Int
        /// The column of its "- ", from 1.
        public var dashColumn: Int
        public var text: String
        public var quotes: [String]
    }

    public static let elementKinds = ["faqs", "concepts", "groups", "facts", "claims", "actions"]

    public var elements: [Element]
    /// The file that holds the `bank:` block, and the bank's id.
    public var bankFile: String?

    /// The outline of the bank at `path` (a folder or a file); a file that cannot be read or parsed is left out and
    /// reported (its problems are what `bank check` prints).
    public static func read(path: String) -> (BankOutline, problems: [BankProblem]) {
        var elements: [Element] = []
        var problems: [BankProblem] = []
        var bankFile: String?
        for file in BankLibrary.files(at: path) ?? [] {
            let text: String
            switch BankLoader.readText(file, shown: file) {
            case .success(let read): text = read
            case .failure(let problem):
                problems.append(problem)
                continue
            }
            let root: Node?
            do {
                root = try Yams.compose(yaml: text, Resolver.basic)
            } catch {
                problems.append(BankLoader.problem(file, .yamlSyntax("\(error)")))
                continue
            }
            guard case .mapping(let top)? = root else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // Where each top-level key starts: an element ends before the next one.
            let keyLines = top.map { $0.key.mark?.line ?? 0 }.sorted()
            for (key, value) in top {
                guard case .scalar(let k) = key else { continue }
                if k.string == "bank" { bankFile = file }
                guard elementKinds.contains(k.string), case .sequence(let items) = value else { continue }
                let starts = items.map { $0.mark?.line ?? 0 }
                let keyLine = key.mark?.line ?? 0
                let sectionEnd = (keyLines.first { $0 > keyLine } ?? (lines.count + 1)) - 1
                for (n, item) in items.enumerated() {
                    guard case .mapping(let fields) = item, let mark = item.mark else { continue }
                    let first = mark.line
                    var last = n + 1 < starts.count ? starts[n + 1] - 1 : sectionEnd
                    while last > first {
                        let t = lines[last - 1].trimmingCharacters(in: .whitespaces)
                        if t.isEmpty || t.hasPrefix("#") { last -= 1 } else { break }
                    }
                    let id = fields["id"]?.scalar?.string ?? ""
                    let quotes = fields["quotes"]?.sequence?.compactMap { $0.scalar?.string } ?? []
                    let dash =
                        lines[first - 1].firstIndex(of: "-").map {
                            lines[first - 1].distance(from: lines[first - 1].startIndex, to: $0) + 1
                        } ?? 1
                    elements.append(
                        Element(
                            kind: k.string, id: id, file: file, line: first, lastLine: last, dashColumn: dash,
                            text: lines[(first - 1)..<last].joined(separator: "\n"), quotes: quotes))
                }
            }
        }
        // In the order a bank teaches: questions and answers, terms, groups, facts, statements, what to do.
        let rank = Dictionary(uniqueKeysWithValues: elementKinds.enumerated().map { ($1, $0) })
        elements.sort { (rank[$0.kind] ?? 0, $0.file, $0.line) < (rank[$1.kind] ?? 0, $1.file, $1.line) }
        return (BankOutline(elements: elements, bankFile: bankFile), problems)
    }
}
