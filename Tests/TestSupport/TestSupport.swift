import BuiltInBank
import ContentModel
import QuestionGeneration

/// Helpers shared by the test targets.
package enum TestSupport {
    /// The built-in bank, loaded once per call; tests fail loudly if it does not load.
    package static func builtInBank() throws -> Bank {
        guard let path = BuiltInBank.path else { throw MissingResource() }
        return try BankLoader.load(path: path)
    }

    /// The built-in Spanish content model of the same article.
    package static func spanishBank() throws -> Bank {
        guard let path = BuiltInBank.paths.first(where: { $0.hasSuffix("-es") }) else { throw MissingResource() }
        return try BankLoader.load(path: path)
    }

    /// The built-in Simplified Chinese content model of the same article (a draft).
    package static func chineseBank() throws -> Bank {
        guard let path = BuiltInBank.paths.first(where: { $0.hasSuffix("-zh") }) else { throw MissingResource() }
        return try BankLoader.load(path: path)
    }

    package struct MissingResource: Error {}
}

extension TestSupport {
    /// The folder of the built-in bank.
    package static var builtInBankPath: String? { BuiltInBank.path }
}

import Foundation

extension TestSupport {
    /// The `teachback` binary built beside the test bundle (swift test builds every product).
    package static func teachbackBinary() throws -> URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = exe.deletingLastPathComponent().appendingPathComponent("teachback")
        guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
            throw MissingBinary(path: candidate.path)
        }
        return candidate
    }

    package struct MissingBinary: Error, CustomStringConvertible {
        package var path: String
        package var description: String { "no teachback binary at \(path); run 'swift build' first" }
    }

    /// A fresh folder under the temporary directory.
    package static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("teachback-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs the binary to completion and returns its exit status, standard output and standard error.
    package static func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let process = Process()
        process.executableURL = try teachbackBinary()
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}

/// SplitMix64 for repeatable random tests: the generator the product itself seeds sessions with.
package typealias SplitMix64 = SeededGenerator

/// Bank ids the tests use.
package enum TestBank {
    /// The built-in bank's id.
    package static let builtInID = "immunotherapy-recurrence"
    /// The second topic of the tests (`Tests/TestSupport/Banks/hand-washing`), which shares the concept id
    /// `recurrence` with the built-in bank.
    package static let handWashingID = "hand-washing"
}

extension TestSupport {
    /// The folder of a test bank under `Tests/TestSupport/Banks/`.
    package static func testBankPath(_ id: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Banks/\(id)", withExtension: nil) else {
            throw MissingResource()
        }
        return url.path
    }

    /// A test bank, loaded.
    package static func testBank(_ id: String) throws -> Bank {
        try BankLoader.load(path: try testBankPath(id))
    }
}
