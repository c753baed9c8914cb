import Foundation

/// A statement and its bindings, written once for both stores: every `\(value)` becomes a parameter (never text
/// in the SQL), `\(raw:)` is SQL, and `\(sqlite:postgres:)` is a piece that differs between SQLite and PostgreSQL.
///
/// After postgres-nio's `PostgresQuery`: the placeholder and its value are appended together, so no statement
/// numbers its parameters by hand. `rendered(for:)` gives the text for one dialect and the values in order.
///
/// A statement on the answer path has a `shape`: a name for text that never changes with its values. Its text is
/// made once per process and dialect, and each answer only collects its values (making the text every time was a
/// third of an answer's CPU time).
package struct StoreSQL: Sendable, ExpressibleByStringInterpolation {
    enum Piece: Sendable {
        case text(String)
        case value(SQLValue)
        case dialect(@Sendable (Dialect) -> String)
        case nested(StoreSQL)
        case choice(sqlite: StoreSQL, postgres: StoreSQL)
        /// `name, …` of the columns the dialect's table has.
        case names([Column])
        /// Their values, in the same order.
        case values([Column])
        /// `name = value, …` (or `name = excluded.name` for an upsert), but for the columns `except` names.
        case assignments([Column], fromExcluded: Bool, except: Set<String>)
    }

    var pieces: [Piece]
    /// The name of the statement's text, when it never changes with its values.
    var shape: String?

    package init(stringLiteral value: String) { pieces = [.text(value)] }

    package init(stringInterpolation: Interpolation) { pieces = stringInterpolation.pieces }

    init(pieces: [Piece]) { self.pieces = pieces }

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

    /// The same statement, its text made once per dialect under `name`. Only for a statement whose text depends on
    /// nothing but the dialect.
    package func shaped(_ name: String) -> StoreSQL {
        var sql = self
        sql.shape = name
        return sql
    }

    /// The statement's text for `dialect` and its values in parameter order.
    package func rendered(for dialect: Dialect) -> (text: String, values: [SQLValue]) {
        var values: [SQLValue] = []
        if let shape {
            if let text = ShapeCache.text(shape, dialect) {
                values.reserveCapacity(32)
                collect(dialect, into: &values)
                return (text, values)
            }
            var text = ""
            render(dialect, into: &text, &values)
            ShapeCache.store(shape, dialect, text)
            return (text, values)
        }
        var text = ""
        render(dialect, into: &text, &values)
        return (text, values)
    }

    func render(_ dialect: Dialect, into text: inout String, _ values: inout [SQLValue]) {
        for piece in pieces {
            switch piece {
            case .text(let part): text += part
            case .value(let value): bind(value, dialect, &text, &values)
            case .dialect(let piece): text += piece(dialect)
            case .nested(let sql): sql.render(dialect, into: &text, &values)
            case .choice(let sqlite, let postgres):
                (dialect == .sqlite ? sqlite : postgres).render(dialect, into: &text, &values)
            case .names(let columns):
                text += columns.filter { $0.belongs(to: dialect) }.map(\.name).joined(separator: ", ")
            case .values(let columns):
                for (n, column) in columns.filter({ $0.belongs(to: dialect) }).enumerated() {
                    if n > 0 { text += ", " }
                    column.render(dialect, into: &text, &values)
                }
            case .assignments(let columns, let fromExcluded, let except):
                var first = true
                for column in columns where column.belongs(to: dialect) && !except.contains(column.name) {
                    text += first ? column.name : ", " + column.name
                    first = false
                    if fromExcluded {
                        text += " = excluded." + column.name
                    } else {
                        text += " = "
                        column.render(dialect, into: &text, &values)
                    }
                }
            }
        }
    }

    func bind(_ value: SQLValue, _ dialect: Dialect, _ text: inout String, _ values: inout [SQLValue]) {
        values.append(value)
        text += dialect.placeholder(values.count, for: value)
    }

    /// The values `render` would bind, in the same order, without making the text.
    func collect(_ dialect: Dialect, into values: inout [SQLValue]) {
        for piece in pieces {
            switch piece {
            case .text, .dialect, .names: break
            case .value(let value): values.append(value)
            case .nested(let sql): sql.collect(dialect, into: &values)
            case .choice(let sqlite, let postgres):
                (dialect == .sqlite ? sqlite : postgres).collect(dialect, into: &values)
            case .values(let columns):
                for column in columns where column.belongs(to: dialect) { column.collect(dialect, into: &values) }
            case .assignments(let columns, let fromExcluded, let except):
                guard !fromExcluded else { break }
                for column in columns where column.belongs(to: dialect) && !except.contains(column.name) {
                    column.collect(dialect, into: &values)
                }
            }
        }
    }

    /// A piece that depends on the dialect.
    package static func dialect(_ piece: @escaping @Sendable (Dialect) -> String) -> StoreSQL {
        StoreSQL(pieces: [.dialect(piece)])
    }

    /// Pieces joined by `separator`.
    package static func joined(_ parts: [StoreSQL], separator: String) -> StoreSQL {
        var pieces: [Piece] = []
        for (n, part) in parts.enumerated() {
            if n > 0 { pieces.append(.text(separator)) }
            pieces.append(.nested(part))
        }
        return StoreSQL(pieces: pieces)
    }
}

/// The text of each shaped statement, made once per process and dialect.
enum ShapeCache {
    nonisolated(unsafe) private static var texts: [String: String] = [:]
    private static let lock = NSLock()

    static func text(_ shape: String, _ dialect: Dialect) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return texts[key(shape, dialect)]
    }

    static func store(_ shape: String, _ dialect: Dialect, _ text: String) {
        lock.lock()
        defer { lock.unlock() }
        texts[key(shape, dialect)] = text
    }

    static func key(_ shape: String, _ dialect: Dialect) -> String { (dialect == .sqlite ? "s:" : "p:") + shape }
}
