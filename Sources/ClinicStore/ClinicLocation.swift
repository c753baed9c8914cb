import Foundation
import Words

/// Where the clinic's PostgreSQL server is: `postgresql://USER@HOST:PORT/DBNAME?sslmode=MODE`, with the password
/// never in the URL but found as libpq finds it (`PGPASSWORD`, else `PGPASSFILE` or `~/.pgpass`), and `sslmode` from
/// the URL, else `PGSSLMODE`, else `prefer`.
package struct ClinicLocation: Sendable, Equatable, CustomStringConvertible {
    package enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    package var user: String
    package var host: String
    package var port: Int
    package var database: String
    package var sslMode: SSLMode
    /// The CA certificate the server's certificate must chain to, as libpq finds it: `sslrootcert=` in the URL, else
    /// `PGSSLROOTCERT`, else `~/.postgresql/root.crt` when that file exists; `system` for the system's trusted roots.
    package var rootCertificate: String?
    /// How long connecting may take, in seconds (`connect_timeout=` in the URL, else `PGCONNECT_TIMEOUT`, else 10);
    /// nil (libpq's 0) to wait as long as it takes.
    package var connectTimeout: Int?
    /// How long one statement's answer may take, in milliseconds (`statement_timeout=` in the URL, in PostgreSQL's
    /// own form: `10s`, `2min`, `5000`); by default as long as connecting may take. nil for no limit.
    package var statementTimeout: Int?
    /// Found in the environment or the password file; never printed.
    var password: String?

    /// The default deadline for connecting and for each statement, in seconds.
    package static let defaultTimeout = 10

    /// The location as it may be printed: no password, ever.
    package var description: String { "postgresql://\(user)@\(host):\(port)/\(database)" }

    /// Whether `text` names a PostgreSQL server rather than a file.
    package static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Parses the URL and finds the password. Throws a message that says what is wrong and what to do.
    package static func parse(_ text: String, environment: [String: String]) throws(ClinicURLError) -> ClinicLocation {
        guard let schemeEnd = text.range(of: "://") else {
            throw ClinicURLError(Message("the database URL cannot be used: it does not start with postgresql://"))
        }
        var rest = String(text[schemeEnd.upperBound...])
        var query: [String: String] = [:]
        if let q = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: q)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                query[parts[0].removingPercentEncoding ?? parts[0]] =
                    parts.count > 1 ? (parts[1].removingPercentEncoding ?? parts[1]) : ""
            }
            rest = String(rest[..<q])
        }
        var user = environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        if let at = rest.lastIndex(of: "@") {
            let userInfo = String(rest[..<at])
            if userInfo.contains(":") {
                throw ClinicURLError(
                    Message(
                        "the database URL cannot be used: it holds a password. Put the password in PGPASSWORD or in ~/.pgpass (or PGPASSFILE) instead, so it is never on a command line"
                    ))
            }
            user = userInfo.removingPercentEncoding ?? userInfo
            rest = String(rest[rest.index(after: at)...])
        }
        var database = ""
        if let slash = rest.firstIndex(of: "/") {
            database = String(rest[rest.index(after: slash)...]).removingPercentEncoding ?? ""
            rest = String(rest[..<slash])
        }
        var host = rest
        var port = Int(environment["PGPORT"] ?? "") ?? 5432
        if let colon = rest.lastIndex(of: ":"), !rest.hasSuffix("]") {
            host = String(rest[..<colon])
            guard let p = Int(rest[rest.index(after: colon)...]), (1...65535).contains(p) else {
                throw ClinicURLError(
                    Message(
                        "the database URL cannot be used: the port '{port}' is not a number from 1 to 65535",
                        ["port": String(rest[rest.index(after: colon)...])]))
            }
            port = p
        }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.isEmpty { host = environment["PGHOST"] ?? "localhost" }
        if database.isEmpty { database = environment["PGDATABASE"] ?? user }
        let modeText = query["sslmode"] ?? environment["PGSSLMODE"] ?? "prefer"
        guard let mode = SSLMode(rawValue: modeText) else {
            let known = SSLMode.allCases.map(\.rawValue).joined(separator: ", ")
            throw ClinicURLError(
                Message(
                    "the database URL cannot be used: sslmode '{mode}' is not one of {known}",
                    ["mode": modeText, "known": known]))
        }
        let known = ["sslmode", "sslrootcert", "connect_timeout", "statement_timeout", "application_name"]
        if let unknown = query.keys.sorted().first(where: { !known.contains($0) }) {
            throw ClinicURLError(
                Message(
                    "the database URL cannot be used: the parameter '{parameter}' is not one Teachback reads; it reads {known}",
                    ["parameter": unknown, "known": known.joined(separator: ", ")]))
        }
        let connectTimeout = try timeoutSeconds(query["connect_timeout"] ?? environment["PGCONNECT_TIMEOUT"])
        var statementTimeout = connectTimeout.map { $0 * 1000 }
        if let text = query["statement_timeout"] {
            guard let ms = milliseconds(text) else {
                throw ClinicURLError(
                    Message(
                        "the database URL cannot be used: statement_timeout '{value}' is not a time; write it as PostgreSQL does: 10s, 2min or 5000 (milliseconds)",
                        ["value": text]))
            }
            statementTimeout = ms == 0 ? nil : ms
        }
        var rootCertificate = query["sslrootcert"] ?? environment["PGSSLROOTCERT"]
        if rootCertificate == nil, let home = environment["HOME"], home.hasPrefix("/"),
            FileManager.default.fileExists(atPath: home + "/.postgresql/root.crt")
        {
            rootCertificate = home + "/.postgresql/root.crt"
        }
        if rootCertificate?.isEmpty == true { rootCertificate = nil }
        var location = ClinicLocation(
            user: user, host: host, port: port, database: database, sslMode: mode, rootCertificate: rootCertificate,
            connectTimeout: connectTimeout, statementTimeout: statementTimeout, password: nil)
        location.password = environment["PGPASSWORD"] ?? passwordFromFile(location, environment: environment)
        return location
    }

    /// `connect_timeout` as libpq reads it: whole seconds, 0 for no limit, below 2 taken as 2; absent: 10.
    static func timeoutSeconds(_ text: String?) throws(ClinicURLError) -> Int? {
        guard let text else { return defaultTimeout }
        guard let seconds = Int(text.trimmingCharacters(in: .whitespaces)), seconds >= 0 else {
            throw ClinicURLError(
                Message(
                    "the database URL cannot be used: connect_timeout '{value}' is not a whole number of seconds",
                    ["value": text]))
        }
        return seconds == 0 ? nil : max(2, seconds)
    }

    /// A PostgreSQL duration (`5000`, `250ms`, `10s`, `2min`) in milliseconds, or nil if it is not one.
    static func milliseconds(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard let value = Int(digits) else { return nil }
        let unit = t.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let scale: Int? =
            switch unit {
            case "", "ms": 1
            case "s": 1000
            case "min": 60_000
            case "h": 3_600_000
            default: nil
            }
        guard let scale else { return nil }
        return value.multipliedReportingOverflow(by: scale).overflow ? nil : value * scale
    }

    /// The password for this server in the password file, as libpq reads it: `host:port:database:user:password`
    /// lines, `*` matching anything, `\` escaping `:` and `\`; the file is skipped unless only its owner can read it.
    static func passwordFromFile(_ l: ClinicLocation, environment: [String: String]) -> String? {
        let path =
            environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" } ?? ""
        var info = stat()
        guard !path.isEmpty, stat(path, &info) == 0, info.st_mode & 0o077 == 0,
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields: [String] = []
            var field = ""
            var escaped = false
            for c in line {
                if escaped {
                    field.append(c)
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == ":" && fields.count < 4 {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(c)
                }
            }
            fields.append(field)
            guard fields.count == 5 else { continue }
            let wanted = [l.host, String(l.port), l.database, l.user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }
}

/// A `--db postgresql://…` that cannot be used, and why.
package struct ClinicURLError: Error, CustomStringConvertible {
    /// What is wrong and what to do, said in the reader's language at the edge.
    package var message: Message
    init(_ message: Message) { self.message = message }
    package var description: String { message.description }
}
