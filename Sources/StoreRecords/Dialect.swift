/// The few places where SQLite and PostgreSQL really differ, for statements written once for both.
///
/// Everything else — upserts (`ON CONFLICT … DO UPDATE`), `RETURNING`, the tables and their columns — is the same
/// SQL on both: SQLite has both since 3.35.
package enum Dialect: Sendable {
    case sqlite
    case postgres

    /// The `n`th parameter (from 1). PostgreSQL's carry their type, so a statement can be prepared once and a NULL
    /// still has one.
    func placeholder(_ n: Int, for value: SQLValue) -> String {
        switch self {
        case .sqlite: return "?"
        case .postgres:
            let type =
                switch value {
                case .int: "bigint"
                case .double: "double precision"
                case .text: "text"
                case .bool: "boolean"
                }
            return "$\(n)::\(type)"
        }
    }

    /// "Is the same value as, NULL included".
    var isSameAs: String {
        switch self {
        case .sqlite: "IS"
        case .postgres: "IS NOT DISTINCT FROM"
        }
    }

    /// Locks the rows a SELECT read until the transaction ends. SQLite's write transaction already holds the whole
    /// file.
    var forUpdate: String {
        switch self {
        case .sqlite: ""
        case .postgres: " FOR UPDATE"
        }
    }

    /// `RETURNING` on the answer path: PostgreSQL returns what was written in the same round trip. SQLite reads the
    /// same from its connection (`changes()`, the last row id) for less than a returned row costs it (an answer's
    /// statements asked for rows back cost it 4% of an answer).
    func returning(_ columns: String) -> String {
        switch self {
        case .sqlite: ""
        case .postgres: " RETURNING \(columns)"
        }
    }
}
