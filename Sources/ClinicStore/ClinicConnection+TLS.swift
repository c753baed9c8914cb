import Foundation
import LearnerModel
internal import NIOSSL
internal import PostgresNIO

extension ClinicConnection {
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
}
