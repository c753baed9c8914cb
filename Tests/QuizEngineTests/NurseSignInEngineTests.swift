import Foundation
import LearnerModel
@testable import QuizEngine
import Testing
import TestSupport

/// Everything a nurse does needs a nurse who signed in with their account's secret; what they record names the
/// account, never typed text.
struct NurseSignInEngineTests {
    func signIn(_ driver: QuizDriver, _ name: String, _ secret: String) {
        driver.send(.open(.signIn))
        driver.send(.editText(name))
        driver.send(.activate)
        for c in secret { driver.send(.typeInSecret(c)) }
        driver.send(.activate)
    }

    func homeEntries(_ driver: QuizDriver) -> [HomeEntry] {
        if case .home(let home) = driver.view.screen { return home.rows.map(\.entry) }
        return []
    }

    @Test func withoutASignedInNurseThereIsNoTeachBackAndNoPlan() throws {
        // Given a patient's session with no nurse signed in
        let store = MemoryStore()
        try store.addNurseAccount("rnlee", displayName: "RN Lee", secret: "482913")
        let driver = try makeDriver(store: store)
        // Then the nurse's entries are not offered, and asking for them directly does nothing
        #expect(!homeEntries(driver).contains(.teachBack) && !homeEntries(driver).contains(.plan))
        driver.send(.open(.teachBack))
        driver.send(.recordTeachBack(.ownWords))
        driver.send(.open(.plan))
        #expect(driver.state.teachBack == nil)
        #expect(store.teachBackRows.isEmpty)
        guard case .home = driver.state.screen else {
            Issue.record("not home: \(driver.state.screen)")
            return
        }
    }

    @Test func typingAnyNameIsNotSigningIn() throws {
        let store = MemoryStore()
        try store.addNurseAccount("rnlee", displayName: "RN Lee", secret: "482913")
        let driver = try makeDriver(store: store)
        // When a patient types a name and something as the secret
        signIn(driver, "RN Fake", "123456")
        // Then nobody is signed in, and the screen says so
        #expect(driver.state.nurse == nil)
        guard case .signIn(let view) = driver.view.screen else {
            Issue.record("not on the sign-in screen")
            return
        }
        #expect(view.refusal?.contains("Wrong account name or secret") == true)
        #expect(view.secretLength == 0)
    }

    /// An unknown name and a wrong secret read the same, the focus on the emptied secret: a secret typed again
    /// never lands in the name's field, where it would show in clear.
    @Test func aRefusalReadsTheSameForAnyNameAndKeepsTheSecretHidden() throws {
        let store = MemoryStore()
        try store.addNurseAccount("rnlee", displayName: "RN Lee", secret: "482913")
        var views: [SignInView] = []
        for name in ["rnlea", "rnlee"] {
            let driver = try makeDriver(store: store)
            signIn(driver, name, "111111")
            guard case .signIn(let view) = driver.view.screen else {
                Issue.record("not on the sign-in screen")
                return
            }
            views.append(view)
            for c in "482913" { driver.send(.typeInSecret(c)) }
            guard case .signIn(let after) = driver.view.screen else { return }
            #expect(after.name == name && after.secretLength == 6)
        }
        #expect(views[0].refusal == views[1].refusal && views[0].onSecret && views[1].onSecret)
        #expect(views[0].refusal?.contains("Five wrong tries in a row") == true)
    }

    @Test func fiveWrongSecretsLockTheAccountAndTheRightOneThenWaits() throws {
        let store = MemoryStore()
        let clock = TestClock()
        try store.addNurseAccount("rnlee", displayName: "RN Lee", secret: "482913")
        let driver = try makeDriver(store: store, clock: clock)
        for _ in 1...5 {
            signIn(driver, "rnlee", "000111")
            driver.send(.back)
        }
        signIn(driver, "rnlee", "482913")
        #expect(driver.state.nurse == nil)
        guard case .signIn(let view) = driver.view.screen else {
            Issue.record("not on the sign-in screen")
            return
        }
        #expect(view.refusal?.contains("locked until") == true)
        // When five minutes have passed, the right secret signs in
        clock.advance(300)
        driver.send(.back)
        signIn(driver, "rnlee", "482913")
        #expect(driver.state.nurse?.displayName == "RN Lee")
    }

    @Test func whatASignedInNurseRecordsNamesTheirAccount() throws {
        let store = MemoryStore()
        let clock = TestClock()
        let id = try store.addNurseAccount("rnlee", displayName: "RN Lee", secret: "482913")
        let driver = try makeDriver(store: store, clock: clock)
        // When the nurse signs in
        signIn(driver, "rnlee", "482913")
        #expect(driver.state.notice == "RN Lee signed in.")
        #expect(homeEntries(driver).contains(.teachBack) && homeEntries(driver).contains(.plan))
        // And checks a point by teach-back from the menu
        driver.send(.open(.teachBack))
        driver.send(.recordTeachBack(.ownWords))
        // Then the result and its session name the account, and so do their audit events
        let row = try #require(store.teachBackRows.first)
        #expect(row.nurseID == id && row.nurse == "RN Lee")
        let session = try #require(store.startedSessions.last)
        #expect(session.session.nurseID == id && session.session.facilitator == "RN Lee")
        let events = try store.auditEvents(learnerID: nil, since: nil)
        #expect(events.filter { $0.action == .teachBackRecorded }.allSatisfy { $0.nurseID == id })
        #expect(events.filter { $0.action == .sessionStarted }.last?.nurseID == id)
        #expect(try store.verifyAudit().isIntact)
    }

    @Test func signingOutEndsWhatOnlyANurseSees() throws {
        let store = MemoryStore()
        try store.addNurseAccount("rnlee", displayName: "RN Lee", secret: "482913")
        let driver = try makeDriver(store: store)
        signIn(driver, "rnlee", "482913")
        // When the nurse chooses "Nurse: sign out"
        driver.send(.open(.signIn))
        // Then nobody is signed in, the nurse's entries are gone, and a session started now names no nurse
        #expect(driver.state.nurse == nil)
        #expect(driver.state.notice == "RN Lee signed out.")
        #expect(!homeEntries(driver).contains(.teachBack))
        driver.send(.start(.review, section: nil))
        #expect(store.startedSessions.last?.session.nurseID == nil)
        #expect(try store.auditEvents(learnerID: nil, since: nil).last?.nurseID == nil)
    }

    @Test func theRosterIsANursesOnlyAndGoesWithTheSignOut() throws {
        let store = MemoryStore()
        try store.addNurseAccount("rnlee", displayName: "RN Lee", secret: "482913")
        let entry = RosterEntry(
            learner: "Ben Okafor", topicID: "t", topicTitle: "Topic", readyBy: nil, daysLeft: nil, onTrack: nil,
            isReady: false, readiness: "Not ready yet.", needsTeachBack: [], lastSession: nil,
            safetyAlerts: [RosterEntry.SafetyAlert(pointID: "p", label: "a new rash", at: Date())])
        var loads = 0
        let driver = try makeDriver(
            store: store, sharedStation: true,
            loadRoster: {
                loads += 1
                return [entry]
            })
        // Without a nurse: no roster entry, and asking for it loads nothing
        #expect(!homeEntries(driver).contains(.roster))
        driver.send(.open(.roster))
        #expect(loads == 0 && driver.state.roster.isEmpty)
        // With a nurse signed in: the roster, its alert first under the learner
        signIn(driver, "rnlee", "482913")
        #expect(homeEntries(driver).contains(.roster))
        driver.send(.open(.roster))
        guard case .roster(let view) = driver.view.screen else {
            Issue.record("not on the roster")
            return
        }
        #expect(loads == 1)
        #expect(view.rows.first?.heading.hasPrefix("Ben Okafor: Topic") == true)
        #expect(view.rows.first?.alerts == ["SAFETY ALERT: answered wrong while sure: a new rash"])
        // When the nurse goes back and signs out, the roster is gone with them
        driver.send(.back)
        driver.send(.open(.signIn))
        #expect(driver.state.roster.isEmpty && driver.state.nurse == nil)
    }
}
