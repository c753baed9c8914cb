import Foundation
@testable import Scheduling
import Testing
import TestSupport

struct FSRSTests {
    let start = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z
    let fsrs = FSRS()

    @Test func retrievabilityIsTheDesiredRetentionWhenElapsedEqualsStability() {
        for stability in [1.0, 3.0, 10.0, 100.0, 365.0] {
            let state = ReviewState(
                phase: .review, step: nil, stability: stability, difficulty: 5, due: start, lastReview: start)
            let r = fsrs.retrievability(state, at: start.addingTimeInterval(stability * 86_400))
            #expect(abs(r - 0.9) < 1e-12, "S = \(stability): R = \(r)")
        }
    }

    @Test func intervalsNeverShrinkAsStabilityGrows() {
        var previous = 0
        var s = 0.01
        while s < 50_000 {
            let days = fsrs.nextIntervalDays(s)
            #expect(days >= previous, "S = \(s)")
            #expect(days >= 1 && days <= 36_500)
            previous = days
            s *= 1.07
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func difficultyStaysInRange(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var state = ReviewState.new(at: start)
        var now = start
        for _ in 0..<500 {
            let rating = Rating(rawValue: Int(rng.next() % 4) + 1) ?? .good
            state = fsrs.review(state, rating: rating, at: now)
            let d = state.difficulty ?? 0
            #expect(d >= 1 && d <= 10)
            #expect((state.stability ?? 0) >= 0.001)
            now = now.addingTimeInterval(TimeInterval(rng.next() % (86_400 * 30)))
        }
    }

    @Test func fuzzStaysInRangeAndRepeatsWithASeed() {
        for days in [3, 5, 8, 15, 30, 100, 1000, 36_500] {
            let range = fsrs.fuzzRange(days)
            #expect(range != nil)
            var a = SplitMix64(seed: UInt64(days)), b = SplitMix64(seed: UInt64(days))
            for _ in 0..<200 {
                let x = fsrs.fuzzedIntervalDays(days, random: a.unit())
                let y = fsrs.fuzzedIntervalDays(days, random: b.unit())
                #expect(x == y)
                // py-fsrs draws from [low, high + 1) and rounds, so high + 1 is reachable before the cap.
                if let range {
                    #expect(x >= range.lowerBound && x <= min(range.upperBound + 1, 36_500), "\(days): \(x)")
                }
            }
        }
        #expect(fsrs.fuzzRange(2) == nil)
    }

    @Test func sameDayReviewUsesShortTermStability() {
        let first = fsrs.review(.new(at: start), rating: .good, at: start)
        let second = fsrs.review(first, rating: .good, at: start.addingTimeInterval(600))
        #expect(second.phase == .review)
        #expect(second.stability == fsrs.shortTermStability(first.stability ?? 0, rating: 3))
    }

    @Test func pythonRoundingSendsHalvesToEven() {
        // An interval of exactly 2.5 days rounds to 2, and 3.5 to 4, as Python's round does.
        let perDay = fsrs.intervalModifier / fsrs.factor
        #expect(fsrs.nextIntervalDays(2.5 / perDay) == 2)
        #expect(fsrs.nextIntervalDays(3.5 / perDay) == 4)
    }
}

struct SM2Tests {
    let start = Date(timeIntervalSince1970: 1_704_067_200)

    @Test func intervalsAreOneSixThenTimesEF() {
        var s = ReviewState.new(at: start)
        var intervals: [Double] = []
        for _ in 0..<4 {
            s = SM2().review(s, quality: 5, at: start)
            intervals.append(s.stability ?? 0)
        }
        // EF goes 2.6, 2.7, 2.8, 2.9; each interval uses the EF from before its update: 6 × 2.7 → 17, 17 × 2.8 → 48.
        #expect(intervals == [1, 6, 17, 48])
        #expect(abs((s.difficulty ?? 0) - 2.9) < 1e-12)
    }

    @Test func lowQualityRestartsAndEFHasAFloor() {
        var s = ReviewState.new(at: start)
        for _ in 0..<20 { s = SM2().review(s, quality: 3, at: start) }
        #expect(s.difficulty == 1.3)
        s = SM2().review(s, quality: 1, at: start)
        #expect(s.stability == 1)
        #expect(s.phase == .relearning)
        #expect(s.lapses == 1)
        #expect(s.difficulty == 1.3)
    }

    @Test func gradingMap() {
        #expect(Grading.rating(correct: false, confidence: nil) == .again)
        #expect(Grading.rating(correct: true, confidence: nil) == .good)
        #expect(Grading.rating(correct: true, confidence: .sure) == .good)
        #expect(Grading.rating(correct: true, confidence: .notSure) == .hard)
        #expect(Grading.rating(correct: true, confidence: .guessed) == .again)
    }
}

struct ReplayTests {
    @Test func badRowsNameTheirLine() {
        let input = "card_id,review_time,rating\n1,2024-01-01T00:00:00Z,3\n1,2024-13-01T00:00:00Z,3\n"
        #expect(
            throws: Replay.RowError(line: 3, problem: .time("2024-13-01T00:00:00Z"))
        ) {
            try Replay.run(input, scheduler: .fsrs(FSRS()))
        }
        #expect(throws: Replay.RowError.self) {
            try Replay.run("card_id,review_time,rating\n1,2024-01-01T00:00:00Z,5\n", scheduler: .fsrs(FSRS()))
        }
        #expect(throws: Replay.RowError.self) { try Replay.run("id,time\n", scheduler: .fsrs(FSRS())) }
    }

    @Test func timestampsRoundTrip() {
        for text in ["1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "2124-12-31T12:00:00Z", "1969-12-31T23:59:59Z"] {
            let seconds = Timestamp.parse(text[...])
            #expect(seconds.map(Timestamp.format) == text)
        }
        #expect(Timestamp.parse("2023-02-29T00:00:00Z") == nil)
    }
}
