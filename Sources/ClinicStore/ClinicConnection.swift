import Foundation
import LearnerModel
internal import Logging
internal import NIOCore
internal import NIOPosix
internal import NIOSSL
internal import PostgresNIO
internal import StoreRecords
import Words

/// One connection to the server, used synchronously: the store's protocols are synchronous, and every call waits
/// for the server's answer, so an answer is committed before the caller goes on.
///
/// A connection that the server dropped (a restart, a network cut) is opened again at the next call; a call that
/// failed because of it is reported as the server being unreachable, never retried behind the caller's back (the
/// caller knows whether its write may be repeated).
final class ClinicConnection {
    private(set) var location: ClinicLocation
    /// A schema of its own (for tests that share one server); nil for the default.
    let schema: String?
    let group: MultiThreadedEventLoopGroup
    let logger: Logger
    private var connection: PostgresConnection?
    /// Statements prepared on this connection (server-side, so each is parsed and planned once), by name.
    private var prepared: [String: PreparedQuery] = [:]

    init(location: ClinicLocation, schema: String? = nil) throws(StoreError) {
        self.location = location
        self.schema = schema
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        var logger = Logger(label: "teachback.clinic")
        logger.logLevel = .critical
        self.logger = logger
        try connect()
    }

    deinit {
        close()
        try? group.syncShutdownGracefully()
    }

    func close() {
        if let connection { _ = try? connection.close().wait() }
        connection = nil
    }

    var isOpen: Bool { connection.map { !$0.isClosed } ?? false }

    /// Whether each statement waits at most the location's statement timeout (the quiz's path); long work — a
    /// migration, filling a benchmark, a copy — turns it off for its duration with `withoutDeadline`.
    private var statementDeadline = true

    /// Runs `body` with no deadline on statements (connecting keeps its own).
    func withoutDeadline<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let before = statementDeadline
        statementDeadline = false
        defer { statementDeadline = before }
        return try body()
    }

    /// Connects again, waiting at most `quickly` seconds (less than the location's own deadline, for asking the
    /// server about an answer just lost, so the station is not kept waiting twice over).
    func connect(quickly seconds: Int) throws(StoreError) {
        let own = location.connectTimeout
        location.connectTimeout = min(own ?? seconds, seconds)
        defer { location.connectTimeout = own }
        try connect()
    }

    func connect() throws(StoreError) {
        close()
        prepared = [:]
        let tls = try tlsConfiguration()
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: tls)
        if let seconds = location.connectTimeout { configuration.options.connectTimeout = .seconds(Int64(seconds)) }
        let loop = group.next()
        let deadline = location.connectTimeout.map { TimeAmount.seconds(Int64($0)) }
        do {
            // The TCP connection's own timeout does not cover a server (or a network) that accepts and then says
            // nothing: the whole start-up — TLS, password, the settings below — has the deadline too.
            let pending = PostgresConnection.connect(on: loop, configuration: configuration, id: 1, logger: logger)
            let connection = try Self.wait(pending, deadline: deadline, seconds: location.connectTimeout) {
                // Too late: a connection that turns up after the deadline is closed at once.
                pending.whenSuccess { $0.closeNow() }
            }
            self.connection = connection
            // Each commit waits for the server's disk, whatever the server's default. A transaction a station left
            // open (its network cut mid-answer) is ended by the server rather than holding its row locks.
            for setting in [
                "SET synchronous_commit = on", "SET idle_in_transaction_session_timeout = '60s'",
            ] {
                let sent: EventLoopFuture<PostgresQueryResult> = connection.query(
                    PostgresQuery(unsafeSQL: setting), logger: logger)
                _ = try Self.wait(
                    sent, deadline: deadline,
                    seconds: location.connectTimeout, onTimeout: { connection.closeNow() })
            }
            if let schema {
                _ = try connection.query(
                    PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""), logger: logger
                ).wait()
                _ = try connection.query(PostgresQuery(unsafeSQL: "SET search_path TO \"\(schema)\""), logger: logger)
                    .wait()
            }
        } catch {
            if let connection { connection.closeNow() }
            connection = nil
            throw translate(error)
        }
    }

    /// No answer within the deadline.
    struct NoAnswer: Error {
        var seconds: Int
    }

    /// Waits for `future` at most `deadline`; past it, runs `onTimeout` (which closes the connection, failing what
    /// was sent on it) and throws `NoAnswer`. A nil deadline waits as long as it takes.
    static func wait<T: Sendable>(
        _ future: EventLoopFuture<T>, deadline: TimeAmount?, seconds: Int?, onTimeout: @escaping @Sendable () -> Void
    ) throws -> T {
        guard let deadline else { return try future.wait() }
        let promise = future.eventLoop.makePromise(of: T.self)
        future.cascade(to: promise)
        let timer = future.eventLoop.scheduleTask(in: deadline) {
            promise.fail(NoAnswer(seconds: seconds ?? 0))
            onTimeout()
        }
        future.whenComplete { _ in timer.cancel() }
        return try promise.futureResult.wait()
    }

    /// The deadline of one statement now, in nanoseconds' `TimeAmount`, and in whole seconds for messages.
    var statementWait: (deadline: TimeAmount?, seconds: Int?) {
        guard statementDeadline, let ms = location.statementTimeout else { return (nil, nil) }
        return (.milliseconds(Int64(ms)), max(1, (ms + 999) / 1000))
    }

    /// Runs one statement and returns its rows.
    @discardableResult
    func run(_ sql: StoreSQL) throws(StoreError) -> [PostgresRow] {
        let (text, values) = sql.rendered(for: .postgres)
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .int(let v): bindings.append(v)
            case .double(let v): bindings.append(v)
            case .text(let v): bindings.append(v)
            case .bool(let v): bindings.append(v)
            }
        }
        return try send(PostgresQuery(unsafeSQL: text, binds: bindings))
    }

    /// Runs SQL with no values: a migration's statement, a transaction's BEGIN or COMMIT.
    @discardableResult
    func run(raw text: String) throws(StoreError) -> [PostgresRow] { try send(PostgresQuery(unsafeSQL: text)) }

    private func send(_ query: PostgresQuery) throws(StoreError) -> [PostgresRow] {
        if !isOpen { try connect() }
        guard let connection else {
            throw StoreError.serverUnreachable(location: location.description, detail: Message(verbatim: ""))
        }
        do {
            let (deadline, seconds) = statementWait
            let sent: EventLoopFuture<PostgresQueryResult> = connection.query(query, logger: logger)
            let result = try Self.wait(
                sent, deadline: deadline,
                seconds: seconds, onTimeout: { connection.closeNow() })
            return result.rows.map { PostgresRow(row: $0.makeRandomAccess(), place: location.description) }
        } catch {
            if connection.isClosed || error is NoAnswer { self.connection = nil }
            throw translate(error)
        }
    }

    /// Opens a transaction. If the connection turns out to have been lost (the server restarted), nothing was sent,
    /// so it connects again and tries once more.
    func beginRetryingOnce() throws(StoreError) {
        do {
            try run(raw: "BEGIN")
        } catch .serverUnreachable {
            connection = nil
            try connect()
            try run(raw: "BEGIN")
        }
    }

    /// Runs a statement prepared on the server under `name` (at its first use on each connection), so the answer
    /// path is not parsed and planned again for every answer. Its parameters carry their types (`$1::bigint`), as
    /// every statement's do once rendered for PostgreSQL; `name` must always be given the same statement.
    @discardableResult
    func runPrepared(_ name: String, _ sql: StoreSQL) throws(StoreError) -> [PostgresRow] {
        if !isOpen { try connect() }
        guard let connection else {
            throw StoreError.serverUnreachable(location: location.description, detail: Message(verbatim: ""))
        }
        let (text, values) = sql.rendered(for: .postgres)
        do {
            let query: PreparedQuery
            let (deadline, seconds) = statementWait
            if let known = prepared[name] {
                query = known
            } else {
                query = try Self.wait(
                    connection.prepare(query: text), deadline: deadline, seconds: seconds,
                    onTimeout: { connection.closeNow() })
                prepared[name] = query
            }
            let data = values.map { value -> PostgresData in
                switch value {
                case .int(let v): v.map { PostgresData(int64: $0) } ?? PostgresData(type: .int8)
                case .double(let v): v.map { PostgresData(double: $0) } ?? PostgresData(type: .float8)
                case .text(let v): v.map { PostgresData(string: $0) } ?? PostgresData(type: .text)
                case .bool(let v): v.map { PostgresData(bool: $0) } ?? PostgresData(type: .bool)
                }
            }
            return try Self.wait(
                query.execute(data), deadline: deadline, seconds: seconds, onTimeout: { connection.closeNow() }
            ).map { PostgresRow(row: $0.makeRandomAccess(), place: location.description) }
        } catch {
            if connection.isClosed || error is NoAnswer {
                self.connection = nil
                prepared = [:]
            }
            throw translate(error)
        }
    }

    /// Runs `body` in one transaction: committed (and on the server's disk) before this returns, or rolled back.
    func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try beginRetryingOnce()
        do {
            let value = try body()
            try run(raw: "COMMIT")
            return value
        } catch {
            if isOpen { _ = try? run(raw: "ROLLBACK") }
            throw error
        }
    }
}

extension PostgresConnection {
    /// Closes the connection now, without waiting: what was sent on it fails at once.
    func closeNow() {
        let _: EventLoopFuture<Void> = close()
    }
}
