import Foundation
import QuizEngine

/// Reads lines from a file descriptor (standard input), giving up after an idle time: the plain trainer's way to end a
/// session nobody is answering. Before giving up it says so once (`onWarning`, with the seconds left).
///
/// It reads the descriptor itself (poll, then read) rather than through stdio's buffer, so that waiting with a
/// timeout never misses a line already read into a buffer.
package final class IdleLineReader {
    let fd: Int32
    let timeout: TimeInterval?
    let clock: () -> Date
    let onWarning: (Int) -> Void
    var buffer: [UInt8] = []
    var ended = false
    /// The last `readLine` gave up because nothing was typed for `timeout`.
    package private(set) var timedOut = false

    package init(
        fd: Int32 = STDIN_FILENO, timeout: TimeInterval?, clock: @escaping () -> Date = Date.init,
        onWarning: @escaping (Int) -> Void
    ) {
        self.fd = fd
        self.timeout = timeout
        self.clock = clock
        self.onWarning = onWarning
    }

    /// The next line without its line break; nil at the end of input or when the idle time ran out (`timedOut`).
    package func readLine() -> String? {
        let start = clock()
        var warned = false
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if ended {
                guard !buffer.isEmpty else { return nil }
                defer { buffer = [] }
                return String(decoding: buffer, as: UTF8.self)
            }
            var wait: Int32 = -1
            if let timeout {
                let elapsed = clock().timeIntervalSince(start)
                if elapsed >= timeout {
                    timedOut = true
                    return nil
                }
                // The warning comes as early as the full-screen trainer's.
                let warnAt = timeout - AppState.warningLead(for: timeout)
                if !warned && elapsed >= warnAt {
                    warned = true
                    onWarning(Int((timeout - elapsed).rounded(.up)))
                }
                wait = Int32(min(Double(Int32.max), max(1, ((warned ? timeout : warnAt) - elapsed) * 1000)))
            }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, wait)
            if ready < 0 {
                if errno == EINTR { continue }
                ended = true
                continue
            }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(fd, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                ended = true
            } else if count == 0 {
                ended = true
            } else {
                buffer += chunk[..<count]
            }
        }
    }
}
