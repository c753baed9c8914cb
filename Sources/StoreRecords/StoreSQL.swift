/// A statement and its bindings, written once for both stores: every `\(value)` becomes a parameter (never text
/// in the SQL), `\(raw:)` is SQL, and `\(dialect:)` is a piece that differs between SQLite and PostgreSQL.
///
/// After postgres-nio's `PostgresQuery`: the placeholder and its value are appended together, so no statement
/// numbers its parameters by hand. `rendered(for:)` gives the text for one dialect and the values in order.
package struct StoreSQL: Sendable, ExpressibleByStringInterpolation {
    enum Piece: Sendable {
        case text(String)
        case value(SQLValue)
        case dialect(@Sendable (Dialect) -> String)
        case nested(StoreSQL)
        case choice(sqlite: StoreSQL, postgres: StoreSQL)
    }

    var pieces: [Piece]

    package init(stringLiteral value: String) { pieces = [.text(value)] }

    package init(stringInterpolation: Interpolation) { pieces = stringInterpolation.pieces }

    package struct Interpolation: StringInterpolationProtocol {
        var pieces: [Piece] = []

        package init(literalCapacity: Int, interpolationCount: Int) {
            pieces.reserveCapacity(2 * interpolationCount + 1)
        }

        package mutating func appendLiteral(_ literal: String) { pieces.append(.text(literal)) }

        /// A bound value.
        package mutating func appendInterpolation(_ value: some SQLBindable) { pieces.append(.value(value.sqlValue)) }

        /// SQL text: a table's or a column's name, never a value from outside.
        package mutating func appendInterpolation(raw text: String) { pieces.append(.text(text)) }

        /// Another statement's text and values, in place.
        package mutating func appendInterpolation(_ sql: StoreSQL) { pieces.append(.nested(sql)) }

        /// A piece that differs between the dialects, values and all.
        package mutating func appendInterpolation(sqlite: StoreSQL, postgres: StoreSQL) {
            pieces.append(.choice(sqlite: sqlite, postgres: postgres))
        }

        /// A piece that depends on the dialect.
        package mutating func appendInterpolation(dialect piece: @escaping @Sendable (Dialect) -> String) {
            pieces.append(.dialect(piece))
        }
    }

    /// The statement's text for `dialect` and its values in parameter order.
    package func rendered(for dialect: Dialect) -> (text: String, values: [SQLValue]) {
        var text = ""
        var values: [SQLValue] = []
        render(dialect, into: &text, &values)
        return (text, values)
    }

    func render(_ dialect: Dialect, into text: inout String, _ values: inout [SQLValue]) {
        for piece in pieces {
            switch piece {
            case .text(let part): text += part
            case .value(let value):
                values.append(value)
                text += dialect.placeholder(values.count, for: value)
            case .dialect(let piece): text += piece(dialect)
            case .nested(let sql): sql.render(dialect, into: &text, &values)
            case .choice(let sqlite, let postgres):
                (dialect == .sqlite ? sqlite : postgres).render(dialect, into: &text, &values)
            }
        }
    }

    /// A piece that depends on the dialect.
    package static func dialect(_ piece: @escaping @Sendable (Dialect) -> String) -> StoreSQL {
        var sql: StoreSQL = ""
        sql.pieces = [.dialect(piece)]
        return sql
    }

    /// Pieces joined by `separator`.
    package static func joined(_ parts: [StoreSQL], separator: String) -> StoreSQL {
        var pieces: [Piece] = []
        for (n, part) in parts.enumerated() {
            if n > 0 { pieces.append(.text(separator)) }
            pieces.append(.nested(part))
        }
        var sql: StoreSQL = ""
        sql.pieces = pieces
        return sql
    }
}
