public import ContentModel
import Foundation

/// An educator's review of a bank, element by element: what was decided, kept beside the bank between runs, and the
/// edits a decision makes to the bank's files.
///
/// Each decision holds the element's fingerprint (a hash of its text as written), so an element changed after it was
/// accepted — by an edit, or in a new version of the bank — is shown again, and one that did not change is not.
public struct ReviewProgress: Codable, Sendable, Equatable {
    public enum Verdict: String, Codable, Sendable { case accepted, beyondSource }

    public struct Decision: Codable, Sendable, Equatable {
        public var verdict: Verdict
        public var fingerprint: String
        public var reason: String?
        public var on: String
    }

    public var decisions: [String: Decision] = [:]
    /// Who recorded the last complete review, and when.
    public var reviewedBy: String?
    public var reviewedOn: String?

    public init() {}

    /// The file beside the bank's YAML that keeps the progress (not a `.yaml` file: the loader never reads it).
    public static let fileName = ".teachback-review.json"

    public static func key(_ e: BankOutline.Element) -> String { e.kind + "/" + e.id }

    /// FNV-1a of the element's text, its lines' ends trimmed: a change of a word shows, a trailing space does not.
    public static func fingerprint(_ e: BankOutline.Element) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let lines = e.text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        }
        for byte in lines.map { String($0) }.joined(separator: "\n").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// The elements still to review: those with no decision, or changed since theirs.
    public func pending(_ outline: BankOutline) -> [BankOutline.Element] {
        outline.elements.filter { decisions[Self.key($0)]?.fingerprint != Self.fingerprint($0) }
    }

    public mutating func decide(_ e: BankOutline.Element, _ verdict: Verdict, reason: String? = nil, on: String) {
        decisions[Self.key(e)] = Decision(verdict: verdict, fingerprint: Self.fingerprint(e), reason: reason, on: on)
    }

    /// Decisions of elements no longer in the bank (dropped, or renamed) are forgotten.
    public mutating func forgetMissing(_ outline: BankOutline) {
        let present = Set(outline.elements.map(Self.key))
        decisions = decisions.filter { present.contains($0.key) }
    }

    public static func load(folder: String) -> ReviewProgress {
        guard case .success(let bytes) = RegularFile.read(folder + "/" + fileName, limit: 4 * 1_048_576),
            let progress = try? JSONDecoder().decode(ReviewProgress.self, from: Data(bytes))
        else { return ReviewProgress() }
        return progress
    }

    public func save(folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try BankEdits.replace(folder + "/" + Self.fileName, with: try encoder.encode(self))
    }
}

/// The edits a review makes to a bank's YAML, each written whole (a new file renamed over the old one).
public enum BankEdits {
    /// Removes an element's lines (and one blank line after it).
    public static func drop(_ e: BankOutline.Element) throws {
        var lines = try lines(of: e.file)
        guard e.lastLine <= lines.count else { return }
        var end = e.lastLine
        if end < lines.count, lines[end].trimmingCharacters(in: .whitespaces).isEmpty { end += 1 }
        lines.removeSubrange((e.line - 1)..<end)
        try write(lines, to: e.file)
    }

    /// Sets the element's `beyond_source:` to `reason`, replacing one it has.
    public static func setBeyondSource(_ e: BankOutline.Element, reason: String) throws {
        var lines = try lines(of: e.file)
        let indent = String(repeating: " ", count: e.dashColumn + 1)
        let newLine = indent + "beyond_source: " + quoted(reason)
        var at = e.line  // after the element's first line
        if let existing = (e.line - 1..<e.lastLine).first(where: {
            lines[$0].hasPrefix(indent + "beyond_source:")
                || ($0 == e.line - 1 && lines[$0].contains("- beyond_source:"))
        }) {
            var end = existing + 1
            while end < e.lastLine, lines[end].hasPrefix(indent + " ") { end += 1 }
            lines.removeSubrange(existing..<end)
            at = existing
        }
        lines.insert(newLine, at: at)
        try write(lines, to: e.file)
    }

    /// Writes `review: {status: reviewed, reviewed_by, reviewed_on}` in place of the bank block's review.
    public static func markReviewed(bankFile: String, by: String, on: String) throws {
        var lines = try lines(of: bankFile)
        guard let bank = lines.firstIndex(where: { $0.hasPrefix("bank:") }) else { return }
        var i = bank + 1
        while i < lines.count, lines[i].isEmpty || lines[i].hasPrefix(" ") || lines[i].hasPrefix("#") {
            let trimmed = lines[i].drop { $0 == " " }
            if trimmed.hasPrefix("review:") {
                let indent = lines[i].prefix { $0 == " " }
                var end = i + 1
                while end < lines.count, lines[end].prefix(while: { $0 == " " }).count > indent.count { end += 1 }
                lines.replaceSubrange(
                    i..<end,
                    with: [
                        indent + "review:", indent + "  status: reviewed", indent + "  reviewed_by: " + quoted(by),
                        indent + "  reviewed_on: " + quoted(on),
                    ])
                try write(lines, to: bankFile)
                return
            }
            i += 1
        }
    }

    static func lines(of file: String) throws -> [String] {
        let bytes = try RegularFile.read(file, limit: BankLoader.maximumFileSize).get()
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
    }

    static func write(_ lines: [String], to file: String) throws {
        try replace(file, with: Data(lines.joined(separator: "\n").utf8))
    }

    /// Writes a file whole: a new file beside it, renamed over it.
    public static func replace(_ path: String, with data: Data) throws {
        let temporary = path + ".teachback-new"
        try data.write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
