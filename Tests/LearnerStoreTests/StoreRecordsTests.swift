import Foundation
import LearnerModel
import Scheduling
import StoreRecords
import Testing
import Crypto

/// The record layer: statements written once render for each dialect with every value a parameter, and each row
/// type's one column list is the table's, on both backends.
struct StoreRecordsTests {
    @Test func valuesAreParametersNeverText() {
        // Given a statement with a value that looks like SQL
        let name = "x'); DROP TABLE learner; --"
        let sql: StoreSQL = "SELECT * FROM learner WHERE name = \(name) AND id = \(Int64(7))"
        // When it is rendered for each dialect
        let sqlite = sql.rendered(for: .sqlite)
        let postgres = sql.rendered(for: .postgres)
        // Then the text holds only placeholders, numbered and typed for PostgreSQL, and the values come in order
        #expect(sqlite.text == "SELECT * FROM learner WHERE name = ? AND id = ?")
        #expect(postgres.text == "SELECT * FROM learner WHERE name = $1::text AND id = $2::bigint")
        #expect(sqlite.values == [.text(name), .int(7)] && postgres.values == sqlite.values)
    }

    @Test func dialectPiecesCarryTheirOwnValues() {
        // Given a piece that differs between the dialects, each with a value of its own
        let sql: StoreSQL = "a \(sqlite: "s = \(1)", postgres: "p = \("two")") b \(3.5)"
        // Then each dialect renders only its own piece, and numbering counts only what it rendered
        #expect(sql.rendered(for: .sqlite).text == "a s = ? b ?")
        #expect(sql.rendered(for: .sqlite).values == [.int(1), .double(3.5)])
        #expect(sql.rendered(for: .postgres).text == "a p = $1::text b $2::double precision")
        #expect(sql.rendered(for: .postgres).values == [.text("two"), .double(3.5)])
    }

    @Test func aNullKeepsItsType() {
        let missing: Double? = nil
        let sql: StoreSQL = "SELECT \(missing)"
        #expect(sql.rendered(for: .postgres).text == "SELECT $1::double precision")
        #expect(sql.rendered(for: .postgres).values == [.double(nil)])
    }

    @Test func theReviewStateUpsertWritesOnlyFromTheStateItWasComputedFrom() {
        // Given a review state computed from no earlier state
        let row = ReviewStateRow(
            learnerID: 3, bankID: "b", pointID: "p", state: ReviewState(due: Date(timeIntervalSince1970: 100)),
            introducedAt: Date(timeIntervalSince1970: 50))
        // When the conditional upsert is rendered for each dialect
        let sqlite = ReviewStateRows.save(row, .unchanged(from: nil)).rendered(for: .sqlite).text
        let postgres = ReviewStateRows.save(row, .unchanged(from: nil)).rendered(for: .postgres).text
        // Then it keeps the time the point was first seen and compares NULLs as each dialect can
        #expect(!sqlite.contains("introduced_at = excluded.introduced_at"))
        #expect(
            sqlite.contains("review_state.due IS ?") && postgres.contains("review_state.due IS NOT DISTINCT FROM $"))
        #expect(
            ReviewStateRows.save(row).rendered(for: .sqlite).text.contains(
                "ON CONFLICT (learner_id, bank_id, item_id) DO UPDATE"))
    }

    @Test func anAnswerWritesEveryColumnOfItsTableOnce() {
        // Given an exam answer (the schedule does not move)
        let answer = AnswerRecord(
            learnerID: 1, sessionID: 2, bankID: "b", itemID: "i", itemVersion: "v", section: "s", chosen: 1,
            chosenText: "t", correct: true, responseMilliseconds: 10, answeredAt: Date(timeIntervalSince1970: 5),
            rating: .good, previousState: ReviewState(due: Date()), newState: nil)
        let (text, values) = AttemptRows.insert(AttemptRow(answer)).rendered(for: .sqlite)
        let columns = text.split(separator: "(")[1].split(separator: ")")[0].split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        // Then the column list has no repeat, one value each, and the replaced state is not kept (nothing to undo)
        #expect(Set(columns).count == columns.count && columns.count == values.count && columns.count == 25)
        let byName = Dictionary(uniqueKeysWithValues: zip(columns, values))
        #expect(byName["scheduled"] == .bool(false) && byName["had_state"] == .bool(nil))
        #expect(byName["prev_due"] == .double(nil))
    }
}

/// Each row type's column list against each backend's tables, through a learner's export (every column of every
/// row about them): a column added to one schema and not to the records, or the other way, fails here.
struct RecordColumnsTests {
    /// Columns a backend keeps for itself, never written from a row type: ids, SQLite's session id ranges,
    /// PostgreSQL's copy marker.
    static let ownColumns: [Backend: [String: Set<String>]] = [
        .sqlite: [
            "learner": ["id"], "session": ["id", "first_attempt_id", "last_attempt_id"], "attempt": ["id"],
            "teach_back": ["id"],
        ],
        .postgres: ["learner": ["id"], "session": ["id", "copied_from"], "attempt": ["id"], "teach_back": ["id"]],
    ]

    @Test(arguments: Backend.allCases) func rowTypesWriteEveryColumnOfTheirTable(backend: Backend) throws {
        // Given a learner with a row in every table
        let store = try backend.make()
        let ana = try store.addLearner("Ana", at: t0)
        let session = try store.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: "b", startedAt: t0))
        _ = try answer(store, learner: ana, session: session, item: "q1", correct: true, at: t0)
        try store.endSession(session, at: t0.addingTimeInterval(60))
        try store.setPlanEntry(PlanEntry(bankID: "b", readyBy: nil, assignedAt: t0), learnerID: ana.id)
        _ = try store.recordTeachBack(
            TeachBackRecord(
                learnerID: ana.id, sessionID: session, bankID: "b", pointID: "q1", result: .ownWords, nurse: "RN",
                recordedAt: t0))
        // When their export is read table by table
        let dialect: Dialect = backend == .sqlite ? .sqlite : .postgres
        let written = Tables.columnNames(for: dialect)
        for table in try store.export(learnerID: ana.id) {
            let stored = Set(try #require(table.rows.first, "no row in \(table.table)").keys)
            let own = Self.ownColumns[backend]?[table.table] ?? []
            // Then the table has exactly the row type's columns and the backend's own
            #expect(stored == Set(try #require(written[table.table])).union(own), "\(table.table) on \(backend)")
        }
    }
}

/// The audit trail's SHA-256 against FIPS 180-4's examples and against swift-crypto.
struct SHA256Tests {
    @Test func theStandardsExamples() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func agreesWithSwiftCryptoAtEveryLengthAroundABlock() {
        var generator = SystemRandomNumberGenerator()
        for length in Array(0...130) + [1000, 4096] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let theirs = Crypto.SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            #expect(StoreRecords.SHA256.hex(bytes) == theirs, "\(length) bytes")
        }
    }
}
