import Foundation
import LearnerModel
import Testing
import TestSupport

/// Nurse accounts on every backend: the same names, the same count of wrong secrets across two stations, the same
/// records naming the account.
struct NurseAccountStoreTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    let policy = SignInPolicy()

    func account(_ name: String) -> NurseAccount {
        NurseAccount(name: name, displayName: "RN \(name)", secretHash: "scrypt$x", createdAt: t0)
    }

    @Test(arguments: Backend.allCases)
    func accountsAreUniqueListedByNameAndChangedOneThingAtATime(_ backend: Backend) throws {
        let store = try backend.make()
        defer { store.close() }
        let kim = try store.addNurse(account("kim"))
        _ = try store.addNurse(account("ali"))
        #expect(throws: StoreError.nurseExists(name: "kim")) { try store.addNurse(account("kim")) }
        #expect(try store.nurseAccounts().map(\.name) == ["ali", "kim"])
        #expect(try store.changeNurse(named: "kim", .displayName("Kim Lee, RN"), at: t0))
        #expect(try store.changeNurse(named: "kim", .disabled(true), at: t0))
        let changed = try #require(try store.nurseAccount(named: "kim"))
        #expect(changed.id == kim && changed.displayName == "Kim Lee, RN" && changed.disabled)
        #expect(changed.secretHash == "scrypt$x")
        #expect(try !store.changeNurse(named: "nobody", .disabled(true), at: t0))
        let actions = try store.auditEvents(learnerID: nil, since: nil).map(\.action)
        #expect(actions == [.nurseAdded, .nurseAdded, .nurseChanged, .nurseChanged])
        #expect(try store.verifyAudit().isIntact)
    }

    /// Two stations counting wrong secrets on one account: five in all lock it, whichever station gave them.
    @Test(arguments: Backend.allCases)
    func wrongSecretsFromTwoStationsAddUpToTheLock(_ backend: Backend) throws {
        let (a, b) = try backend.makePair()
        defer {
            a.close()
            b.close()
        }
        let id = try a.addNurse(account("kim"))
        for n in 1...4 {
            let station = n % 2 == 0 ? a : b
            guard case .wrong(let after) = try station.attemptSignIn(id, at: t0, policy: policy, check: { _ in false })
            else {
                Issue.record("a wrong secret should be counted")
                return
            }
            #expect(after.failedTries == n && after.lockedUntil == nil)
        }
        guard case .wrong(let locked) = try a.attemptSignIn(id, at: t0, policy: policy, check: { _ in false }) else {
            Issue.record("the fifth wrong secret should be counted")
            return
        }
        #expect(locked.lockedUntil == t0.addingTimeInterval(300) && locked.failedTries == 0)
        // While locked, the secret is not even checked
        var checked = false
        let refused = try b.attemptSignIn(
            id, at: t0.addingTimeInterval(60), policy: policy,
            check: { _ in
                checked = true
                return true
            })
        #expect(refused == .locked(until: t0.addingTimeInterval(300)) && !checked)
        guard
            case .succeeded(let cleared) = try b.attemptSignIn(
                id, at: t0.addingTimeInterval(301), policy: policy, check: { _ in true })
        else {
            Issue.record("the right secret after the lock should sign in")
            return
        }
        #expect(cleared.lockedUntil == nil && cleared.failedTries == 0)
        let events = try a.auditEvents(learnerID: nil, since: nil)
        #expect(events.filter { $0.action == .signInRefused }.count == 6)
        #expect(events.last?.action == .signedIn && events.last?.nurseID == id)
    }

    @Test(arguments: Backend.allCases)
    func recordsKeepTheAccountAndOldOnesNone(_ backend: Backend) throws {
        let store = try backend.make()
        defer { store.close() }
        let id = try store.addNurse(account("kim"))
        let ana = try store.addLearner("Ana", at: t0)
        let led = try store.startSession(
            NewSession(
                learnerID: ana.id, mode: .teachBack, facilitator: "RN kim", bankID: "b", startedAt: t0, nurseID: id))
        let typed = try store.startSession(
            NewSession(learnerID: ana.id, mode: .teachBack, facilitator: "RN Fake", bankID: "b", startedAt: t0))
        _ = try store.recordTeachBack(
            TeachBackRecord(
                learnerID: ana.id, sessionID: led, bankID: "b", pointID: "p", result: .ownWords, nurse: "RN kim",
                recordedAt: t0, nurseID: id))
        try store.setPlanEntry(
            PlanEntry(bankID: "b", readyBy: nil, assignedAt: t0, assignedBy: "RN kim", assignedByID: id),
            learnerID: ana.id)
        let sessions = try store.sessions(learnerID: ana.id, bankID: nil, since: nil)
        #expect(sessions.map(\.nurseID) == [id, nil] && sessions.map(\.id) == [led, typed])
        #expect(try store.teachBacks(learnerID: ana.id, bankID: nil).map(\.nurseID) == [id])
        #expect(try store.plan(learnerID: ana.id).map(\.assignedByID) == [id])
        let events = try store.auditEvents(learnerID: ana.id, since: nil)
        #expect(events.filter { $0.action == .teachBackRecorded }.map(\.nurseID) == [id])
        #expect(events.filter { $0.action == .sessionStarted }.map(\.nurseID) == [id, nil])
    }
}
