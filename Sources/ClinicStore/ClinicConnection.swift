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
    let location: ClinicLocation
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

    func connect() throws(StoreError) {
        close()
        prepared = [:]
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch location.sslMode {
            case .disable: tls = .disable
            case .allow, .prefer:
                var config = TLSConfiguration.makeClientConfiguration()
                config.certificateVerification = .none
                tls = .prefer(try NIOSSLContext(configuration: config))
            case .require:
                var config = TLSConfiguration.makeClientConfiguration()
                config.certificateVerification = .none
                tls = .require(try NIOSSLContext(configuration: config))
            case .verifyCA:
                var config = TLSConfiguration.makeClientConfiguration()
                config.certificateVerification = .noHostnameVerification
                tls = .require(try NIOSSLContext(configuration: config))
            case .verifyFull:
                tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        } catch {
            throw StoreError.serverUnreachable(
                location: location.description, detail: "TLS could not be set up (\(error))")
        }
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: tls)
        configuration.options.connectTimeout = .seconds(5)
        do {
            let connection = try PostgresConnection.connect(
                on: group.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
            self.connection = connection
            // Each commit waits for the server's disk, whatever the server's default.
            _ = try connection.query("SET synchronous_commit = on", logger: logger).wait()
            if let schema {
                _ = try connection.query(
                    PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""), logger: logger
                ).wait()
                _ = try connection.query(PostgresQuery(unsafeSQL: "SET search_path TO \"\(schema)\""), logger: logger)
                    .wait()
            }
        } catch {
            connection = nil
            throw translate(error)
        }
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
            let result = try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
            return result.rows.map { $0.makeRandomAccess() }
        } catch {
            if connection.isClosed { self.connection = nil }
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
            if let known = prepared[name] {
                query = known
            } else {
                query = try connection.prepare(query: sql).wait()
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
            return try query.execute(data).wait().map { $0.makeRandomAccess() }
        } catch {
            if connection.isClosed {
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
        if let psql = error as? PSQLError {
            if let info = psql.serverInfo {
                let state = info[.sqlState] ?? ""
                let message = info[.message] ?? "error"
                switch state {
                case "28P01", "28000": return .authenticationFailed(location: place)
                case "3D000": return .noSuchDatabase(location: place)
                case "53100": return .diskFull(path: place)
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
                let detail = psql.underlying.map { Self.plain($0) } ?? "the connection was closed"
                return .serverUnreachable(location: place, detail: detail)
            case .sslUnsupported:
                return .serverUnreachable(
                    location: place, detail: "the server does not offer TLS, which sslmode=\(location.sslMode) needs")
            default:
                return .serverUnreachable(location: place, detail: psql.code.description)
            }
        }
        return .serverUnreachable(location: place, detail: Self.plain(error))
    }

    /// A driver error in words, without type names.
    static func plain(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("refused") || text.contains("ECONNREFUSED") { return "connection refused" }
        if text.lowercased().contains("certificate") || text.contains("handshake") || text.contains("NIOSSL") {
            return "the server's TLS certificate could not be verified; check its certificate, or use sslmode=require"
        }
        if text.contains("connection reset") || text.contains("ECONNRESET") { return "the connection was reset" }
        if text.contains("timeout") || text.contains("timedOut") { return "no answer in time" }
        if text.contains("resolve") || text.contains("DNS") { return "the host name could not be found" }
        return "the connection failed"
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
