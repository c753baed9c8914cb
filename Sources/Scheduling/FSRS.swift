import Foundation

/// FSRS-6, written to agree with py-fsrs 6.3.2 to the second and to the last bit where it can.
///
/// Pure: the review time is passed in, and fuzz draws from a generator the caller owns.
public struct FSRS: Sendable, Equatable {
    /// The 21 default parameters of FSRS-6.
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
        0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    static let minimumStability = 0.001
    static let e = M_E

    public let parameters: [Double]
    public let desiredRetention: Double
    public let learningSteps: [TimeInterval]
    public let relearningSteps: [TimeInterval]
    public let maximumInterval: Int

    // Derived once, used on every review.
    let decay: Double
    let factor: Double
    let intervalModifier: Double
    let easyInitialDifficulty: Double
    let expW8: Double
    let forgetShortTermDivisor: Double

    public init(
        parameters: [Double] = FSRS.defaultParameters, desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500
    ) {
        precondition(parameters.count == 21, "FSRS-6 takes 21 parameters")
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
        intervalModifier = pow(desiredRetention, 1 / decay) - 1
        easyInitialDifficulty = parameters[4] - pow(Self.e, parameters[5] * Double(Rating.easy.rawValue - 1)) + 1
        expW8 = pow(Self.e, parameters[8])
        forgetShortTermDivisor = pow(Self.e, parameters[17] * parameters[18])
    }

    public static func == (a: FSRS, b: FSRS) -> Bool {
        a.parameters == b.parameters && a.desiredRetention == b.desiredRetention && a.learningSteps == b.learningSteps
            && a.relearningSteps == b.relearningSteps && a.maximumInterval == b.maximumInterval
    }

    /// The chance of recalling the item at `date`: R(t) = (1 + factor · t / S)^decay, t in whole days.
    public func retrievability(_ state: ReviewState, at date: Date) -> Double {
        guard let last = state.lastReview, let stability = state.stability else { return 0 }
        let elapsed = max(0, Self.wholeDays(from: last, to: date))
        return pow(1 + factor * Double(elapsed) / stability, decay)
    }

    /// Whole 24-hour periods from `a` to `b`, rounded down (Python's `timedelta.days`).
    @inline(__always)
    static func wholeDays(from a: Date, to b: Date) -> Int {
        Int(((b.timeIntervalSince1970 - a.timeIntervalSince1970) / 86_400).rounded(.down))
    }

    /// Reviews an item.
    ///
    /// - Parameters:
    ///   - state: the item's state before this review.
    ///   - rating: how well it was recalled.
    ///   - date: when it was reviewed.
    ///   - fuzz: a uniform random number in [0, 1) for interval fuzz, or nil for none (as in replay).
    /// - Returns: the state after the review, with its next due date.
    public func review(_ state: ReviewState, rating: Rating, at date: Date, fuzz: (() -> Double)? = nil) -> ReviewState
    {
        var card = state
        var nextInterval: TimeInterval
        (card.stability, card.difficulty) = updatedMemory(card, rating: rating, at: date)
        switch card.phase {
        case .learning, .relearning:
            let steps = card.phase == .learning ? learningSteps : relearningSteps
            let step = card.step ?? 0
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                nextInterval = graduate(&card)
            } else {
                switch rating {
                case .again:
                    card.step = 0
                    nextInterval = steps[0]
                case .hard:
                    if step == 0 && steps.count == 1 {
                        nextInterval = steps[0] * 1.5
                    } else if step == 0 && steps.count >= 2 {
                        nextInterval = (steps[0] + steps[1]) / 2.0
                    } else {
                        nextInterval = steps[step]
                    }
                case .good:
                    if step + 1 == steps.count {
                        nextInterval = graduate(&card)
                    } else {
                        card.step = step + 1
                        nextInterval = steps[step + 1]
                    }
                case .easy:
                    nextInterval = graduate(&card)
                }
            }
        case .review:
            if rating == .again {
                card.lapses += 1
                if relearningSteps.isEmpty {
                    nextInterval = graduate(&card)
                } else {
                    card.phase = .relearning
                    card.step = 0
                    nextInterval = relearningSteps[0]
                }
            } else {
                nextInterval = graduate(&card)
            }
        }
        // As in py-fsrs: fuzz applies to any interval that leaves the card in Review.
        if let fuzz, card.phase == .review {
            nextInterval = TimeInterval(fuzzedIntervalDays(Int(nextInterval / 86_400), random: fuzz())) * 86_400
        }
        card.due = date.addingTimeInterval(nextInterval)
        card.lastReview = date
        card.reps += 1
        card.streak = rating == .again ? 0 : card.streak + 1
        return card
    }

    /// Stability and difficulty after a review: initial values for a new card, the short-term formula for a
    /// review on the same day, the long-term formulas otherwise.
    @inline(__always)
    func updatedMemory(_ card: ReviewState, rating: Rating, at date: Date) -> (Double, Double) {
        let r = Double(rating.rawValue)
        guard let s = card.stability, let d = card.difficulty else {
            return (
                max(parameters[rating.rawValue - 1], Self.minimumStability),
                clampDifficulty(parameters[4] - pow(Self.e, parameters[5] * (r - 1)) + 1)
            )
        }
        let stability: Double
        if let last = card.lastReview, Self.wholeDays(from: last, to: date) < 1 {
            stability = shortTermStability(s, rating: r)
        } else {
            stability = nextStability(
                difficulty: d, stability: s, retrievability: retrievability(card, at: date), rating: rating)
        }
        return (stability, nextDifficulty(d, rating: r))
    }

    /// Moves the card to Review and returns its interval in seconds.
    @inline(__always)
    func graduate(_ card: inout ReviewState) -> TimeInterval {
        card.phase = .review
        card.step = nil
        return TimeInterval(nextIntervalDays(card.stability ?? Self.minimumStability)) * 86_400
    }

    // MARK: The model's formulas, in py-fsrs's order of operations

    @inline(__always)
    func clampDifficulty(_ d: Double) -> Double { min(max(d, 1.0), 10.0) }

    func nextIntervalDays(_ stability: Double) -> Int {
        let interval = (stability / factor) * intervalModifier
        let rounded = Int(interval.rounded(.toNearestOrEven))
        return min(max(rounded, 1), maximumInterval)
    }

    func shortTermStability(_ s: Double, rating r: Double) -> Double {
        var increase = pow(Self.e, parameters[17] * (r - 3 + parameters[18])) * pow(s, -parameters[19])
        if r > 1 { increase = max(increase, 1.0) }
        return max(s * increase, Self.minimumStability)
    }

    func nextDifficulty(_ d: Double, rating r: Double) -> Double {
        let delta = -(parameters[6] * (r - 3))
        let damped = d + (10.0 - d) * delta / 9.0
        return clampDifficulty(parameters[7] * easyInitialDifficulty + (1 - parameters[7]) * damped)
    }

    func nextStability(difficulty d: Double, stability s: Double, retrievability rr: Double, rating: Rating) -> Double {
        let next: Double
        if rating == .again {
            let longTerm =
                parameters[11] * pow(d, -parameters[12]) * (pow(s + 1, parameters[13]) - 1)
                * pow(Self.e, (1 - rr) * parameters[14])
            next = min(longTerm, s / forgetShortTermDivisor)
        } else {
            let hardPenalty = rating == .hard ? parameters[15] : 1
            let easyBonus = rating == .easy ? parameters[16] : 1
            next =
                s
                * (1 + expW8 * (11 - d) * pow(s, -parameters[9]) * (pow(Self.e, (1 - rr) * parameters[10]) - 1)
                    * hardPenalty
                    * easyBonus)
        }
        return max(next, Self.minimumStability)
    }

    /// py-fsrs's fuzz: a whole number of days drawn from a range that widens with the interval.
    func fuzzedIntervalDays(_ days: Int, random: Double) -> Int {
        let range = fuzzRange(days)
        guard let range else { return days }
        let drawn = random * Double(range.upperBound - range.lowerBound + 1) + Double(range.lowerBound)
        return min(Int(drawn.rounded(.toNearestOrEven)), maximumInterval)
    }

    /// The range fuzz may pick from, or nil when the interval is too short to fuzz (under 2.5 days).
    public func fuzzRange(_ days: Int) -> ClosedRange<Int>? {
        guard Double(days) >= 2.5 else { return nil }
        var delta = 1.0
        for (start, end, f) in [(2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, Double.infinity, 0.05)] {
            delta += f * max(min(Double(days), end) - start, 0.0)
        }
        var low = Int((Double(days) - delta).rounded(.toNearestOrEven))
        var high = Int((Double(days) + delta).rounded(.toNearestOrEven))
        low = max(2, low)
        high = min(high, maximumInterval)
        low = min(low, high)
        return low...high
    }
}
