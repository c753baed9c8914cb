import BuiltInBank
import ContentModel
import Foundation
import Words
import QuestionGeneration
import QuizEngine

/// Every bank there is: the built-in banks, the library's and `--bank`, each with what `bank list` and the trainer's
/// topics screen show, found without parsing a bank that has not changed since it was last seen.
///
/// The index (`$XDG_CACHE_HOME/teachback/library-index.json`) keeps each bank's line by path, keyed by its files'
/// names, sizes and modification times and this binary's; like `BankCache` it only ever saves time.
struct CatalogueEntry: Codable, Equatable {
    var id: String
    var title: String
    var language: String
    var version: String
    /// "draft" or "reviewed" (the JSON listing's code); who reviewed it and on which day when reviewed.
    var status: String
    var reviewedBy: String?
    var reviewedOn: String?
    var items: Int
    var points: Int
    var path: String
    var origin: BankLibrary.Origin
    /// The files' stat key: an entry whose key no longer matches is read again.
    var key: String

    var info: TopicInfo { TopicInfo(id: id, title: title, pointCount: points) }
}

/// A bank that could not be read, and why (every problem, file:line:column).
struct CatalogueProblem {
    var path: String
    var message: String
}

struct Catalogue {
    var entries: [CatalogueEntry]
    /// Library banks that could not be read; the rest are listed without them.
    var problems: [CatalogueProblem]

    func entry(_ id: String) -> CatalogueEntry? { entries.first { $0.id == id } }

    /// Reads the catalogue. `commandLineBank` (`--bank PATH`) joins it; it may repeat a bank's id only if it is that
    /// very bank (the same files' bytes).
    static func load(commandLineBank: String?, environment: [String: String]) throws -> Catalogue {
        var index = Index.read(environment)
        var entries: [CatalogueEntry] = []
        var problems: [CatalogueProblem] = []
        var sources: [(String, BankLibrary.Origin)] = []
        sources += BuiltInBank.paths.map { ($0, .builtIn) }
        if let folder = BankLibrary.folder(environment: environment) {
            sources += BankLibrary.paths(in: folder).map { ($0, .library) }
        }
        if let commandLineBank { sources.append((commandLineBank, .commandLine)) }
        for (path, origin) in sources {
            let entry: CatalogueEntry
            do {
                entry = try index.entry(path: path, origin: origin, environment: environment)
            } catch let error as BankLoadError {
                if origin == .commandLine { throw error }
                problems.append(CatalogueProblem(path: path, message: error.text(commandLanguage.words)))
                continue
            }
            if let other = entries.firstIndex(where: { $0.id == entry.id }) {
                if origin == .commandLine
                    && BankCache.key(bankPath: path) == BankCache.key(bankPath: entries[other].path)
                {
                    continue
                }
                throw DuplicateBankID(
                    id: entry.id, first: Self.shown(entries[other]), second: Self.shown(entry))
            }
            entries.append(entry)
        }
        index.write(environment)
        return Catalogue(entries: entries, problems: problems)
    }

    static func shown(_ entry: CatalogueEntry) -> String {
        entry.origin == .builtIn ? commandLanguage.text("the built-in bank ({path})", ["path": entry.path]) : entry.path
    }

    /// The bank and its questions, from the bank cache when this exact bank was loaded before.
    static func open(_ entry: CatalogueEntry, environment: [String: String]) throws -> OpenedBank {
        if let cached = BankCache.read(bankPath: entry.path, environment: environment) { return cached }
        let bank = try BankLoader.load(
            path: entry.path, displayPath: entry.origin == .builtIn ? BankOptions.builtInShown : entry.path)
        let opened = OpenedBank(generating: bank)
        BankCache.write(opened, bankPath: entry.path, environment: environment)
        return opened
    }

    /// Opens several topics at once, on every core (reading a topic's cache is most of the work).
    static func openTopics(_ ids: [String], entries: [CatalogueEntry], environment: [String: String]) throws
        -> [Topic]
    {
        let chosen = try ids.map { id in
            guard let entry = entries.first(where: { $0.id == id }) else { throw QuizDriver.TopicUnavailable(id: id) }
            return entry
        }
        let results = Results(count: chosen.count)
        DispatchQueue.concurrentPerform(iterations: chosen.count) { i in
            results.set(i, Result { try open(chosen[i], environment: environment) })
        }
        return try results.values.map { try $0.get().topic }
    }

    /// Each iteration's result, written from several threads.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result<OpenedBank, Error>?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ result: Result<OpenedBank, Error>) {
            lock.lock()
            slots[i] = result
            lock.unlock()
        }
        var values: [Result<OpenedBank, Error>] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0 ?? .failure(QuizDriver.TopicUnavailable(id: "?")) }
        }
    }

    static func entry(for bank: Bank, items: [Item], path: String, origin: BankLibrary.Origin, key: String)
        -> CatalogueEntry
    {
        CatalogueEntry(
            id: bank.metadata.id, title: bank.metadata.title, language: bank.metadata.language,
            version: bank.metadata.version, status: Self.status(bank.metadata.review),
            reviewedBy: Self.reviewer(bank.metadata.review)?.by,
            reviewedOn: Self.reviewer(bank.metadata.review)?.on, items: items.count,
            points: Set(items.map(\.teachingPoint)).count, path: path, origin: origin, key: key)
    }

    static func status(_ review: ReviewStatus) -> String {
        switch review {
        case .draft: "draft"
        case .reviewed: "reviewed"
        }
    }

    static func reviewer(_ review: ReviewStatus) -> (by: String, on: String)? {
        if case .reviewed(let by, let on) = review { return (by, on) }
        return nil
    }

    /// The saved lines, by path.
    struct Index {
        var entries: [String: CatalogueEntry]
        var changed = false

        static func file(_ environment: [String: String]) -> String? {
            BankCache.folder(environment).map { $0 + "/library-index-2.json" }
        }

        static func read(_ environment: [String: String]) -> Index {
            guard let file = file(environment),
                case .success(let bytes) = RegularFile.read(file, limit: BankCache.cacheLimit),
                let entries = try? JSONDecoder().decode([String: CatalogueEntry].self, from: Data(bytes))
            else { return Index(entries: [:]) }
            return Index(entries: entries)
        }

        /// The bank's line: from the index if its files are unchanged, else by loading it (and caching it).
        mutating func entry(path: String, origin: BankLibrary.Origin, environment: [String: String]) throws
            -> CatalogueEntry
        {
            let key = Self.statKey(path)
            if let key, var known = entries[path], known.key == key {
                known.origin = origin
                return known
            }
            let bank = try BankLoader.load(
                path: path, displayPath: origin == .builtIn ? BankOptions.builtInShown : path)
            let opened = OpenedBank(generating: bank)
            BankCache.write(opened, bankPath: path, environment: environment)
            let entry = Catalogue.entry(for: bank, items: opened.items, path: path, origin: origin, key: key ?? "")
            if key != nil {
                entries[path] = entry
                changed = true
            }
            return entry
        }

        func write(_ environment: [String: String]) {
            guard changed, let file = Self.file(environment), let data = try? JSONEncoder().encode(entries) else {
                return
            }
            BankCache.writePrivately(data, to: file)
        }

        /// Each bank file's name, size and modification time, and this binary's: nil if any cannot be read.
        static func statKey(_ path: String) -> String? {
            guard let files = BankLibrary.keyFiles(at: path), !files.isEmpty else { return nil }
            var parts: [String] = []
            for file in files + ["/proc/self/exe"] {
                var info = stat()
                guard stat(file, &info) == 0 else { return nil }
                parts.append("\(file) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
            }
            return String(FNV1a.hash(parts.joined(separator: "\n")), radix: 16)
        }
    }
}
