import Foundation
import Words
internal import Yams

/// Loads a bank from a folder of YAML files or from one file, and validates it.
public enum BankLoader {
    /// The largest bank file accepted.
    public static let maximumFileSize = 5 * 1_048_576

    /// Loads and validates the bank at `path` (a folder of `.yaml`/`.yml` files, or one file).
    ///
    /// - Parameter displayPath: how to name `path` in messages; defaults to `path` itself.
    /// - Throws: `BankLoadError` listing every problem found, each with file, line and column.
    public static func load(path: String, displayPath: String? = nil) throws(BankLoadError) -> Bank {
        let shown = displayPath ?? path
        guard let kind = RegularFile.kind(at: path) else {
            throw BankLoadError(problems: [problem(shown, .fileUnreadable(reason: Message("no such file or folder")))])
        }
        var files: [(path: String, shown: String)] = []
        if kind == S_IFDIR {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                files.append(
                    ((path as NSString).appendingPathComponent(name), (shown as NSString).appendingPathComponent(name)))
            }
            if files.isEmpty { throw BankLoadError(problems: [problem(shown, .noBankFiles)]) }
        } else {
            files = [(path, shown)]
        }
        var sources: [(text: String, shown: String)] = []
        var problems: [BankProblem] = []
        for file in files {
            switch readText(file.path, shown: file.shown) {
            case .success(let text): sources.append((text, file.shown))
            case .failure(let p): problems.append(p)
            }
        }
        if !problems.isEmpty { throw BankLoadError(problems: problems) }
        let folder = kind == S_IFDIR ? path : (path as NSString).deletingLastPathComponent
        return try parse(sources, readSource: sourceReader(folder: folder.isEmpty ? "." : folder))
    }

    /// The largest source file a bank may quote.
    public static let maximumSourceSize = maximumFileSize

    /// Reads a bank's source file from its folder: only a regular file, within the size limit.
    public static func sourceReader(folder: String) -> SourceReader {
        { name in RegularFile.read(folder + "/" + name, limit: maximumSourceSize) }
    }

    /// Parses and validates bank files already read (as `RegularFile` reads them), for a caller that must check
    /// exactly the bytes it then copies (`bank install`).
    public static func load(files: [(bytes: [UInt8], shown: String)], readSource: SourceReader? = nil)
        throws(BankLoadError) -> Bank
    {
        var sources: [(text: String, shown: String)] = []
        var problems: [BankProblem] = []
        for file in files {
            switch decode(file.bytes, shown: file.shown) {
            case .success(let text): sources.append((text, file.shown))
            case .failure(let p): problems.append(p)
            }
        }
        if !problems.isEmpty { throw BankLoadError(problems: problems) }
        return try parse(sources, readSource: readSource)
    }

    /// Parses and validates bank files already in memory.
    ///
    /// - Parameter files: each file's text and the name to use for it in messages.
    public static func parse(_ files: [(text: String, shown: String)], readSource: SourceReader? = nil)
        throws(BankLoadError) -> Bank
    {
        let builder = BankBuilder()
        for file in files {
            builder.read(file.text, file: file.shown)
        }
        return try builder.finish(firstFile: files.first?.shown ?? "bank", readSource: readSource)
    }

    static func problem(_ file: String, _ issue: BankIssue, line: Int = 1, column: Int = 1) -> BankProblem {
        BankProblem(location: SourceLocation(file: file, line: line, column: column), message: issue.message)
    }

    /// Reads a file as UTF-8 text, refusing what cannot be a bank (not a regular file, too large, binary, invalid
    /// UTF-8) without waiting on a pipe or reading a device.
    static func readText(_ path: String, shown: String) -> Result<String, BankProblem> {
        switch RegularFile.read(path, limit: maximumFileSize) {
        case .success(let bytes): return decode(bytes, shown: shown)
        case .failure(.tooLarge(let bytes, let limit)):
            return .failure(problem(shown, .tooLarge(bytes: bytes, limit: limit)))
        case .failure(let other): return .failure(problem(shown, .fileUnreadable(reason: other.reason)))
        }
    }

    /// Decodes bytes as UTF-8, pointing at the first NUL or invalid byte.
    static func decode(_ bytes: [UInt8], shown: String) -> Result<String, BankProblem> {
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(ofByte: nul, in: bytes)
            return .failure(problem(shown, .binary, line: line, column: column))
        }
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = position(ofByte: bad, in: bytes)
            return .failure(problem(shown, .invalidUTF8, line: line, column: column))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        // Columns count Unicode scalars, as libyaml does: every byte that is not a continuation byte.
        let column = bytes[lineStart..<offset].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return (line, column)
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            if i + length > bytes.count { return i }
            for j in 1..<length where (bytes[i + j] & 0xC0) != 0x80 { return i }
            if length == 3 {
                let b1 = bytes[i + 1]
                if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) { return i }
            } else if length == 4 {
                let b1 = bytes[i + 1]
                if (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) { return i }
            }
            i += length
        }
        return nil
    }
}
