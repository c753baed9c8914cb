/// What kind of session a learner chose.
public enum SessionMode: String, Sendable, CaseIterable, Codable {
    /// Due reviews first, then new questions up to the daily limit.
    case review
    /// Questions last answered wrongly, or forgotten lately.
    case missed
    /// One section's questions.
    case section
    /// A fixed number of questions; the schedule is left alone.
    case exam
    /// No questions: a nurse checks understanding by teach-back, point by point.
    case teachBack = "teach-back"

    /// Whether answers in this mode move the review schedule.
    public var updatesSchedule: Bool { self != .exam && self != .teachBack }
}
