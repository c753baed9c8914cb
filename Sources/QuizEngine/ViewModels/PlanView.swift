/// The nurse's plan screen: every topic there is, whether it is on the learner's plan, and its date.
package struct PlanView: Sendable, Equatable {
    package struct Row: Sendable, Equatable {
        package var title: String
        package var onPlan: Bool
        /// "ready by 12 December (5 days): 11 new a day", "no date", or nil when not on the plan.
        package var detail: String?
        /// Said to the nurse when the date asks more than the learner's daily limit, or is too close.
        package var warning: String?
    }

    package var learner: String
    package var rows: [Row]
    package var selected: Int
}
