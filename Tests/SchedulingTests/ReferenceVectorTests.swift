import Foundation
@testable import Scheduling
import Testing

/// The committed vectors were made by scripts/fsrs_reference.py with py-fsrs 6.3.2, fuzz off.
struct ReferenceVectorTests {
    func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "csv"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func everyRowMatchesPyFSRS() throws {
        // Given histories and py-fsrs's replay of them
        let input = try fixture("histories")
        let expected = try fixture("py-fsrs-6.3.2").split(separator: "\n")
        // When we replay them
        let actual = try Replay.run(input, scheduler: .fsrs(FSRS())).split(separator: "\n")
        // Then every row agrees: state, step and due exactly; stability and difficulty within 1e-9 relative
        #expect(actual.count == expected.count)
        #expect(expected.count > 4000)
        var exactFloats = 0
        for (index, (a, e)) in zip(actual, expected).enumerated() {
            let af = a.split(separator: ",", omittingEmptySubsequences: false)
            let ef = e.split(separator: ",", omittingEmptySubsequences: false)
            #expect(af.count == ef.count, "row \(index + 1)")
            guard af.count == 8, ef.count == 8 else { continue }
            #expect(Array(af[0...4]) == Array(ef[0...4]), "row \(index + 1): \(a) vs \(e)")
            #expect(af[7] == ef[7], "row \(index + 1): due \(af[7]) vs \(ef[7])")
            if index == 0 { continue }
            for column in [5, 6] {
                let x = try #require(Double(af[column])), y = try #require(Double(ef[column]))
                #expect(abs(x - y) <= 1e-9 * abs(y), "row \(index + 1) column \(column): \(x) vs \(y)")
                if af[column] == ef[column] { exactFloats += 1 }
            }
        }
        // Same formulas in the same order should give the same bits, so the text should match too.
        #expect(exactFloats == 2 * (expected.count - 1))
    }
}
