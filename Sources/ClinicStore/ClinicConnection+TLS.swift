import Foundation
import LearnerModel
internal import NIOSSL
internal import PostgresNIO
import Words

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
                    detail: Message(
                        "sslmode={mode} checks the server's certificate against the clinic's CA certificate, and none was given: put its path in sslrootcert= in the URL or in PGSSLROOTCERT, or save it as ~/.postgresql/root.crt (sslrootcert=system trusts the system's certificate authorities)",
                        ["mode": mode.rawValue]))
            }
            if root != "system" {
                var info = stat()
                guard stat(root, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                    throw StoreError.serverUnreachable(
                        location: location.description,
                        detail: Message(
                            "the root certificate {file} for sslmode={mode} is not a file that can be read",
                            ["file": root, "mode": mode.rawValue]))
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
                detail: Message(
                    "TLS could not be set up with the root certificate {file} ({problem})",
                    ["file": location.rootCertificate ?? "", "problem": Self.plain(error)]))
        }
    }
}
