import Foundation

/// A clock the tests move by hand.
public final class TestClock {
    public var now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z
    public init() {}
    public func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
}
