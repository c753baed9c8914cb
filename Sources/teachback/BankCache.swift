import ContentModel
import Foundation
import LearnerStore
import QuestionGeneration

/// A cache of a checked bank and its generated questions, so the trainer starts without parsing YAML or
/// generating questions.
///
/// The key hashes every bank file's name and bytes together with this binary's size and modification time, so an
/// edited bank or a rebuilt Teachback never reads an old entry. The cache only ever saves time: any problem
/// reading or writing it is ignored and the bank is loaded the ordinary way.
enum BankCache {
    struct Entry: Codable {
        var key: String
        var opened: OpenedBank
    }

    /// `$XDG_CACHE_HOME/teachback`, else `~/.cache/teachback`.
    static func folder(_ environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/teachback" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.cache/teachback"
    }

    static func key(bankPath: String) -> String? {
        guard let files = BankLibrary.keyFiles(at: bankPath), !files.isEmpty else { return nil }
        var h = FNV1a.offset
        func mix(_ bytes: some Sequence<UInt8>) { h = FNV1a.part(h, bytes) }
        for file in files {
            // Only a regular file, within the bank size limit: a pipe or a device makes no key (and no cache).
            guard case .success(let data) = RegularFile.read(file, limit: 5 * 1_048_576) else { return nil }
            mix(((file as NSString).lastPathComponent).utf8)
            mix(data)
        }
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        mix("\(info.st_size) \(info.st_mtim.tv_sec) \(info.st_mtim.tv_nsec)".utf8)
        return String(h, radix: 16)
    }

    /// The largest cache file read back (a synthetic bank of 100,000 concepts makes about 100 MB).
    static let cacheLimit = 512 * 1_048_576

    /// The bank, its items and their leaks from the cache, or nil.
    static func read(bankPath: String, environment: [String: String]) -> OpenedBank? {
        guard let folder = folder(environment), let key = key(bankPath: bankPath),
            case .success(let bytes) = RegularFile.read(folder + "/bank-\(key).json", limit: cacheLimit),
            let entry = try? JSONDecoder().decode(Entry.self, from: Data(bytes)), entry.key == key
        else { return nil }
        return entry.opened
    }

    /// Saves the bank, its items and their leaks (folder 0700, file 0600, written whole and renamed into place).
    static func write(_ opened: OpenedBank, bankPath: String, environment: [String: String]) {
        guard let folder = folder(environment), let key = key(bankPath: bankPath),
            let data = try? JSONEncoder().encode(Entry(key: key, opened: opened))
        else { return }
        writePrivately(data, to: folder + "/bank-\(key).json")
    }

    /// Writes a cache file whole and renames it into place (folder 0700, file 0600); any failure is ignored.
    static func writePrivately(_ data: Data, to final: String) {
        _ = LearnerStore.makePrivateFolder((final as NSString).deletingLastPathComponent)
        // Unique per process and thread: topics are opened on several threads at once.
        let temporary = final + ".tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600])
        else { return }
        if rename(temporary, final) != 0 { unlink(temporary) }
    }
}
