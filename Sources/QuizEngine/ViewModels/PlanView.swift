/// The nurse's plan screen: every topic there is, whether it is on the learner's plan, and its date.
public struct PlanView: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var title: String
        public var onPlan: Bool
        /// "ready by 12 December (5 days): 11 new a day", "no date", or nil when not on the plan.
        public var detail: String?
        /// Said to the nurse when the date asks more than the learner's daily limit, or is too close.
        public var warning: String?
    }

    public var learner: String
    public var rows: [Row]
    public var selected: Int
}
