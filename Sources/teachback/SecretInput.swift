import Foundation
import Words

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
                Message(
                    "no terminal to ask for the secret on: run this in a terminal, or set {variable} (for scripts)",
                    ["variable": variable]))
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
        // Ctrl-C (or a hang-up, or a kill) while echo is off must not leave the terminal without it: the handler puts
        // the terminal back, then lets the signal end the program as it would have.
        secretTerminal = (fd, saved)
        let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
        let before = signals.map { signal($0, restoreTerminalThenDie) }
        guard tcsetattr(fd, TCSAFLUSH, &quiet) == 0 else { return nil }
        defer {
            _ = tcsetattr(fd, TCSAFLUSH, &saved)
            _ = "\n".withCString { write(fd, $0, 1) }
            for (sig, handler) in zip(signals, before) { _ = signal(sig, handler) }
            secretTerminal = nil
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

/// The terminal reading a secret and its settings before echo was turned off (for the signal handler).
nonisolated(unsafe) private var secretTerminal: (fd: Int32, saved: termios)?

/// Puts the terminal's echo back, then ends the program by the signal that came (its default action).
private func restoreTerminalThenDie(_ sig: Int32) {
    if var terminal = secretTerminal {
        _ = tcsetattr(terminal.fd, TCSAFLUSH, &terminal.saved)
        _ = write(terminal.fd, "\n", 1)
    }
    signal(sig, SIG_DFL)
    raise(sig)
}
