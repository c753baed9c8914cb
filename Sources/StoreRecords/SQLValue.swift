/// A value bound to a statement's parameter, in the four types both stores keep: each driver turns it into its own.
package enum SQLValue: Sendable, Equatable {
    case int(Int64?)
    case double(Double?)
    case text(String?)
    case bool(Bool?)

    /// Whether the value is SQL's NULL.
    package var isNull: Bool {
        switch self {
        case .int(let v): v == nil
        case .double(let v): v == nil
        case .text(let v): v == nil
        case .bool(let v): v == nil
        }
    }
}

/// A type that binds as one `SQLValue`: what `SQL`'s string interpolation accepts between `\(` and `)`.
package protocol SQLBindable {
    var sqlValue: SQLValue { get }
}

extension Int64: SQLBindable { package var sqlValue: SQLValue { .int(self) } }
extension Int: SQLBindable { package var sqlValue: SQLValue { .int(Int64(self)) } }
extension Double: SQLBindable { package var sqlValue: SQLValue { .double(self) } }
extension String: SQLBindable { package var sqlValue: SQLValue { .text(self) } }
extension Bool: SQLBindable { package var sqlValue: SQLValue { .bool(self) } }
extension SQLValue: SQLBindable { package var sqlValue: SQLValue { self } }

extension Optional: SQLBindable where Wrapped: SQLBindable {
    package var sqlValue: SQLValue {
        switch self {
        case .some(let value): value.sqlValue
        case .none:
            // The type of a NULL still matters to PostgreSQL's typed parameters.
            switch Wrapped.self {
            case is Int64.Type, is Int.Type: .int(nil)
            case is Double.Type: .double(nil)
            case is Bool.Type: .bool(nil)
            default: .text(nil)
            }
        }
    }
}
