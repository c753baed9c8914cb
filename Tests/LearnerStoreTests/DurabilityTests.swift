import Foundation
import GRDB
@testable import LearnerStore
import Testing
import TestSupport

/// Real processes on a real file: killed mid-stream, and two writing at once.
@Suite(.serialized)
struct DurabilityTests {
    func startStream(db: String, learner: String, count: Int) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = try TestSupport.teachbackBinary()
        process.arguments = ["debug", "answer-stream", "--db", db, "--learner", learner, "--count", String(count)]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    @Test func killingTheProcessLosesNoCommittedAnswer() throws {
        let db = try TestSupport.temporaryFolder().appendingPathComponent("kill.sqlite").path
        var generator = SystemRandomNumberGenerator()
        var acknowledged = Set<Int64>()
        for round in 0..<12 {
            // Given a process recording answers as fast as it can
            let (process, out, _) = try startStream(db: db, learner: "Kim", count: 1_000_000)
            let target = Int.random(in: 1...150, using: &generator)
            var buffer = ""
            var seen = 0
            while seen < target {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                buffer += String(decoding: chunk, as: UTF8.self)
                let lines = buffer.split(separator: "\n", omittingEmptySubsequences: false)
                for line in lines.dropLast() where line.hasPrefix("committed ") {
                    if let id = Int64(line.dropFirst(10)) { acknowledged.insert(id) }
                    seen += 1
                }
                buffer = String(lines.last ?? "")
            }
            // When it is killed with SIGKILL at an arbitrary moment
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "round \(round)")
            // Then the database is sound and holds every answer it acknowledged
            let store = try LearnerStore.open(path: db)
            #expect(try store.integrityCheck() == "ok")
            let stored = Set(try store.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM attempt") })
            #expect(
                acknowledged.isSubset(of: stored),
                "round \(round): lost \(acknowledged.subtracting(stored).sorted().prefix(5))")
            // And every attempt that made it has its review state (one transaction: all or nothing)
            let orphans = try store.read { db in
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM attempt WHERE NOT scheduled OR NOT EXISTS (
                            SELECT 1 FROM review_state AS r WHERE r.learner_id = attempt.learner_id AND r.item_id = attempt.item_id)
                        """) ?? -1
            }
            #expect(orphans == 0)
            store.close()
        }
        #expect(acknowledged.count >= 12)
    }

    @Test func twoProcessesWriteAtOnceWithoutLockErrors() throws {
        let db = try TestSupport.temporaryFolder().appendingPathComponent("two.sqlite").path
        _ = try LearnerStore.open(path: db)
        let a = try startStream(db: db, learner: "Ana", count: 300)
        let b = try startStream(db: db, learner: "Bo", count: 300)
        var errors = ""
        for (process, out, err) in [a, b] {
            _ = out.fileHandleForReading.readDataToEndOfFile()
            errors += String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        #expect(!errors.contains("locked") && !errors.contains("busy"), "\(errors)")
        let store = try LearnerStore.open(path: db)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attempt") } == 600)
        #expect(try store.integrityCheck() == "ok")
    }
}
