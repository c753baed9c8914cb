import ClinicStore
import Foundation
import GRDB
import LearnerModel
import Testing
import TestSupport

@testable import LearnerStore

/// The store's side of the hardening issue (22): several connections opening and upgrading one file at once, one
/// learner created by two at once, files made read-only, names in one form, benchmarks that never touch real data,
/// and the clinic server's URL (deadlines, TLS). The process-level checks are in `scripts/fault_suite/`.
@Suite struct HardeningTests {
    /// Opens `path` from `count` connections at once (threads of this process: SQLite locks between connections of
    /// one process as between processes), each doing `body`; the errors, if any.
    func together(_ count: Int, _ body: @escaping @Sendable (Int) throws -> Void) -> [String] {
        let errors = Errors()
        DispatchQueue.concurrentPerform(iterations: count) { n in
            do { try body(n) } catch { errors.add("\(n): \(error)") }
        }
        return errors.all
    }

    final class Errors: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ e: String) {
            lock.lock()
            list.append(e)
            lock.unlock()
        }
        var all: [String] {
            lock.lock()
            defer { lock.unlock() }
            return list
        }
    }

    @Test func twelveConnectionsOpeningANewFileAtOnceAllSucceed() throws {
        for _ in 0..<3 {
            let path = try TestSupport.temporaryFolder().appendingPathComponent("new.sqlite").path
            let errors = together(12) { n in
                let store = try LearnerStore.open(path: path)
                defer { store.close() }
                _ = try store.findOrAddLearner("p\(n)", at: Date(timeIntervalSince1970: 1_780_000_000))
            }
            #expect(errors == [])
            let store = try LearnerStore.open(path: path)
            #expect(try store.schemaVersion() == LearnerStore.migrations.count)
            #expect(try store.learners().count == 12)
            store.close()
        }
    }

    @Test func twelveConnectionsUpgradingAFileOfThePreviousReleaseAtOnceKeepEveryRow() throws {
        let path = try fixtureCopy("teachback-0.4.0")
        let before = try rowsOf(path, "SELECT \(learnerColumnsBeforeV7) FROM learner ORDER BY id")
        let attempts = try rowsOf(path, "SELECT * FROM attempt ORDER BY id")
        let errors = together(12) { _ in
            let store = try LearnerStore.open(path: path)
            store.close()
        }
        #expect(errors == [])
        #expect(try rowsOf(path, "SELECT \(learnerColumnsBeforeV7) FROM learner ORDER BY id") == before)
        #expect(try rowsOf(path, "SELECT * FROM attempt ORDER BY id") == attempts)
        #expect(try rowsOf(path, "SELECT * FROM grdb_migrations").count == LearnerStore.migrations.count)
    }

    @Test func oneNewLearnerCreatedByTwentyConnectionsAtOnceIsOneLearner() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("one.sqlite").path
        try LearnerStore.open(path: path).close()
        let ids = IDs()
        let errors = together(20) { _ in
            let store = try LearnerStore.open(path: path)
            defer { store.close() }
            ids.add(try store.findOrAddLearner("Same Name", at: Date(timeIntervalSince1970: 1_780_000_000)).id)
        }
        #expect(errors == [])
        #expect(Set(ids.all).count == 1)
        #expect(try rowsOf(path, "SELECT * FROM learner").count == 1)
    }

    final class IDs: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [LearnerID] = []
        func add(_ id: LearnerID) {
            lock.lock()
            list.append(id)
            lock.unlock()
        }
        var all: [LearnerID] {
            lock.lock()
            defer { lock.unlock() }
            return list
        }
    }

    @Test(arguments: [0o444, 0o400] as [mode_t])
    func aFileMadeReadOnlyIsReadAndNeverWrittenOrChmodded(mode: mode_t) throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("ro.sqlite").path
        let store = try LearnerStore.open(path: path)
        try store.addLearner("Ana", at: Date(timeIntervalSince1970: 1_780_000_000))
        try store.eraseLog()
        store.close()
        #expect(chmod(path, mode) == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))

        let again = try LearnerStore.open(path: path)
        #expect(again.isReadOnly)
        #expect(try again.learners().map(\.name) == ["Ana"])
        #expect(throws: StoreError.readOnlyFile(path: path, mode: LearnerStore.modeString(mode))) {
            try again.addLearner("Bea", at: Date(timeIntervalSince1970: 1_780_000_000))
        }
        #expect(again.cannotWrite != nil)
        again.close()

        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == mode)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aNewFileIsPrivateAndItsMissingFoldersToo() throws {
        let base = try TestSupport.temporaryFolder()
        let path = base.appendingPathComponent("a/b/new.sqlite").path
        try LearnerStore.open(path: path).close()
        for (place, mode) in [(base.path + "/a", 0o700), (base.path + "/a/b", 0o700), (path, 0o600)] {
            var info = stat()
            #expect(stat(place, &info) == 0 && Int(info.st_mode & 0o777) == mode, "\(place)")
        }
    }

    @Test func namesAreComparedInOneUnicodeFormAndInvisibleCharactersRefused() throws {
        let store = try LearnerStore.inMemory()
        let decomposed = "Jose\u{301}"
        let composed = "Jos\u{E9}"
        try store.addLearner(decomposed, at: Date(timeIntervalSince1970: 1_780_000_000))
        #expect(throws: StoreError.learnerExists(name: composed)) {
            try store.addLearner(composed, at: Date(timeIntervalSince1970: 1_780_000_000))
        }
        #expect(try store.learners().map(\.name) == [composed])
        #expect(try store.learner(named: decomposed)?.name == composed)
        for (name, code, position) in [
            ("An\u{200B}a", "U+200B", 3), ("\u{202E}anA", "U+202E", 1), ("Ana\u{2066}", "U+2066", 4),
            ("\u{FEFF}Ana", "U+FEFF", 1),
        ] {
            do {
                try store.addLearner(name, at: Date(timeIntervalSince1970: 1_780_000_000))
                Issue.record("\(code) was accepted")
            } catch {
                #expect(error.description.contains(code) && error.description.contains("character \(position)"))
            }
        }
        #expect(LearnerName.normalized("  Ana \t  Lopez ") == "Ana Lopez")
    }

    @Test func theNamesMigrationComposesEveryNameThatCanBe() throws {
        let path = try fixtureCopy("teachback-0.4.0")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO learner (name, created_at) VALUES ('Rene\u{301}', 0), ('Zoe\u{308}', 0), ('Zo\u{EB}', 0)
                    """)
        }
        try queue.close()
        let store = try LearnerStore.open(path: path)
        let names = try store.learners().map(\.name)
        #expect(names.contains("Ren\u{E9}"))
        // "Zoë" twice once composed: both learners stay, the second under its old spelling.
        #expect(names.filter { $0.precomposedStringWithCanonicalMapping == "Zo\u{EB}" }.count == 2)
        store.close()
    }

    @Test func aBenchmarkNeverTouchesAFileWithLearners() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("real.sqlite").path
        let store = try LearnerStore.open(path: path)
        try store.addLearner("Ana", at: Date(timeIntervalSince1970: 1_780_000_000))
        #expect(throws: StoreError.notForBenchmark(location: path)) {
            try store.populateForBenchmark(learners: 2, items: 2, now: Date(timeIntervalSince1970: 1_780_000_000))
        }
        #expect(try store.learners().map(\.name) == ["Ana"])
        store.close()

        let empty = try LearnerStore.open(path: path + "-bench")
        try empty.populateForBenchmark(learners: 2, items: 2, now: Date(timeIntervalSince1970: 1_780_000_000))
        try empty.claimForBenchmark()
        #expect(try empty.learners().count == 2)
        empty.close()
        #expect(throws: StoreError.notForBenchmark(location: path)) {
            _ = try LearnerStore.bareCommitTimes(path: path, count: 1)
        }
    }

    @Test func deletingALearnerEmptiesTheLog() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("del.sqlite").path
        let store = try LearnerStore.open(path: path)
        try store.addLearner("Zelda Quuxname", at: Date(timeIntervalSince1970: 1_780_000_000))
        try store.deleteLearner("Zelda Quuxname")
        for suffix in ["", "-wal"] {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path + suffix))) ?? Data()
            #expect(bytes.range(of: Data("Quuxname".utf8)) == nil, "\(suffix)")
        }
        store.close()
    }
}

/// The clinic server's URL, read as libpq reads it (issue 22: deadlines and TLS).
@Suite struct ClinicURLTests {
    func parse(_ url: String, _ environment: [String: String] = [:]) throws -> ClinicLocation {
        try ClinicLocation.parse(url, environment: environment)
    }

    @Test func deadlinesComeFromTheURLOrTheEnvironment() throws {
        #expect(try parse("postgresql://u@h/d").connectTimeout == 10)
        #expect(try parse("postgresql://u@h/d").statementTimeout == 10_000)
        #expect(try parse("postgresql://u@h/d?connect_timeout=3").connectTimeout == 3)
        #expect(try parse("postgresql://u@h/d?connect_timeout=1").connectTimeout == 2)
        #expect(try parse("postgresql://u@h/d?connect_timeout=0").connectTimeout == nil)
        #expect(try parse("postgresql://u@h/d", ["PGCONNECT_TIMEOUT": "7"]).statementTimeout == 7000)
        #expect(try parse("postgresql://u@h/d?statement_timeout=2min").statementTimeout == 120_000)
        #expect(try parse("postgresql://u@h/d?statement_timeout=2500").statementTimeout == 2500)
        #expect(throws: ClinicURLError.self) { try parse("postgresql://u@h/d?connect_timeout=soon") }
        #expect(throws: ClinicURLError.self) { try parse("postgresql://u@h/d?statement_timeout=2 weeks") }
        #expect(throws: ClinicURLError.self) { try parse("postgresql://u@h/d?sslcompression=1") }
    }

    @Test func theRootCertificateIsFoundAsLibpqFindsIt() throws {
        let home = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent(".postgresql"), withIntermediateDirectories: true)
        let homeCert = home.appendingPathComponent(".postgresql/root.crt").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: homeCert))
        let env = ["HOME": home.path, "PGSSLROOTCERT": "/env/ca.crt"]
        #expect(try parse("postgresql://u@h/d?sslrootcert=/url/ca.crt", env).rootCertificate == "/url/ca.crt")
        #expect(try parse("postgresql://u@h/d", env).rootCertificate == "/env/ca.crt")
        #expect(try parse("postgresql://u@h/d", ["HOME": home.path]).rootCertificate == homeCert)
        #expect(try parse("postgresql://u@h/d", ["HOME": "/nonexistent"]).rootCertificate == nil)
        #expect(try parse("postgresql://u@h/d?sslmode=verify-ca").sslMode == .verifyCA)
    }
}
