/// One column of a row as it is written: its name and its value (a bound value, or an expression such as a
/// subquery). A row type lists its columns once, in one array; the INSERT, the upsert and the copy are built from it.
package struct Column: Sendable {
    package var name: String
    package var value: StoreSQL
    /// A column only one backend's table has (PostgreSQL's `name_key`, its `copied_from`).
    package var only: Dialect?

    package init(_ name: String, _ value: some SQLBindable, only: Dialect? = nil) {
        self.name = name
        self.value = "\(value)"
        self.only = only
    }

    package init(_ name: String, expression: StoreSQL, only: Dialect? = nil) {
        self.name = name
        self.value = expression
        self.only = only
    }
}

extension StoreSQL {
    /// `INSERT INTO table (columns) VALUES (values)`, with the columns the dialect's table has.
    package static func insert(into table: String, _ columns: [Column]) -> StoreSQL {
        "INSERT INTO \(raw: table) \(Self.columnList(columns)) VALUES \(Self.valueList(columns))"
    }

    /// `(name, …)` of the columns the dialect's table has.
    package static func columnList(_ columns: [Column]) -> StoreSQL {
        let names = columns.filter { $0.only == nil }.map(\.name).joined(separator: ", ")
        let postgresNames = columns.filter { $0.only != .sqlite }.map(\.name).joined(separator: ", ")
        let sqliteNames = columns.filter { $0.only != .postgres }.map(\.name).joined(separator: ", ")
        if names.count == postgresNames.count && names.count == sqliteNames.count { return "(\(raw: names))" }
        return "(\(sqlite: "\(raw: sqliteNames)", postgres: "\(raw: postgresNames)"))"
    }

    /// `(value, …)` in `columnList`'s order.
    package static func valueList(_ columns: [Column]) -> StoreSQL {
        "(\(values(columns)))"
    }

    /// The values without parentheses (for `INSERT … SELECT values WHERE …`).
    package static func values(_ columns: [Column]) -> StoreSQL {
        guard columns.contains(where: { $0.only != nil }) else {
            return .joined(columns.map(\.value), separator: ", ")
        }
        return
            "\(sqlite: .joined(columns.filter { $0.only != .postgres }.map(\.value), separator: ", "), postgres: .joined(columns.filter { $0.only != .sqlite }.map(\.value), separator: ", "))"
    }

    /// `name = excluded.name, …`: an upsert's update of every column but the key's and `keeping`.
    package static func updateFromExcluded(_ columns: [Column], except kept: Set<String>) -> StoreSQL {
        "\(raw: columns.filter { !kept.contains($0.name) && $0.only == nil }.map { "\($0.name) = excluded.\($0.name)" }.joined(separator: ", "))"
    }
}

extension StoreSQL {
    /// `name = value, …` for an UPDATE.
    package static func assignments(_ columns: [Column]) -> StoreSQL {
        func list(_ dialect: Dialect) -> StoreSQL {
            .joined(
                columns.filter { $0.only != (dialect == .sqlite ? .postgres : .sqlite) }.map {
                    "\(raw: $0.name) = \($0.value)"
                }, separator: ", ")
        }
        guard columns.contains(where: { $0.only != nil }) else { return list(.sqlite) }
        return "\(sqlite: list(.sqlite), postgres: list(.postgres))"
    }
}
