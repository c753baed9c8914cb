import Foundation
import QuizEngine
import Testing
import TestSupport

@testable import TerminalUI

/// A menu longer than the window says "more below (PgDn)": PgDn and PgUp must then move through it, a page at a time,
/// stopping at the ends (arrows still wrap round).
struct MenuPageKeysTests {
    @Test func pageDownReachesTheRowsBelowAndStopsAtTheLast() throws {
        // Given a nurse's home menu in a 40x12 window, more rows than fit
        let driver = try makeDriver(facilitator: "RN Lee")
        guard case .home(let home) = driver.view.screen else {
            Issue.record("not home")
            return
        }
        let rows = home.rows.count
        #expect(rows > 10)
        let first = ScreenLayout.render(driver.view, width: 40, height: 12).text.joined(separator: "\n")
        #expect(first.contains("more below (PgDn)") && !first.contains("Quit"))
        // When PgDn is pressed until the focus stops
        var seen: [Int] = []
        for _ in 0..<6 {
            driver.press(.pageDown)
            guard case .home(let selected) = driver.state.screen else { return }
            seen.append(selected)
        }
        // Then it moved a page at a time and stopped on the last row, which is on screen
        #expect(seen.prefix(2) == [5, 10] && seen.last == rows - 1 && seen.allSatisfy { $0 < rows })
        let last = ScreenLayout.render(driver.view, width: 40, height: 12).text.joined(separator: "\n")
        #expect(last.contains("Quit"))
        // And PgUp goes back, stopping on the first
        for _ in 0..<6 { driver.press(.pageUp) }
        #expect(driver.state.screen == .home(selected: 0))
        // While an arrow still wraps round
        driver.press(.up)
        #expect(driver.state.screen == .home(selected: rows - 1))
    }
}
