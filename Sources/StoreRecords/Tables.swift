import Foundation
import LearnerModel
import Scheduling

/// The columns each table's row type writes, by table: what a test compares with each backend's tables, so the two
/// schemas cannot drift apart from the records unnoticed.
package enum Tables {
    /// Column names a row of each table is written with, in each dialect.
    package static func columnNames(for dialect: Dialect) -> [String: [String]] {
        let day = Date(timeIntervalSince1970: 0)
        let state = ReviewState(due: day)
        let session = SessionRow(NewSession(learnerID: 1, mode: .review, bankID: "b", startedAt: day))
        let answer = AttemptRow(
            AnswerRecord(
                learnerID: 1, sessionID: 1, bankID: "b", itemID: "i", itemVersion: "v", section: "s", chosen: 0,
                chosenText: "t", correct: true, responseMilliseconds: 0, answeredAt: day, rating: .good,
                previousState: nil, newState: state))
        let all: [String: [Column]] = [
            "learner": LearnerRows.columns(name: "n", created: day, settings: LearnerSettings()),
            "session": session.columns + [Column("ended_at", 0.0)],
            "attempt": answer.columns,
            "review_state": ReviewStateRow(learnerID: 1, bankID: "b", pointID: "p", state: state, introducedAt: day)
                .columns,
            "plan": PlanRows.columns(PlanEntry(bankID: "b", readyBy: nil, assignedAt: day), learnerID: 1, position: 1),
            "teach_back": TeachBackRows.columns(
                TeachBackRecord(
                    learnerID: 1, sessionID: 1, bankID: "b", pointID: "p", result: .ownWords, nurse: "n",
                    recordedAt: day)),
            "nurse_account": NurseRows.columns(
                NurseAccount(name: "n", displayName: "N", secretHash: "h", createdAt: day)),
            "audit_event": AuditRows.columns(
                AuditEvent(
                    at: day, action: .signedIn, learnerID: nil, station: "s", osUser: "u", detail: nil,
                    previousHash: "p", hash: "h")),
        ]
        return all.mapValues { columns in
            columns.filter { $0.only == nil || $0.only == dialect }.map(\.name)
        }
    }
}
