import Foundation
import LearnerModel
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// A value bound to a query's `$n`.
enum Bind: Sendable {
    case int(Int64?)
    case double(Double?)
    case text(String?)
    case bool(Bool?)
}

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

    /// The server's TLS settings for the location's `sslmode`, as libpq applies them: `verify-ca` and `verify-full`
    /// check the certificate against the root certificate (and `verify-full` the host name or address too);
    /// `require` does when a root certificate is there (libpq's rule), else only encrypts.
    func tlsConfiguration() throws(StoreError) -> PostgresConnection.Configuration.TLS {
        let mode = location.sslMode
        if mode == .disable { return .disable }
        var config = TLSConfiguration.makeClientConfiguration()
        let verifies = mode == .verifyCA || mode == .verifyFull || (mode == .require && location.rootCertificate != nil)
        if verifies {
            guard let root = location.rootCertificate else {
                throw StoreError.serverUnreachable(
                    location: location.description,
                    detail:
                        "sslmode=\(mode.rawValue) checks the server's certificate against the clinic's CA certificate, and none was given: put its path in sslrootcert= in the URL or in PGSSLROOTCERT, or save it as ~/.postgresql/root.crt (sslrootcert=system trusts the system's certificate authorities)"
                )
            }
            if root != "system" {
                var info = stat()
                guard stat(root, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                    throw StoreError.serverUnreachable(
                        location: location.description,
                        detail:
                            "the root certificate \(root) for sslmode=\(mode.rawValue) is not a file that can be read")
                }
                config.trustRoots = .file(root)
            }
            config.certificateVerification = mode == .verifyFull ? .fullVerification : .noHostnameVerification
        } else {
            config.certificateVerification = .none
        }
        do {
            let context = try NIOSSLContext(configuration: config)
            return mode == .allow || mode == .prefer ? .prefer(context) : .require(context)
        } catch {
            throw StoreError.serverUnreachable(
                location: location.description,
                detail:
                    "TLS could not be set up with the root certificate \(location.rootCertificate ?? "") (\(Self.plain(error)))"
            )
        }
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
    func run(_ sql: String, _ binds: [Bind] = []) throws(StoreError) -> [PostgresRandomAccessRow] {
        if !isOpen { try connect() }
        guard let connection else { throw StoreError.serverUnreachable(location: location.description, detail: "") }
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            switch bind {
            case .int(let v): bindings.append(v)
            case .double(let v): bindings.append(v)
            case .text(let v): bindings.append(v)
            case .bool(let v): bindings.append(v)
            }
        }
        do {
            let (deadline, seconds) = statementWait
            let sent: EventLoopFuture<PostgresQueryResult> = connection.query(
                PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
            let result = try Self.wait(
                sent, deadline: deadline,
                seconds: seconds, onTimeout: { connection.closeNow() })
            return result.rows.map { $0.makeRandomAccess() }
        } catch {
            if connection.isClosed || error is NoAnswer { self.connection = nil }
            throw translate(error)
        }
    }

    /// Opens a transaction. If the connection turns out to have been lost (the server restarted), nothing was sent,
    /// so it connects again and tries once more.
    func beginRetryingOnce() throws(StoreError) {
        do {
            try run("BEGIN")
        } catch .serverUnreachable {
            connection = nil
            try connect()
            try run("BEGIN")
        }
    }

    /// Runs a statement prepared on the server under `name` (at its first use on each connection), so the answer
    /// path is not parsed and planned again for every answer. `sql` gives every parameter a type (`$1::bigint`).
    @discardableResult
    func runPrepared(_ name: String, _ sql: String, _ binds: [Bind]) throws(StoreError) -> [PostgresRandomAccessRow] {
        if !isOpen { try connect() }
        guard let connection else { throw StoreError.serverUnreachable(location: location.description, detail: "") }
        do {
            let query: PreparedQuery
            let (deadline, seconds) = statementWait
            if let known = prepared[name] {
                query = known
            } else {
                query = try Self.wait(
                    connection.prepare(query: sql), deadline: deadline, seconds: seconds,
                    onTimeout: { connection.closeNow() })
                prepared[name] = query
            }
            let data = binds.map { bind -> PostgresData in
                switch bind {
                case .int(let v): v.map { PostgresData(int64: $0) } ?? PostgresData(type: .int8)
                case .double(let v): v.map { PostgresData(double: $0) } ?? PostgresData(type: .float8)
                case .text(let v): v.map { PostgresData(string: $0) } ?? PostgresData(type: .text)
                case .bool(let v): v.map { PostgresData(bool: $0) } ?? PostgresData(type: .bool)
                }
            }
            return try Self.wait(
                query.execute(data), deadline: deadline, seconds: seconds, onTimeout: { connection.closeNow() }
            ).map { $0.makeRandomAccess() }
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
            try run("COMMIT")
            return value
        } catch {
            if isOpen { _ = try? run("ROLLBACK") }
            throw error
        }
    }

    /// The driver's error as a `StoreError` naming the server, never the password.
    func translate(_ error: any Error) -> StoreError {
        let place = location.description
        if let error = error as? StoreError { return error }
        if let late = error as? NoAnswer {
            return .serverUnreachable(location: place, detail: "no answer in \(late.seconds) s")
        }
        if let psql = error as? PSQLError {
            if let info = psql.serverInfo {
                let state = info[.sqlState] ?? ""
                let message = info[.message] ?? "error"
                switch state {
                case "28P01", "28000": return .authenticationFailed(location: place)
                case "3D000": return .noSuchDatabase(location: place)
                case "53100": return .diskFull(path: place)
                case "42501":
                    return .permissionDenied(location: place, detail: message)
                case "57014":
                    return .serverUnreachable(
                        location: place, detail: "the server stopped a statement that took too long")
                case "57P01", "57P02", "57P03":
                    return .serverUnreachable(location: place, detail: "the server is shutting down or starting")
                case "23505": return .conflict(location: place, detail: message)
                default: return .other(path: place, detail: "\(message) (SQLSTATE \(state))")
                }
            }
            switch psql.code {
            case .authMechanismRequiresPassword:
                return .authenticationFailed(location: place)
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
                var detail = psql.underlying.map { Self.plain($0) } ?? "the connection was closed"
                if detail == Self.certificateProblem { detail = "sslmode=\(location.sslMode.rawValue): " + detail }
                return .serverUnreachable(location: place, detail: detail)
            case .sslUnsupported:
                return .serverUnreachable(
                    location: place,
                    detail: "the server does not offer TLS, which sslmode=\(location.sslMode.rawValue) needs")
            default:
                return .serverUnreachable(location: place, detail: psql.code.description)
            }
        }
        return .serverUnreachable(location: place, detail: Self.plain(error))
    }

    static let certificateProblem =
        "the server's TLS certificate could not be verified against the root certificate given (sslrootcert= in the URL, PGSSLROOTCERT or ~/.postgresql/root.crt); check that it is the clinic's CA certificate and that the server's certificate names this host"

    /// A driver error in words, without type names.
    static func plain(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("refused") || text.contains("ECONNREFUSED") { return "connection refused" }
        if text.lowercased().contains("certificate") || text.contains("handshake") || text.contains("NIOSSL") {
            return Self.certificateProblem
        }
        if text.contains("connection reset") || text.contains("ECONNRESET") { return "the connection was reset" }
        if text.contains("timeout") || text.contains("timedOut") { return "no answer in time" }
        if text.contains("resolve") || text.contains("DNS") { return "the host name could not be found" }
        return "the connection failed"
    }
}

extension PostgresConnection {
    /// Closes the connection now, without waiting: what was sent on it fails at once.
    func closeNow() {
        let _: EventLoopFuture<Void> = close()
    }
}

extension PostgresRandomAccessRow {
    func int(_ column: String) throws(StoreError) -> Int64 {
        do { return try self[column].decode(Int64.self) } catch {
            // A prepared statement's rows come back in text.
            if let value = self[data: column].int64 ?? self[data: column].string.flatMap({ Int64($0) }) {
                return value
            }
            throw Self.bad(column, error)
        }
    }
    func optionalInt(_ column: String) throws(StoreError) -> Int64? {
        do { return try self[column].decode(Int64?.self) } catch { throw Self.bad(column, error) }
    }
    func int32(_ column: String) throws(StoreError) -> Int32 {
        do { return try self[column].decode(Int32.self) } catch { throw Self.bad(column, error) }
    }
    func optionalInt32(_ column: String) throws(StoreError) -> Int32? {
        do { return try self[column].decode(Int32?.self) } catch { throw Self.bad(column, error) }
    }
    func double(_ column: String) throws(StoreError) -> Double {
        do { return try self[column].decode(Double.self) } catch { throw Self.bad(column, error) }
    }
    func optionalDouble(_ column: String) throws(StoreError) -> Double? {
        do { return try self[column].decode(Double?.self) } catch { throw Self.bad(column, error) }
    }
    func text(_ column: String) throws(StoreError) -> String {
        do { return try self[column].decode(String.self) } catch { throw Self.bad(column, error) }
    }
    func optionalText(_ column: String) throws(StoreError) -> String? {
        do { return try self[column].decode(String?.self) } catch { throw Self.bad(column, error) }
    }
    func bool(_ column: String) throws(StoreError) -> Bool {
        do { return try self[column].decode(Bool.self) } catch { throw Self.bad(column, error) }
    }
    func optionalBool(_ column: String) throws(StoreError) -> Bool? {
        do { return try self[column].decode(Bool?.self) } catch { throw Self.bad(column, error) }
    }

    static func bad(_ column: String, _ error: any Error) -> StoreError {
        .other(path: "PostgreSQL", detail: "the column \(column) holds an unexpected value")
    }
}
