import Foundation
import LearnerModel
internal import PostgresNIO
import Words

extension ClinicConnection {
    /// The driver's error as a `StoreError` naming the server, never the password.
    func translate(_ error: any Error) -> StoreError {
        let place = location.description
        if let error = error as? StoreError { return error }
        if let late = error as? NoAnswer {
            return .serverUnreachable(
                location: place, detail: Message("no answer in {seconds} s", ["seconds": late.seconds]))
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
                    return .permissionDenied(location: place, detail: Message(verbatim: message))
                case "57014":
                    return .serverUnreachable(
                        location: place, detail: Message("the server stopped a statement that took too long"))
                case "57P01", "57P02", "57P03":
                    return .serverUnreachable(
                        location: place, detail: Message("the server is shutting down or starting"))
                case "23505": return .conflict(location: place, detail: Message(verbatim: message))
                default: return .other(path: place, detail: Message(verbatim: "\(message) (SQLSTATE \(state))"))
                }
            }
            switch psql.code {
            case .authMechanismRequiresPassword:
                return .authenticationFailed(location: place)
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
                var detail = psql.underlying.map { Self.plain($0) } ?? Message("the connection was closed")
                if detail == Self.certificateProblem {
                    detail = Message(
                        "sslmode={mode}: {problem}",
                        ["mode": location.sslMode.rawValue, "problem": Self.certificateProblem])
                }
                return .serverUnreachable(location: place, detail: detail)
            case .sslUnsupported:
                return .serverUnreachable(
                    location: place,
                    detail: Message(
                        "the server does not offer TLS, which sslmode={mode} needs", ["mode": location.sslMode.rawValue]
                    ))
            default:
                return .serverUnreachable(location: place, detail: Message(verbatim: psql.code.description))
            }
        }
        return .serverUnreachable(location: place, detail: Self.plain(error))
    }

    static let certificateProblem = Message(
        "the server's TLS certificate could not be verified against the root certificate given (sslrootcert= in the URL, PGSSLROOTCERT or ~/.postgresql/root.crt); check that it is the clinic's CA certificate and that the server's certificate names this host"
    )

    /// A driver error in words, without type names.
    static func plain(_ error: any Error) -> Message {
        let text = String(describing: error)
        if text.contains("refused") || text.contains("ECONNREFUSED") { return Message("connection refused") }
        if text.lowercased().contains("certificate") || text.contains("handshake") || text.contains("NIOSSL") {
            return Self.certificateProblem
        }
        if text.contains("connection reset") || text.contains("ECONNRESET") {
            return Message("the connection was reset")
        }
        if text.contains("timeout") || text.contains("timedOut") { return Message("no answer in time") }
        if text.contains("resolve") || text.contains("DNS") { return Message("the host name could not be found") }
        return Message("the connection failed")
    }
}
