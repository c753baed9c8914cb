import Foundation
import LearnerModel
internal import StoreRecords
import Words

extension ClinicStore {
    /// The tables a station reads and writes rows of (and deletes, for `learner delete`).
    static let learningTables = ["learner", "session", "attempt", "review_state", "plan", "teach_back"]
    /// Their sequences, for new rows.
    static let sequences = [
        "learner_id_seq", "session_id_seq", "attempt_id_seq", "teach_back_id_seq",
        "audit_event_id_seq",
    ]
    /// What signing in changes on a nurse's account: the count of wrong secrets and the lock. Nothing else of an
    /// account (its secret, its name, whether it is disabled) is a station's to change.
    static let signInColumns = "failed_tries, locked_until"

    /// Gives `role` what a station needs and nothing more (run by the tables' owner): rows of the learning tables to
    /// read, add, change and delete; the audit trail to read and add to (never UPDATE, DELETE or TRUNCATE); the schema
    /// version to read; of nurse accounts, what signing in needs (to read them, and to count wrong secrets and lock). Anything granted before on these tables is taken back first, so the role ends with exactly
    /// this. The role must exist already (`CREATE ROLE name LOGIN PASSWORD …`, by the server's administrator).
    package func grantStation(role: String) throws(StoreError) {
        guard role.range(of: #"^[a-z_][a-z0-9_]{0,62}$"#, options: .regularExpression) != nil else {
            throw StoreError.other(
                path: place,
                detail: Message(
                    "'{role}' is not a role name this command takes: lower-case letters, digits and _, starting with a letter",
                    ["role": role]))
        }
        try connection.transaction { () throws(StoreError) in
            guard try !connection.run("SELECT 1 FROM pg_roles WHERE rolname = \(role)").isEmpty else {
                throw StoreError.other(
                    path: place,
                    detail: Message(
                        "there is no role {role} on the server: its administrator creates it first (CREATE ROLE {role} LOGIN PASSWORD '…')",
                        ["role": role]))
            }
            let schema = try connection.run(raw: "SELECT current_schema() AS s").first?.text("s") ?? "public"
            // A role that does not own the tables gets only warnings from GRANT ("no privileges were granted"), and
            // would be told it succeeded: it is refused first.
            let owner = try connection.run(
                """
                SELECT tableowner = current_user OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS ok
                FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'learner'
                """
            ).first?.bool("ok")
            guard owner == true else {
                throw StoreError.permissionDenied(
                    location: place,
                    detail: Message(
                        "grant-station must be run by the role that owns Teachback's tables (the one that ran 'teachback db migrate')"
                    ))
            }
            let tables = (Self.learningTables + ["audit_event", "teachback_schema", "nurse_account"])
                .joined(separator: ", ")
            for statement in [
                "REVOKE ALL ON \(tables) FROM \(role)",
                "REVOKE ALL ON SEQUENCE \(Self.sequences.joined(separator: ", ")) FROM \(role)",
                "GRANT USAGE ON SCHEMA \"\(schema)\" TO \(role)",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON \(Self.learningTables.joined(separator: ", ")) TO \(role)",
                "GRANT SELECT, INSERT ON audit_event TO \(role)",
                "GRANT SELECT ON teachback_schema TO \(role)",
                "GRANT SELECT, UPDATE (\(Self.signInColumns)) ON nurse_account TO \(role)",
                "GRANT USAGE, SELECT ON SEQUENCE \(Self.sequences.joined(separator: ", ")) TO \(role)",
            ] {
                try connection.run(raw: statement)
            }
        }
    }
}
