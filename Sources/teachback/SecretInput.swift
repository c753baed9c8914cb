import Foundation

/// Reads a nurse's secret: from `TEACHBACK_NURSE_SECRET` (for scripts: anyone who can read the process's environment
/// can read it, so only on a computer nobody else uses), else from the terminal with echo off. Never from standard
/// input, which may be a patient's answers in plain mode.
enum SecretInput {
    static let variable = "TEACHBACK_NURSE_SECRET"

    /// The secret, or a `Failure` saying how to give one.
    static func read(prompt: String, environment: [String: String]) throws -> String {
        if let secret = environment[variable], !secret.isEmpty { return secret }
        guard let secret = fromTerminal(prompt: prompt) else {
            throw Failure(
                "no terminal to ask for the secret on: run this in a terminal, or set \(variable) (for scripts)")
        }
        return secret
    }

    /// A line typed at the controlling terminal with echo off, or nil when there is no terminal. Echo comes back on
    /// before returning, whatever was typed.
    static func fromTerminal(prompt: String) -> String? {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { return nil }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ICANON)
        _ = prompt.withCString { write(fd, $0, strlen($0)) }
        guard tcsetattr(fd, TCSAFLUSH, &quiet) == 0 else { return nil }
        defer {
            _ = tcsetattr(fd, TCSAFLUSH, &saved)
            _ = "\n".withCString { write(fd, $0, 1) }
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count < 1024 {
            let n = Foundation.read(fd, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
