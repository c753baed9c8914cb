import Foundation
import PlainUI
import Testing

/// Plain mode's line reader: lines as typed, the end of input, and giving up after the idle time with one warning.
struct IdleLineReaderTests {
    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 0)
    }

    @Test func linesThenTheEndOfInput() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data("a\r\nsecond line\nno newline".utf8))
        try pipe.fileHandleForWriting.close()
        let reader = IdleLineReader(fd: pipe.fileHandleForReading.fileDescriptor, timeout: 60) { _ in }
        #expect(reader.readLine() == "a")
        #expect(reader.readLine() == "second line")
        #expect(reader.readLine() == "no newline")
        #expect(reader.readLine() == nil)
        #expect(!reader.timedOut)
    }

    /// Nobody types: the warning once, then nil with `timedOut`. The clock is the test's; the reader's waits are
    /// short because the clock has already passed each deadline when it looks.
    @Test func nobodyTypingGetsOneWarningThenTheEnd() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data("b\n".utf8))
        let clock = Clock()
        var warnings: [Int] = []
        var reads = 0
        let reader = IdleLineReader(
            fd: pipe.fileHandleForReading.fileDescriptor, timeout: 20,
            clock: {
                // Each look at the clock is ten seconds later.
                reads += 1
                clock.now = clock.now.addingTimeInterval(reads > 2 ? 10 : 0)
                return clock.now
            }
        ) { warnings.append($0) }
        #expect(reader.readLine() == "b")
        #expect(reader.readLine() == nil)
        #expect(reader.timedOut)
        #expect(warnings.count == 1)
        try pipe.fileHandleForWriting.close()
    }
}
