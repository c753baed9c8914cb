import Synchronization

/// The word lists a language gives the question generator — the adversary's cue words and the stop words — read from
/// its `LANG.cues` file beside its catalogue: data a translator or educator can edit, never code.
///
/// The format: `[name]` opens a list; each other line is a phrase; `#` starts a comment line; a phrase with spaces at
/// its ends is written in double quotes.
public struct WordLists: Sendable, Equatable {
    /// The language's tag.
    public let code: String
    private let lists: [String: [String]]

    /// Reads a `.cues` file.
    /// - Throws: `CatalogueError` naming the line of a phrase outside any list, or of a list named twice.
    public init(code: String, bytes: some Collection<UInt8>, file: String) throws(CatalogueError) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CatalogueError(file: file, line: 1, column: 1, reason: .notUTF8)
        }
        var lists: [String: [String]] = [:]
        var current: String?
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                let name = String(trimmed.dropFirst().dropLast())
                guard lists[name] == nil else {
                    throw CatalogueError(
                        file: file, line: offset + 1, column: 1, reason: .outOfOrder("the list [\(name)] a second time")
                    )
                }
                lists[name] = []
                current = name
                continue
            }
            guard let current else {
                throw CatalogueError(
                    file: file, line: offset + 1, column: 1, reason: .outOfOrder("a phrase before any [list]"))
            }
            let phrase =
                trimmed.count >= 2 && trimmed.hasPrefix("\"") && trimmed.hasSuffix("\"")
                ? String(trimmed.dropFirst().dropLast()) : String(trimmed)
            lists[current, default: []].append(phrase)
        }
        self.code = code
        self.lists = lists
    }

    /// A list by name; empty when the file has none of that name.
    public subscript(_ name: String) -> [String] { lists[name] ?? [] }

    /// The names of the lists the file has.
    public var names: Set<String> { Set(lists.keys) }

    /// The `.cues` file's bytes of each language that has one.
    private static func builtIn(_ code: String) -> [UInt8]? {
        switch code {
        case "en": PackageResources.en_cues
        case "es": PackageResources.es_cues
        case "zh-Hans": PackageResources.zh_Hans_cues
        default: nil
        }
    }

    private static let cache = Mutex<[String: WordLists]>([:])

    /// A language's lists (read once per process); no lists for a language without a file.
    public static func named(_ code: String) -> WordLists {
        if let known = cache.withLock({ $0[code] }) { return known }
        let read = (try? validate(code)).flatMap { $0 } ?? WordLists(code: code)
        cache.withLock { $0[code] = read }
        return read
    }

    /// Every language's lists.
    public static var all: [WordLists] { Catalogue.languages.map(named) }

    /// Reads a shipped language's file, reporting what is wrong with it (for the tests).
    public static func validate(_ code: String) throws(CatalogueError) -> WordLists? {
        guard let bytes = builtIn(code) else { return nil }
        return try WordLists(code: code, bytes: bytes, file: "Sources/Words/Catalogues/\(code).cues")
    }

    private init(code: String) {
        self.code = code
        self.lists = [:]
    }
}
