import Foundation
import LearnerModel
import Scheduling

/// The `learner` table: its columns, its statements and its rows, once for both stores.
///
/// SQLite compares names with `COLLATE NOCASE`; PostgreSQL keeps the same key in a column of its own (`name_key`,
/// ASCII letters folded as NOCASE folds them), so a name is unique in the same way on both.
package enum LearnerRows {
    /// The columns a learner's settings are kept in.
    static func settingsColumns(_ s: LearnerSettings) -> [Column] {
        [
            Column("algorithm", s.algorithm.rawValue), Column("desired_retention", s.desiredRetention),
            Column("new_per_day", s.newPerDay), Column("confidence_step", s.confidenceStep),
            Column("read_aloud", s.readAloud),
        ]
    }

    /// Every column of a new learner's row.
    static func columns(name: String, created: Date, settings: LearnerSettings) -> [Column] {
        [
            Column("name", name), Column("name_key", nameKey(name), only: .postgres),
            Column("created_at", created.timeIntervalSince1970),
        ] + settingsColumns(settings)
    }

    /// Adds a learner unless one has the name; returns the new id (no row when the name is taken).
    package static func insert(name: String, created: Date, settings: LearnerSettings) -> StoreSQL {
        "\(StoreSQL.insert(into: "learner", columns(name: name, created: created, settings: settings))) ON CONFLICT DO NOTHING RETURNING id"
    }

    /// The learner whose name is `name` as names compare (ASCII letters in either case).
    package static func named(_ name: String) -> StoreSQL {
        "SELECT * FROM learner WHERE \(sqlite: "name = \(name)", postgres: "name_key = \(nameKey(name))")"
    }

    package static func withID(_ id: LearnerID) -> StoreSQL { "SELECT * FROM learner WHERE id = \(id.rawValue)" }

    /// The order learners are listed in.
    static let byName: StoreSQL = "ORDER BY \(sqlite: "name", postgres: "name_key, id")"

    package static let all: StoreSQL = "SELECT * FROM learner \(byName)"

    /// Every learner with their number of answers, of review states due at `date`, and their last answer's time.
    package static func listings(at date: Date) -> StoreSQL {
        """
        SELECT learner.*,
            (SELECT COUNT(*) FROM \(AttemptRows.ofLearner(column: "learner.id"))) AS attempts,
            (SELECT COUNT(*) FROM review_state WHERE review_state.learner_id = learner.id
                AND due <= \(date.timeIntervalSince1970)) AS due_count,
            (SELECT MAX(attempt.answered_at) FROM \(AttemptRows.ofLearner(column: "learner.id"))) AS last_active
        FROM learner \(byName)
        """
    }

    package static func rename(_ id: LearnerID, to name: String) -> StoreSQL {
        let columns = [Column("name", name), Column("name_key", nameKey(name), only: .postgres)]
        return "UPDATE learner SET \(StoreSQL.assignments(columns)) WHERE id = \(id.rawValue)"
    }

    package static func update(_ settings: LearnerSettings, of id: LearnerID) -> StoreSQL {
        "UPDATE learner SET \(StoreSQL.assignments(settingsColumns(settings))) WHERE id = \(id.rawValue)"
    }

    /// The tables with rows about a learner, each with the column naming them, in the order they are exported.
    package static let tablesAbout: [(table: String, column: String)] = [
        ("learner", "id"), ("session", "learner_id"), ("attempt", "learner_id"), ("review_state", "learner_id"),
        ("plan", "learner_id"), ("teach_back", "learner_id"),
    ]

    /// Everything about a learner: the rows of each table that refer to them first (so the delete does not depend on
    /// cascade order), then theirs.
    package static func delete(_ id: LearnerID) -> [StoreSQL] {
        tablesAbout.reversed().map { "DELETE FROM \(raw: $0.table) WHERE \(raw: $0.column) = \(id.rawValue)" }
    }

    /// One table's rows about a learner, for an export.
    package static func rows(of table: (table: String, column: String), about id: LearnerID) -> StoreSQL {
        "SELECT * FROM \(raw: table.table) WHERE \(raw: table.column) = \(id.rawValue) ORDER BY 1"
    }

    package static func learner(_ row: some RecordRow) throws(StoreError) -> Learner {
        Learner(
            id: LearnerID(try row.int(required: "id")), name: try row.text(required: "name"),
            created: Date(timeIntervalSince1970: try row.double(required: "created_at")),
            settings: LearnerSettings(
                algorithm: Algorithm(rawValue: try row.text(required: "algorithm")) ?? .fsrs,
                desiredRetention: try row.double(required: "desired_retention"),
                newPerDay: Int(try row.int(required: "new_per_day")),
                confidenceStep: try row.bool(required: "confidence_step"),
                readAloud: try row.bool(required: "read_aloud")))
    }

    /// SQLite's NOCASE: ASCII letters folded, nothing else.
    package static func nameKey(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32) ?? $0 : $0 }))
    }
}
