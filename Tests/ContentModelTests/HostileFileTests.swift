import ContentModel
import Foundation
import Testing

/// Bank files made to hang or flood the loader (issue 22, "Bad files"): each is refused quickly with its position,
/// and ordinary text that merely contains `&` or `*` is not.
struct HostileFileTests {
    let valid = """
        bank:
          id: t
          title: T
          language: en
          audience: Patients
          version: "1"
          review: {status: draft}
        sections:
          - id: s
            title: S
            passage: Wash with soap and water.
        """

    func write(_ text: String, name: String = "bank.yaml") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "teachback-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func problems(_ path: String) -> [String] {
        do {
            _ = try BankLoader.load(path: path, displayPath: "b.yaml")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    /// Nine levels of seven, the anchors named so a scan for `&` and a letter misses them.
    func bomb(anchor: (Int) -> String, last: (String) -> String) -> String {
        var lines = ["x0: &\(anchor(0)) [a, a, a, a, a, a, a]"]
        for level in 1...8 {
            let previous = "*" + anchor(level - 1)
            let seven = Array(repeating: previous, count: 7).joined(separator: ", ")
            lines.append("x\(level): &\(anchor(level)) [\(seven)]")
        }
        lines.append(last("*" + anchor(8)))
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func anAliasUsedAsAKeyIsRefusedBeforeTheYAMLLibrarySeesIt() throws {
        // As a key, the YAML library hashes the alias's whole expansion (40 million nodes) while composing.
        let text = bomb(anchor: { "-\($0)" }, last: { "? \($0)\n: 1" })
        let found = problems(try write(text))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("b.yaml:1:5: error: anchors and aliases") == true)
    }

    @Test func aFakeQuoteInFrontDoesNotHideAnAlias() throws {
        let text = "a:\"b\n" + bomb(anchor: { "n\($0)" }, last: { "sections: \($0)" })
        #expect(problems(try write(text)).first?.hasPrefix("b.yaml:2:5: error: anchors and aliases") == true)
    }

    @Test func anAliasInAFlowListAfterAQuotedScalarIsFound() throws {
        let text = valid + "\nconcepts: [\"x\",*y]\n"
        #expect(problems(try write(text)).first?.hasPrefix("b.yaml:12:16: error: anchors and aliases") == true)
    }

    @Test func ordinaryAmpersandsAndStarsAreText() throws {
        let text = valid.replacingOccurrences(
            of: "Wash with soap and water.", with: "\"Q&A - 5 * 3 = 15, salt & pepper, 100% * 2, a*b.\"")
        #expect(problems(try write(text)) == [])
    }

    @Test func tooManyNodesIsRefused() throws {
        let list = "[" + Array(repeating: "a", count: 250_000).joined(separator: ",") + "]"
        let found = problems(try write("sections: " + list + "\n"))
        #expect(found.first?.contains("more than 200000 YAML nodes") == true)
    }

    @Test func aNamedPipeIsRefusedWithoutWaiting() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("teachback-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let fifo = dir.appendingPathComponent("bank.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(problems(fifo).first?.contains("not a regular file but a named pipe") == true)
        // Inside a bank folder too.
        #expect(problems(dir.path).first?.contains("not a regular file but a named pipe") == true)
    }

    @Test func aLinkToADeviceIsNotRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("teachback-zero-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let link = dir.appendingPathComponent("bank.yaml").path
        #expect(symlink("/dev/zero", link) == 0)
        #expect(problems(link).first?.contains("not a regular file but a character device") == true)
    }

    @Test func regularFileRefusesALinkWhenAskedTo() throws {
        let target = try write(valid)
        let link = target + "-link.yaml"
        #expect(symlink(target, link) == 0)
        #expect(RegularFile.read(link, limit: 1000, followLink: false) == .failure(.symbolicLink))
        #expect((try? RegularFile.read(link, limit: 1000).get())?.count == valid.utf8.count)
        #expect(RegularFile.read(target, limit: 10) == .failure(.tooLarge(bytes: valid.utf8.count, limit: 10)))
    }

}
