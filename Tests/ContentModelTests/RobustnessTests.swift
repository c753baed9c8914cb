import ContentModel
import Foundation
import Testing
import TestSupport

/// No input may crash the loader: each bad input gets an error with a position.
struct RobustnessTests {
    func temporaryFile(_ bytes: [UInt8], name: String = "bank.yaml") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("teachback-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func firstProblem(at path: String) -> String? {
        do {
            _ = try BankLoader.load(path: path, displayPath: "b.yaml")
            return nil
        } catch {
            return error.problems.first?.description
        }
    }

    @Test func binaryFile() throws {
        let path = try temporaryFile([0x62, 0x61, 0x6E, 0x6B, 0x0A, 0x41, 0x00, 0x01])
        #expect(
            firstProblem(at: path)
                == "b.yaml:2:2: error: this is not a text file (it contains a NUL byte); a bank file must be UTF-8 YAML"
        )
    }

    @Test func invalidUTF8() throws {
        let path = try temporaryFile(Array("bank:\n  id: é".utf8) + [0xFF, 0x0A])
        #expect(firstProblem(at: path) == "b.yaml:2:8: error: invalid UTF-8 here; save the file as UTF-8")
    }

    @Test func fiftyMegabytes() throws {
        let path = try temporaryFile([UInt8](repeating: 0x61, count: 50 * 1_048_576))
        #expect(firstProblem(at: path)?.hasPrefix("b.yaml:1:1: error: file is 50 MB") == true)
    }

    @Test func deepNesting() throws {
        let flow = String(repeating: "[", count: 100_000)
        #expect(
            firstProblem(at: try temporaryFile(Array(("a: " + flow).utf8)))?.hasPrefix(
                "b.yaml:1:68: error: nesting is deeper") == true)
        let block = (0..<300).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n")
        #expect(firstProblem(at: try temporaryFile(Array(block.utf8)))?.contains("error: nesting is deeper") == true)
    }

    @Test func folderWithNoBank() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("teachback-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        #expect(firstProblem(at: dir.path)?.hasPrefix("b.yaml:1:1: error: no bank files here") == true)
    }

    @Test func missingPath() {
        #expect(firstProblem(at: "/nonexistent/teachback")?.contains("no such file or folder") == true)
    }

    /// Truncated and garbled copies of the real bank: never a crash, always positioned errors or a valid bank.
    @Test func truncatedAndGarbledCopiesOfTheRealBank() throws {
        let folder = try #require(TestSupport.builtInBankPath)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
            .sorted()
        var generator = SplitMix64(seed: 42)
        for name in files {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name)))
            for _ in 0..<40 {
                var copy = bytes
                switch generator.next() % 3 {
                case 0: copy = Array(copy.prefix(Int(generator.next() % UInt64(copy.count))))
                case 1:
                    for _ in 0..<4 {
                        copy[Int(generator.next() % UInt64(copy.count))] = UInt8(truncatingIfNeeded: generator.next())
                    }
                default:
                    let i = Int(generator.next() % UInt64(copy.count))
                    copy.insert(contentsOf: Array(":-[{&*\t\"".utf8).shuffled(using: &generator), at: i)
                }
                let path = try temporaryFile(copy, name: name)
                do {
                    _ = try BankLoader.load(path: path)
                } catch {
                    #expect(!error.problems.isEmpty)
                    for problem in error.problems {
                        #expect(problem.location.line >= 1 && problem.location.column >= 1)
                    }
                }
            }
        }
    }
}
