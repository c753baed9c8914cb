import ClinicStore
import Foundation
import GRDB
@testable import LearnerStore
import LearnerModel
import Scheduling
import Testing
import TestSupport

let t0 = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

/// The backends every store test runs on.
enum Backend: String, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    /// SQLite always; PostgreSQL when TEACHBACK_TEST_POSTGRES names a server (`.ci/run` starts one). The engine's
    /// tests run on SQLite in memory too (`MemoryStore`): there is no third implementation to hold to the contract.
    static var allCases: [Backend] {
        ProcessInfo.processInfo.environment["TEACHBACK_TEST_POSTGRES"].map { $0.isEmpty ? [] : [.postgres] }
            .map { [.sqlite] + $0 } ?? [.sqlite]
    }

    var testDescription: String { rawValue }

    /// Two stations on one store: two connections to one file or server.
    func makePair() throws -> (any LearnerDatabase, any LearnerDatabase) {
        switch self {
        case .sqlite:
            let path = try TestSupport.temporaryFolder().appendingPathComponent("shared.sqlite").path
            return (try LearnerStore.open(path: path), try LearnerStore.open(path: path))
        case .postgres:
            let env = ProcessInfo.processInfo.environment
            let location = try ClinicLocation.parse(env["TEACHBACK_TEST_POSTGRES"] ?? "", environment: env)
            let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            return (try ClinicStore.open(location, schema: schema), try ClinicStore.open(location, schema: schema))
        }
    }

    func make() throws -> any LearnerDatabase {
        switch self {
        case .sqlite: try LearnerStore.inMemory()
        case .postgres:
            // A schema of its own for each test, on the one server.
            try ClinicStore.open(
                try ClinicLocation.parse(
                    ProcessInfo.processInfo.environment["TEACHBACK_TEST_POSTGRES"] ?? "",
                    environment: ProcessInfo.processInfo.environment),
                schema: "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())
        }
    }
}

func answer(
    _ store: any LearnerDatabase, learner: Learner, session: SessionID, item: String, correct: Bool, at date: Date,
    schedule: Bool = true, bank: String = "b"
) throws -> (AttemptID, ReviewState?) {
    let previous = try store.reviewStates(learnerID: learner.id, bankID: bank)[item]
    let rating = Grading.rating(correct: correct, confidence: nil)
    let next = schedule ? FSRS().review(previous ?? .new(at: date), rating: rating, at: date) : nil
    let id = try store.recordAnswer(
        AnswerRecord(
            learnerID: learner.id, sessionID: session, bankID: bank, itemID: item, itemVersion: "v1", section: "s",
            chosen: correct ? 0 : 2,
            chosenText: correct ? "right" : "wrong", correct: correct, responseMilliseconds: 1200, answeredAt: date,
            rating: rating, previousState: previous, newState: next))
    return (id, next)
}

/// The store contract: every backend behaves the same for the quiz, the reports and the learner commands.
struct StoreContractTests {
    @Test(arguments: Backend.allCases) func answerIsKeptWithItsStateAndUndoRestoresExactly(backend: Backend) throws {
        // Given a learner who answered one item twice
        let store = try backend.make()
        let ana = try store.addLearner("Ana", at: t0)
        let session = try store.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: "b", startedAt: t0))
        let (_, first) = try answer(store, learner: ana, session: session, item: "q1", correct: true, at: t0)
        let afterFirst = try store.reviewStates(learnerID: ana.id, bankID: "b")["q1"]
        #expect(afterFirst == first)
        _ = try answer(
            store, learner: ana, session: session, item: "q1", correct: false, at: t0.addingTimeInterval(600))
        #expect(try store.reviewStates(learnerID: ana.id, bankID: "b")["q1"] != afterFirst)
        // When the last answer is undone, Then the state is exactly the one before it
        #expect(try store.undoLastAnswer(sessionID: session) == "q1")
        #expect(try store.reviewStates(learnerID: ana.id, bankID: "b")["q1"] == afterFirst)
        #expect(try store.attempts(learnerID: ana.id).count == 1)
        // And undoing the first answer forgets the item entirely
        #expect(try store.undoLastAnswer(sessionID: session) == "q1")
        #expect(try store.reviewStates(learnerID: ana.id, bankID: "b").isEmpty)
        #expect(try store.undoLastAnswer(sessionID: session) == nil)
    }

    @Test(arguments: Backend.allCases) func examAnswersLeaveTheScheduleAlone(backend: Backend) throws {
        let store = try backend.make()
        let ana = try store.addLearner("Ana", at: t0)
        let session = try store.startSession(NewSession(learnerID: ana.id, mode: .exam, bankID: "b", startedAt: t0))
        _ = try answer(store, learner: ana, session: session, item: "q1", correct: true, at: t0, schedule: false)
        #expect(try store.reviewStates(learnerID: ana.id, bankID: "b").isEmpty)
        #expect(try store.attempts(learnerID: ana.id).count == 1)
        #expect(try store.sessions(learnerID: ana.id).first?.attempted == 1)
    }

    @Test(arguments: Backend.allCases) func queries(backend: Backend) throws {
        let store = try backend.make()
        let ana = try store.addLearner("Ana", at: t0)
        let s = try store.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: "b", startedAt: t0))
        _ = try answer(store, learner: ana, session: s, item: "a", correct: true, at: t0)
        _ = try answer(store, learner: ana, session: s, item: "b", correct: false, at: t0)
        _ = try answer(store, learner: ana, session: s, item: "c", correct: true, at: t0)
        _ = try answer(store, learner: ana, session: s, item: "c", correct: true, at: t0.addingTimeInterval(60))
        #expect(try store.lastResults(learnerID: ana.id, bankID: "b") == ["a": true, "b": false, "c": true])
        #expect(try store.introducedCount(learnerID: ana.id, bankID: "b", since: t0) == 3)
        // "b" (Again) is due a minute later; "a" ten minutes later; "c" graduated to days.
        #expect(try store.dueItems(learnerID: ana.id, bankID: "b", at: t0.addingTimeInterval(120)) == ["b"])
        #expect(try store.dueItems(learnerID: ana.id, bankID: "b", at: t0.addingTimeInterval(3600)) == ["b", "a"])
        // A lapse: "c" is in Review; forgetting it shows up in lapsedItems.
        _ = try answer(
            store, learner: ana, session: s, item: "c", correct: false, at: t0.addingTimeInterval(86_400 * 3))
        #expect(try store.lapsedItems(learnerID: ana.id, bankID: "b", since: t0) == ["c"])
        // Sessions count each question once, by its first answer: a, b and c, two right the first time.
        let sessions = try store.sessions(learnerID: ana.id)
        #expect(sessions.map(\.attempted) == [3])
        #expect(sessions.map(\.correct) == [2])
    }

    @Test(arguments: Backend.allCases) func learnersAreUniqueRenamedAndDeletedCompletely(backend: Backend) throws {
        let store = try backend.make()
        let ana = try store.addLearner("Ana", at: t0)
        #expect(throws: StoreError.learnerExists(name: "ana")) { try store.addLearner("ana", at: t0) }
        #expect(throws: StoreError.self) { try store.addLearner("  ", at: t0) }
        let s = try store.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: "b", startedAt: t0))
        _ = try answer(store, learner: ana, session: s, item: "a", correct: true, at: t0)
        try store.renameLearner("Ana", to: "P-001")
        #expect(try store.learner(named: "P-001")?.id == ana.id)
        let bo = try store.addLearner("Bo", at: t0)
        try store.deleteLearner("P-001")
        #expect(try store.learners().map(\.id) == [bo.id])
        #expect(try store.learner(named: "P-001") == nil)
        #expect(try store.export(learnerID: ana.id).allSatisfy { $0.rows.isEmpty })
        #expect(try store.allAttempts().isEmpty)
    }

    @Test(arguments: Backend.allCases) func learnerNamesFollowOneSetOfRules(backend: Backend) throws {
        let store = try backend.make()
        #expect(throws: StoreError.invalidName(.empty)) {
            try store.addLearner(" \n ", at: t0)
        }
        #expect(throws: StoreError.self) { try store.addLearner(String(repeating: "x", count: 61), at: t0) }
        #expect(throws: StoreError.self) { try store.addLearner("a\u{7}b", at: t0) }
        let ana = try store.addLearner("  Ana  ", at: t0)
        #expect(ana.name == "Ana")
        #expect(try store.findOrAddLearner("ANA", at: t0).id == ana.id)
        #expect(throws: StoreError.noSuchLearner(name: "Zed")) { try store.renameLearner("Zed", to: "Y") }
        _ = try store.addLearner("Bo", at: t0)
        #expect(throws: StoreError.learnerExists(name: "bo")) { try store.renameLearner("Ana", to: "bo") }
        #expect(try store.learnerNames() == ["Ana", "Bo"])
    }

    @Test(arguments: Backend.allCases) func listingsSettingsAndExportsAgree(backend: Backend) throws {
        // Given a learner with three answers, two of them to one question, across two sessions
        let store = try backend.make()
        let ana = try store.addLearner("Ana", at: t0)
        let first = try store.startSession(
            NewSession(learnerID: ana.id, mode: .review, facilitator: "RN Lee", bankID: "b", startedAt: t0))
        _ = try answer(store, learner: ana, session: first, item: "a", correct: false, at: t0)
        _ = try answer(store, learner: ana, session: first, item: "a", correct: true, at: t0.addingTimeInterval(60))
        try store.endSession(first, at: t0.addingTimeInterval(120))
        let second = try store.startSession(
            NewSession(learnerID: ana.id, mode: .exam, bankID: "b", startedAt: t0.addingTimeInterval(3600)))
        _ = try answer(
            store, learner: ana, session: second, item: "b", correct: true, at: t0.addingTimeInterval(3601),
            schedule: false)
        var settings = LearnerSettings()
        settings.newPerDay = 25
        settings.readAloud = true
        try store.updateSettings(settings, learnerID: ana.id)
        #expect(try store.learner(named: "Ana")?.settings.readAloud == true)
        // Then the listing, the sessions, the attempts and the export all say the same
        let listing = try #require(try store.learnerListings(at: t0.addingTimeInterval(86_400 * 30)).first)
        #expect(listing.attempts == 3)
        #expect(listing.due == 1)
        #expect(listing.lastActive == t0.addingTimeInterval(3601))
        #expect(listing.learner.settings.newPerDay == 25)
        #expect(listing.learner.settings.readAloud)
        let sessions = try store.sessions(learnerID: ana.id)
        #expect(sessions.map(\.attempted) == [1, 1])
        #expect(sessions.map(\.correct) == [0, 1])
        #expect(sessions.map(\.facilitator) == ["RN Lee", nil])
        #expect(sessions.first?.endedAt == t0.addingTimeInterval(120))
        #expect(
            try store.sessions(learnerID: ana.id, bankID: nil, since: t0.addingTimeInterval(1800)).map(\.id) == [second]
        )
        #expect(try store.attempts(learnerID: ana.id).map(\.itemID) == ["a", "a", "b"])
        #expect(try store.attempts(learnerID: ana.id, bankID: nil, since: t0.addingTimeInterval(30)).count == 2)
        #expect(try store.allAttempts().map(\.sessionID) == [first, first, second])
        let tables = Dictionary(uniqueKeysWithValues: try store.export(learnerID: ana.id).map { ($0.table, $0.rows) })
        #expect(tables["learner"]?.first?["name"] == .text("Ana"))
        #expect(tables["session"]?.count == 2)
        #expect(tables["attempt"]?.count == 3)
        #expect(tables["review_state"]?.count == 1)
        #expect(tables["attempt"]?.filter { $0["scheduled"] == .integer(1) }.count == 2)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test(arguments: Backend.allCases) func interleavedSessionsKeepTheirOwnAnswersThroughUndo(backend: Backend) throws {
        // Given two stations' sessions answering in turn, for two learners
        let store = try backend.make()
        let ana = try store.addLearner("Ana", at: t0)
        let bo = try store.addLearner("Bo", at: t0)
        let a = try store.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: "b", startedAt: t0))
        let b = try store.startSession(NewSession(learnerID: bo.id, mode: .review, bankID: "b", startedAt: t0))
        _ = try answer(store, learner: bo, session: b, item: "x", correct: true, at: t0)
        _ = try answer(store, learner: ana, session: a, item: "p", correct: false, at: t0.addingTimeInterval(1))
        // When Ana's first and only answer is taken back, and both go on answering
        #expect(try store.undoLastAnswer(sessionID: a) == "p")
        #expect(try store.undoLastAnswer(sessionID: a) == nil)
        _ = try answer(store, learner: ana, session: a, item: "q", correct: true, at: t0.addingTimeInterval(2))
        _ = try answer(store, learner: bo, session: b, item: "y", correct: false, at: t0.addingTimeInterval(3))
        _ = try answer(store, learner: ana, session: a, item: "r", correct: true, at: t0.addingTimeInterval(4))
        try store.endSession(b, at: t0.addingTimeInterval(5))
        _ = try answer(store, learner: ana, session: a, item: "s", correct: false, at: t0.addingTimeInterval(6))
        // Then each learner's answers, sessions and last results are their own
        #expect(try store.attempts(learnerID: ana.id).map(\.itemID) == ["q", "r", "s"])
        #expect(try store.attempts(learnerID: bo.id).map(\.itemID) == ["x", "y"])
        #expect(try store.sessions(learnerID: ana.id).map(\.attempted) == [3])
        #expect(try store.sessions(learnerID: bo.id).map(\.correct) == [1])
        #expect(try store.lastResults(learnerID: ana.id, bankID: "b") == ["q": true, "r": true, "s": false])
        #expect(try store.learnerListings(at: t0).map(\.attempts) == [3, 2])
        // And undo takes back each session's own last answer
        #expect(try store.undoLastAnswer(sessionID: b) == "y")
        #expect(try store.undoLastAnswer(sessionID: a) == "s")
    }

    @Test(arguments: Backend.allCases) func twoStationsAnsweringForOneLearnerLoseNoUpdate(backend: Backend) throws {
        // Given two stations that both loaded the learner's state of one point
        let (a, b) = try backend.makePair()
        let ana = try a.addLearner("Ana", at: t0)
        let sa = try a.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: "b", startedAt: t0))
        let sb = try b.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: "b", startedAt: t0))
        _ = try answer(a, learner: ana, session: sa, item: "q", correct: true, at: t0)
        let seen = try b.reviewStates(learnerID: ana.id, bankID: "b")["q"]
        // When station A answers, then station B answers from the state it loaded before A's answer
        let later = t0.addingTimeInterval(86_400)
        _ = try answer(a, learner: ana, session: sa, item: "q", correct: true, at: later)
        let afterA = try a.reviewStates(learnerID: ana.id, bankID: "b")["q"]
        #expect(afterA != seen)
        let stale = FSRS().review(try #require(seen), rating: .again, at: later.addingTimeInterval(5))
        _ = try b.recordAnswer(
            AnswerRecord(
                learnerID: ana.id, sessionID: sb, bankID: "b", itemID: "q", itemVersion: "v1", section: "s", chosen: 2,
                chosenText: "wrong", correct: false, responseMilliseconds: 900, answeredAt: later.addingTimeInterval(5),
                rating: .again, previousState: seen, newState: stale))
        // Then B's answer is applied on top of A's: A's review is not lost
        let final = try #require(try a.reviewStates(learnerID: ana.id, bankID: "b")["q"])
        #expect(final != stale)
        #expect(final.reps == (afterA?.reps ?? 0) + 1)
        #expect(
            final
                == ana.settings.scheduler.review(
                    try #require(afterA), rating: .again, at: later.addingTimeInterval(5), fuzz: { 0.5 }))
        // And undoing B's answer restores exactly A's state
        #expect(try b.undoLastAnswer(sessionID: sb) == "q")
        #expect(try a.reviewStates(learnerID: ana.id, bankID: "b")["q"] == afterA)
        #expect(try a.attempts(learnerID: ana.id).count == 2)
        a.close()
        b.close()
    }

    @Test(arguments: Backend.allCases) func historyIsKeptByBank(backend: Backend) throws {
        // Given one session across two topics, whose banks both have an item "x"
        let store = try backend.make()
        let ana = try store.addLearner("Ana", at: t0)
        let s = try store.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: nil, startedAt: t0))
        _ = try answer(store, learner: ana, session: s, item: "x", correct: true, at: t0, bank: "A")
        _ = try answer(
            store, learner: ana, session: s, item: "x", correct: false, at: t0.addingTimeInterval(1), bank: "B")
        _ = try answer(
            store, learner: ana, session: s, item: "y", correct: true, at: t0.addingTimeInterval(2), bank: "B")
        let later = try store.startSession(
            NewSession(learnerID: ana.id, mode: .review, bankID: "A", startedAt: t0 + 60))
        _ = try answer(
            store, learner: ana, session: later, item: "z", correct: true, at: t0.addingTimeInterval(61), bank: "A")
        // Then each bank has its own state, last result, due list and introductions for "x"
        #expect(try store.reviewStates(learnerID: ana.id, bankID: "A").keys.sorted() == ["x", "z"])
        #expect(try store.reviewStates(learnerID: ana.id, bankID: "B").keys.sorted() == ["x", "y"])
        #expect(try store.lastResults(learnerID: ana.id, bankID: "A") == ["x": true, "z": true])
        #expect(try store.lastResults(learnerID: ana.id, bankID: "B") == ["x": false, "y": true])
        #expect(try store.introducedCount(learnerID: ana.id, bankID: "B", since: t0) == 2)
        #expect(try store.dueItems(learnerID: ana.id, bankID: "B", at: t0.addingTimeInterval(120)) == ["x"])
        #expect(try store.dueItems(learnerID: ana.id, bankID: "A", at: t0.addingTimeInterval(120)) == [])
        #expect(try store.answerTimes(learnerID: ana.id, bankID: "A")["x"] == [t0])
        // And sessions and answers by bank count only that bank's answers
        #expect(try store.sessions(learnerID: ana.id, bankID: "A").map(\.attempted) == [1, 1])
        #expect(try store.sessions(learnerID: ana.id, bankID: "B").map(\.attempted) == [2])
        #expect(try store.sessions(learnerID: ana.id, bankID: "B").map(\.correct) == [1])
        #expect(try store.sessions(learnerID: ana.id, bankID: "C").isEmpty)
        #expect(try store.sessions(learnerID: ana.id).map(\.attempted) == [3, 1])
        #expect(try store.sessions(learnerID: ana.id).map(\.bankID) == [nil, "A"])
        #expect(try store.attempts(learnerID: ana.id, bankID: "B").map(\.itemID) == ["x", "y"])
        #expect(try store.attempts(learnerID: ana.id).map(\.bankID) == ["A", "B", "B", "A"])
        #expect(try store.banksAnswered(learnerID: ana.id) == ["A", "B"])
        // And undo restores the right bank's state
        #expect(try store.undoLastAnswer(sessionID: s) == "y")
        #expect(try store.reviewStates(learnerID: ana.id, bankID: "B").keys.sorted() == ["x"])
        #expect(try store.reviewStates(learnerID: ana.id, bankID: "A").keys.sorted() == ["x", "z"])
    }

    @Test(arguments: Backend.allCases) func plansAreKeptChangedAndRemoved(backend: Backend) throws {
        let store = try backend.make()
        let ana = try store.addLearner("Ana", at: t0)
        let bo = try store.addLearner("Bo", at: t0)
        try store.setPlanEntry(
            PlanEntry(bankID: "A", readyBy: CalendarDay("2026-01-10"), assignedAt: t0, assignedBy: "RN Lee"),
            learnerID: ana.id)
        try store.setPlanEntry(PlanEntry(bankID: "B", readyBy: nil, assignedAt: t0 + 1), learnerID: ana.id)
        // A new date for A keeps its place and its nurse
        try store.setPlanEntry(
            PlanEntry(bankID: "A", readyBy: CalendarDay("2026-01-20"), assignedAt: t0 + 2), learnerID: ana.id)
        let plan = try store.plan(learnerID: ana.id)
        #expect(plan.map(\.bankID) == ["A", "B"])
        #expect(plan.map(\.readyBy?.description) == ["2026-01-20", nil])
        #expect(plan.first?.assignedBy == "RN Lee")
        #expect(try store.plan(learnerID: bo.id).isEmpty)
        #expect(try store.removePlanEntry(bankID: "A", learnerID: ana.id))
        #expect(try !store.removePlanEntry(bankID: "A", learnerID: ana.id))
        #expect(try store.plan(learnerID: ana.id).map(\.bankID) == ["B"])
        // Deleting the learner deletes the plan
        try store.deleteLearner("Ana")
        #expect(try store.plan(learnerID: ana.id).isEmpty)
    }

    @Test(arguments: Backend.allCases) func teachBackResultsAreKeptWithTheirSessionAndTakenBackExactly(
        backend: Backend
    ) throws {
        // Given a nurse-led session with two points missed, one of them twice, and one right
        let store = try backend.make()
        let ana = try store.addLearner("Ana", at: t0)
        let bo = try store.addLearner("Bo", at: t0)
        let s = try store.startSession(
            NewSession(learnerID: ana.id, mode: .review, facilitator: "RN Lee", bankID: "b", startedAt: t0))
        _ = try answer(store, learner: ana, session: s, item: "x", correct: false, at: t0)
        _ = try answer(store, learner: ana, session: s, item: "y", correct: false, at: t0 + 10)
        _ = try answer(store, learner: ana, session: s, item: "x", correct: false, at: t0 + 20)
        _ = try answer(store, learner: ana, session: s, item: "z", correct: true, at: t0 + 30)
        let s2 = try store.startSession(NewSession(learnerID: ana.id, mode: .exam, bankID: "b", startedAt: t0 + 100))
        _ = try answer(store, learner: ana, session: s2, item: "x", correct: false, at: t0 + 110, schedule: false)
        _ = try answer(
            store, learner: ana, session: s2, item: "q", correct: false, at: t0 + 120, schedule: false, bank: "other")
        // Then each session in which a point was missed counts once, at its first miss, in its own bank
        #expect(
            try store.pointMisses(learnerID: ana.id, bankID: "b")
                == [
                    PointMiss(pointID: "x", sessionID: s, at: t0), PointMiss(pointID: "y", sessionID: s, at: t0 + 10),
                    PointMiss(pointID: "x", sessionID: s2, at: t0 + 110),
                ])
        // When the nurse records two results
        let first = TeachBackRecord(
            learnerID: ana.id, sessionID: s, bankID: "b", pointID: "x", result: .afterReteaching,
            note: "needed the passage", nurse: "RN Lee", recordedAt: t0 + 200)
        let a = try store.recordTeachBack(first)
        let before = try store.export(learnerID: ana.id)
        let b = try store.recordTeachBack(
            TeachBackRecord(
                learnerID: ana.id, sessionID: s, bankID: "b", pointID: "y", result: .notYet, nurse: "RN Lee",
                recordedAt: t0 + 260))
        #expect(a != b && a > 0)
        // Then they are read back as recorded, in order, by bank
        var saved = first
        saved.id = a
        let all = try store.teachBacks(learnerID: ana.id, bankID: "b")
        #expect(all.count == 2 && all.first == saved)
        #expect(all.map(\.result) == [.afterReteaching, .notYet])
        #expect(try store.teachBacks(learnerID: ana.id, bankID: nil).count == 2)
        #expect(try store.teachBacks(learnerID: ana.id, bankID: "other").isEmpty)
        #expect(try store.teachBacks(learnerID: bo.id, bankID: nil).isEmpty)
        #expect(try store.export(learnerID: ana.id).first { $0.table == "teach_back" }?.rows.count == 2)
        // When the last is taken back, Then the record is exactly as before it
        #expect(try store.removeTeachBack(id: b))
        #expect(try !store.removeTeachBack(id: b))
        #expect(try store.export(learnerID: ana.id) == before)
        // And deleting the learner deletes every result
        try store.deleteLearner("Ana")
        #expect(try store.teachBacks(learnerID: ana.id, bankID: nil).isEmpty)
    }
}

struct SQLiteStoreTests {
    @Test func deletingALearnerLeavesNoRowAndOverwritesFreedSpace() throws {
        let store = try LearnerStore.inMemory()
        let ana = try store.addLearner("Ana", at: t0)
        let bo = try store.addLearner("Bo", at: t0)
        let s = try store.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: "b", startedAt: t0))
        _ = try answer(store, learner: ana, session: s, item: "a", correct: true, at: t0)
        _ = try store.recordTeachBack(
            TeachBackRecord(
                learnerID: ana.id, sessionID: s, bankID: "b", pointID: "a", result: .ownWords, nurse: "RN Lee",
                recordedAt: t0))
        try store.deleteLearner("Ana")
        let remaining = try store.read { db in
            try ["learner", "session", "attempt", "review_state", "teach_back"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1
            }
        }
        #expect(remaining == [1, 0, 0, 0, 0])
        #expect(try store.learners().map(\.id) == [bo.id])
        #expect(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA secure_delete") } == 1)
    }
}

struct FileTests {
    func md5(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func createsFolderAndFilesPrivately() throws {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("nested/teachback")
        let path = folder.appendingPathComponent("t.sqlite").path
        let store = try LearnerStore.open(path: path)
        let ana = try store.addLearner("Ana", at: t0)
        let s = try store.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: "b", startedAt: t0))
        _ = try answer(store, learner: ana, session: s, item: "a", correct: true, at: t0)
        func mode(_ p: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as? NSNumber)?.intValue ?? -1
        }
        #expect(try mode(folder.path) == 0o700)
        for suffix in ["", "-wal", "-shm"] {
            #expect(try mode(path + suffix) == 0o600, "\(suffix)")
        }
        #expect(try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") } == 1)
        store.close()
    }

    @Test func notADatabaseIsRefusedAndUntouched() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("notes.txt").path
        try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: path))
        let before = try md5(path)
        #expect(throws: StoreError.notADatabase(path: path)) { try LearnerStore.open(path: path) }
        #expect(try md5(path) == before)
    }

    func populatedDatabase() throws -> String {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("t.sqlite").path
        let store = try LearnerStore.open(path: path)
        let ana = try store.addLearner("Ana", at: t0)
        let s = try store.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: "b", startedAt: t0))
        for i in 0..<300 {
            _ = try answer(store, learner: ana, session: s, item: "item-\(i)", correct: i % 2 == 0, at: t0)
        }
        store.close()
        return path
    }

    @Test func corruptDatabaseIsRefusedAndUntouched() throws {
        let path = try populatedDatabase()
        var bytes = try md5(path)
        // Garble the middle of the file, past the header and schema page.
        for i in stride(from: 4096 * 2 + 100, to: min(bytes.count, 4096 * 6), by: 7) { bytes[i] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))
        let before = try md5(path)
        #expect {
            try LearnerStore.open(path: path)
        } throws: { error in
            guard case StoreError.corrupt(let p, _) = error else { return false }
            return p == path
        }
        #expect(try md5(path) == before)
    }

    @Test func newerSchemaIsRefusedAndUntouched() throws {
        let path = try populatedDatabase()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        try queue.close()
        let before = try md5(path)
        #expect(throws: StoreError.newerSchema(path: path)) { try LearnerStore.open(path: path) }
        #expect(try md5(path) == before)
    }

    @Test func unwritablePlaceGetsAClearError() throws {
        // A folder that is really a file; and /proc, where nothing can be created even by root.
        let file = try TestSupport.temporaryFolder().appendingPathComponent("plain")
        try Data().write(to: file)
        for path in [file.path + "/t.sqlite", "/proc/teachback-test.sqlite"] {
            #expect {
                try LearnerStore.open(path: path)
            } throws: { error in
                guard case StoreError.cannotCreate(let p, _) = error else { return false }
                return p == path && error.localizedDescription.isEmpty == false
            }
        }
    }

    @Test func fullDiskIsReportedAndKeepsEarlierAnswers() throws {
        let path = try populatedDatabase()
        let store = try LearnerStore.open(path: path)
        let ana = try #require(try store.learner(named: "Ana"))
        let s = try store.startSession(NewSession(learnerID: ana.id, mode: .review, bankID: "b", startedAt: t0))
        // Simulate a full disk: SQLite answers SQLITE_FULL once the file may not grow.
        try store.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        var sawFull = false
        for i in 0..<2000 {
            do {
                _ = try answer(store, learner: ana, session: s, item: "new-\(i)", correct: true, at: t0)
            } catch let error as StoreError {
                #expect(error == .diskFull(path: path))
                #expect(error.description.contains("is full"))
                sawFull = true
                break
            }
        }
        #expect(sawFull)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.attempts(learnerID: ana.id).count >= 300)
    }

    @Test func migratesFromEveryEarlierSchemaVersion() throws {
        let identifiers = LearnerStore.migrator.migrations
        for (index, _) in identifiers.enumerated() {
            // Given a database at every earlier version (none, then each migration in turn)
            let queue = try DatabaseQueue()
            if index > 0 { try LearnerStore.migrator.migrate(queue, upTo: identifiers[index - 1]) }
            // When it is opened as a store, Then it reaches the latest version and works
            let store = try LearnerStore(writer: queue, path: ":memory:")
            #expect(try store.read { db in try LearnerStore.migrator.hasCompletedMigrations(db) })
            _ = try store.addLearner("After \(index)", at: t0)
        }
        #expect(!identifiers.isEmpty)
    }

    @Test func locationFollowsFlagThenEnvironmentThenXDG() {
        #expect(StoreLocation.resolve(explicit: "/a.sqlite", environment: ["TEACHBACK_DB": "/b"]) == "/a.sqlite")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["TEACHBACK_DB": "/b"]) == "/b")
        #expect(
            StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"])
                == "/x/teachback/teachback.sqlite")
        #expect(
            StoreLocation.resolve(explicit: nil, environment: ["HOME": "/h"])
                == "/h/.local/share/teachback/teachback.sqlite")
    }
}
