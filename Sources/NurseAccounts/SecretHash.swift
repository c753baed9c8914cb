internal import Crypto
internal import CryptoExtras
import Foundation

/// A nurse's secret as it is kept: scrypt (memory-hard) over the secret with a random salt, written as
/// `scrypt$LOG2N$R$P$SALT$HASH` (salt and hash in base64), so the work factor can grow without a migration.
///
/// The defaults (N = 2^15, r = 8, p = 1: 32 MiB, about 100 ms a check on this machine, measured in
/// docs/benchmarks.md) give the ~100 ms the clinic asked for. They are below OWASP's recommended N = 2^17 (128 MiB
/// and about 4 times the time); the hash keeps its parameters, so a later release can raise them and rehash at the
/// next sign-in. Five wrong tries lock an account, so the work factor matters for a stolen database, not for guessing
/// at a station. A kept hash whose parameters are outside sane bounds (someone edited the
/// table to make a check cost minutes or gigabytes) never verifies.
package enum SecretHash {
    package struct Parameters: Sendable, Equatable {
        package var log2N: Int
        package var r: Int
        package var p: Int

        package init(log2N: Int, r: Int, p: Int) {
            self.log2N = log2N
            self.r = r
            self.p = p
        }

        package static let standard = Parameters(log2N: 15, r: 8, p: 1)
        /// For tests only: the same code path at a fraction of the cost.
        package static let fast = Parameters(log2N: 10, r: 8, p: 1)

        var isSane: Bool { (10...20).contains(log2N) && (1...16).contains(r) && (1...4).contains(p) }
    }

    static let saltBytes = 16
    static let hashBytes = 32

    /// The secret's salted hash, as kept.
    package static func make(_ secret: String, parameters: Parameters = .standard) -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let hash = derive(secret, salt: salt, parameters) ?? []
        return [
            "scrypt", String(parameters.log2N), String(parameters.r), String(parameters.p),
            Data(salt).base64EncodedString(), Data(hash).base64EncodedString(),
        ].joined(separator: "$")
    }

    /// Whether `secret` is the secret `kept` was made from. The hashes are compared in constant time.
    package static func verify(_ secret: String, against kept: String) -> Bool {
        let parts = kept.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "scrypt", let log2N = Int(parts[1]), let r = Int(parts[2]),
            let p = Int(parts[3]), let salt = Data(base64Encoded: String(parts[4])),
            let expected = Data(base64Encoded: String(parts[5])), expected.count == hashBytes,
            salt.count >= 8
        else { return false }
        let parameters = Parameters(log2N: log2N, r: r, p: p)
        guard parameters.isSane, let actual = derive(secret, salt: Array(salt), parameters) else { return false }
        return constantTimeEqual(actual, Array(expected))
    }

    /// Spends the time a verification spends, for a name with no account: the reply does not say which names exist.
    package static func verifyNothing(_ secret: String) {
        _ = derive(secret, salt: Array(repeating: 0, count: saltBytes), .standard)
    }

    /// The secret's bytes as hashed: UTF-8 of its NFC form, so "ñ" typed as one character or as "n" and a combining
    /// tilde (they look the same) is one secret.
    static func bytes(_ secret: String) -> [UInt8] { Array(secret.precomposedStringWithCanonicalMapping.utf8) }

    static func derive(_ secret: String, salt: [UInt8], _ p: Parameters) -> [UInt8]? {
        guard
            let key = try? KDF.Scrypt.deriveKey(
                from: bytes(secret), salt: salt, outputByteCount: hashBytes, rounds: 1 << p.log2N,
                blockSize: p.r, parallelism: p.p)
        else { return nil }
        return key.withUnsafeBytes { Array($0) }
    }

    /// Equal bytes, in a time that depends only on the length: every byte is compared whatever the first difference.
    package static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
