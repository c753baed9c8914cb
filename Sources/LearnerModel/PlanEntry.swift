import Foundation
import Scheduling

/// One topic of a learner's education plan: a bank a nurse assigned, and the day the patient must be ready by.
public struct PlanEntry: Sendable, Equatable {
    public var bankID: String
    /// The treatment or the next visit; nil for no date (ordinary scheduling).
    public var readyBy: CalendarDay?
    public var assignedAt: Date
    /// The nurse who assigned it, if one was named.
    public var assignedBy: String?
    /// The signed-in nurse's account that assigned it; nil before accounts (the name not verified).
    public var assignedByID: NurseID?

    public init(
        bankID: String, readyBy: CalendarDay?, assignedAt: Date, assignedBy: String? = nil, assignedByID: NurseID? = nil
    ) {
        self.assignedByID = assignedByID
        self.bankID = bankID
        self.readyBy = readyBy
        self.assignedAt = assignedAt
        self.assignedBy = assignedBy
    }
}
