import Foundation
public import Words

/// Where banks come from: the built-in banks, the user's library folder, and `--bank PATH`.
///
/// The library is `$XDG_DATA_HOME/teachback/banks/`, else `~/.local/share/teachback/banks/`; `bank install` copies a
/// checked bank into it as a folder named by the bank's id.
public enum BankLibrary {
    /// Where a bank was found.
    public enum Origin: String, Sendable, Equatable, Codable {
        case builtIn = "built-in"
        case library
        case commandLine = "--bank"
    }

    /// The user's library folder; nil when there is no home to put it in.
    public static func folder(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/teachback/banks" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.local/share/teachback/banks"
    }

    /// The banks in the library folder (each a folder of YAML files, or one `.yaml` file), by name; none when the
    /// folder does not exist.
    public static func paths(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().filter { !$0.hasPrefix(".") }.compactMap { name in
            let path = folder + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
            if isDirectory.boolValue { return path }
            return name.hasSuffix(".yaml") || name.hasSuffix(".yml") ? path : nil
        }
    }

    /// The bank files of a bank, in the order `BankLoader` reads them.
    public static func files(at path: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return [path] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
        return names.sorted().filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { path + "/" + $0 }
    }

    /// Every file a bank's check depends on: its bank files and, for a folder, the other files in it (its source), so
    /// a cache keyed by them notices an edited source as well as an edited bank.
    public static func keyFiles(at path: String) -> [String]? {
        guard let files = files(at: path) else { return nil }
        guard RegularFile.kind(at: path) == S_IFDIR,
            let names = try? FileManager.default.contentsOfDirectory(atPath: path)
        else { return files }
        let others = names.sorted().filter { !$0.hasPrefix(".") && !$0.hasSuffix(".yaml") && !$0.hasSuffix(".yml") }
            .map { path + "/" + $0 }.filter { RegularFile.kind(at: $0) == S_IFREG }
        return files + others
    }

    /// A bank id as a folder name: the id rules (letters, digits, `-`, `_`, `.`), never `.` or `..` or a path.
    public static func isSafeFolderName(_ id: String) -> Bool {
        !id.isEmpty && id != "." && id != ".." && !id.hasPrefix(".")
            && id.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "-_.".unicodeScalars.contains($0)
            }
    }
}

/// Two banks with one id, found at two places.
public struct DuplicateBankID: Error, Equatable, CustomStringConvertible {
    public var id: String
    public var first: String
    public var second: String

    public init(id: String, first: String, second: String) {
        self.id = id
        self.first = first
        self.second = second
    }

    /// What is wrong and what to do, as a message.
    public var message: Message {
        Message(
            "two different banks have the id '{id}': {first} and {second}. Give one of them another id in its bank.yaml, or remove the library's copy with 'teachback bank remove {id}'.",
            ["id": id, "first": first, "second": second])
    }

    public var description: String { message.text(.english) }
}
