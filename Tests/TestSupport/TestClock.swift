import Foundation

/// A clock the tests move by hand.
package final class TestClock {
    package var now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z
    package init() {}
    package func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
}
