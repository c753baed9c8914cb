import Foundation
import LearnerModel
internal import PostgresNIO

extension ClinicConnection {
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
