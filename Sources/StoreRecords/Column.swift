/// One column of a row as it is written: its name and its value (a bound value, or an expression such as a
/// subquery). A row type lists its columns once, in one array; the INSERT, the upsert and the copy are built from it.
package struct Column: Sendable {
    enum Value: Sendable {
        case bound(SQLValue)
        case expression(StoreSQL)
    }

    package var name: String
    var value: Value
    /// A column only one backend's table has (PostgreSQL's `name_key`, its `copied_from`).
    package var only: Dialect?

    package init(_ name: String, _ value: some SQLBindable, only: Dialect? = nil) {
        self.name = name
        self.value = .bound(value.sqlValue)
        self.only = only
    }

    package init(_ name: String, expression: StoreSQL, only: Dialect? = nil) {
        self.name = name
        self.value = .expression(expression)
        self.only = only
    }

    func belongs(to dialect: Dialect) -> Bool { only == nil || only == dialect }

    func render(_ dialect: Dialect, into text: inout String, _ values: inout [SQLValue]) {
        switch value {
        case .bound(let v):
            values.append(v)
            text += dialect.placeholder(values.count, for: v)
        case .expression(let sql): sql.render(dialect, into: &text, &values)
        }
    }

    func collect(_ dialect: Dialect, into values: inout [SQLValue]) {
        switch value {
        case .bound(let v): values.append(v)
        case .expression(let sql): sql.collect(dialect, into: &values)
        }
    }
}

extension StoreSQL {
    /// `INSERT INTO table (columns) VALUES (values)`, with the columns the dialect's table has.
    package static func insert(into table: String, _ columns: [Column]) -> StoreSQL {
        "INSERT INTO \(raw: table) \(Self.columnList(columns)) VALUES \(Self.valueList(columns))"
    }

    /// `(name, …)` of the columns the dialect's table has.
    package static func columnList(_ columns: [Column]) -> StoreSQL {
        StoreSQL(pieces: [.text("("), .names(columns), .text(")")])
    }

    /// `(value, …)` in `columnList`'s order.
    package static func valueList(_ columns: [Column]) -> StoreSQL {
        StoreSQL(pieces: [.text("("), .values(columns), .text(")")])
    }

    /// The values without parentheses (for `INSERT … SELECT values WHERE …`).
    package static func values(_ columns: [Column]) -> StoreSQL { StoreSQL(pieces: [.values(columns)]) }

    /// `name = excluded.name, …`: an upsert's update of every column but the key's and `kept`.
    package static func updateFromExcluded(_ columns: [Column], except kept: Set<String>) -> StoreSQL {
        StoreSQL(pieces: [.assignments(columns, fromExcluded: true, except: kept)])
    }

    /// `name = value, …` for an UPDATE.
    package static func assignments(_ columns: [Column]) -> StoreSQL {
        StoreSQL(pieces: [.assignments(columns, fromExcluded: false, except: [])])
    }
}
