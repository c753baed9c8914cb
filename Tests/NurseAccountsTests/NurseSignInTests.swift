import Foundation
import LearnerModel
import LearnerStore
import Testing
import TestSupport

@testable import NurseAccounts

@Suite struct NurseSignInTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func store(_ path: String? = nil) throws -> LearnerStore {
        let store = try path.map { try LearnerStore.open(path: $0) } ?? LearnerStore.inMemory()
        return store
    }

    @discardableResult
    func add(_ store: LearnerStore, _ name: String = "dreyes", secret: String = "482913") throws -> NurseID {
        try store.addNurse(
            NurseAccount(
                name: name, displayName: "Dana Reyes, RN", secretHash: SecretHash.make(secret, parameters: .fast),
                createdAt: t0))
    }

    @Test func theRightSecretSignsTheAccountIn() throws {
        let store = try store()
        let id = try add(store)
        let result = try NurseSignIn().signIn(name: " DReyes ", secret: "482913", at: t0, store: store)
        #expect(result == .success(SignedInNurse(id: id, name: "dreyes", displayName: "Dana Reyes, RN")))
        let event = try #require(try store.auditEvents(learnerID: nil, since: nil).last)
        #expect(event.action == .signedIn && event.nurseID == id)
    }

    @Test func aWrongSecretOrAnUnknownNameGetsTheSameAnswerWithoutSayingWhich() throws {
        let store = try store()
        try add(store)
        #expect(
            try NurseSignIn().signIn(name: "dreyes", secret: "111111", at: t0, store: store)
                == .failure(.wrongNameOrSecret(triesLeft: 4)))
        #expect(
            try NurseSignIn().signIn(name: "nobody", secret: "111111", at: t0, store: store)
                == .failure(.wrongNameOrSecret(triesLeft: nil)))
        #expect(
            try NurseSignIn().signIn(name: "not a name!", secret: "111111", at: t0, store: store)
                == .failure(.wrongNameOrSecret(triesLeft: nil)))
    }

    @Test func noAccountsAtAllIsSaid() throws {
        #expect(
            try NurseSignIn().signIn(name: "dreyes", secret: "482913", at: t0, store: try store())
                == .failure(.noAccounts))
    }

    /// Five wrong secrets lock the account for five minutes, kept in the file: a new process (a restart) sees it,
    /// the right secret is refused while locked, and works once the five minutes are over.
    @Test func fiveWrongSecretsLockTheAccountAcrossARestart() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("t.sqlite").path
        let first = try store(path)
        try add(first)
        for n in 1...4 {
            #expect(
                try NurseSignIn().signIn(name: "dreyes", secret: "000001", at: t0, store: first)
                    == .failure(.wrongNameOrSecret(triesLeft: 5 - n)))
        }
        let until = t0.addingTimeInterval(300)
        #expect(
            try NurseSignIn().signIn(name: "dreyes", secret: "000001", at: t0, store: first)
                == .failure(.locked(until: until)))
        first.close()

        let second = try store(path)
        #expect(
            try NurseSignIn().signIn(name: "dreyes", secret: "482913", at: t0.addingTimeInterval(299), store: second)
                == .failure(.locked(until: until)))
        guard case .success = try NurseSignIn().signIn(name: "dreyes", secret: "482913", at: until, store: second)
        else {
            Issue.record("the right secret after the lock should sign in")
            return
        }
        let refused = try second.auditEvents(learnerID: nil, since: nil).filter { $0.action == .signInRefused }
        #expect(refused.count == 6)
        #expect(refused.map(\.detail).suffix(2) == ["wrong secret; locked", "account locked"])
        #expect(try second.verifyAudit().isIntact)
    }

    @Test func aRightSecretClearsTheCountOfWrongOnes() throws {
        let store = try store()
        try add(store)
        for _ in 1...4 { _ = try NurseSignIn().signIn(name: "dreyes", secret: "000001", at: t0, store: store) }
        _ = try NurseSignIn().signIn(name: "dreyes", secret: "482913", at: t0, store: store)
        #expect(
            try NurseSignIn().signIn(name: "dreyes", secret: "000001", at: t0, store: store)
                == .failure(.wrongNameOrSecret(triesLeft: 4)))
    }

    @Test func aDisabledAccountCannotSignInAndANewSecretUnlocks() throws {
        let store = try store()
        try add(store)
        #expect(try store.changeNurse(named: "dreyes", .disabled(true), at: t0))
        #expect(
            try NurseSignIn().signIn(name: "dreyes", secret: "482913", at: t0, store: store) == .failure(.disabled))
        #expect(try store.changeNurse(named: "dreyes", .disabled(false), at: t0))
        for _ in 1...5 { _ = try NurseSignIn().signIn(name: "dreyes", secret: "000001", at: t0, store: store) }
        let hash = SecretHash.make("739182", parameters: .fast)
        #expect(try store.changeNurse(named: "dreyes", .secret(hash: hash), at: t0))
        guard case .success = try NurseSignIn().signIn(name: "dreyes", secret: "739182", at: t0, store: store) else {
            Issue.record("a new secret should unlock the account")
            return
        }
        #expect(try !store.changeNurse(named: "nobody", .disabled(true), at: t0))
    }

    /// Every refusal is in the trail, none with what was typed: an unknown name (no account named), a locked account.
    @Test func everyRefusalIsAnAuditEventWithoutTheTypedName() throws {
        let store = try store()
        let id = try add(store)
        _ = try NurseSignIn().signIn(name: "ana.ruiz", secret: "111111", at: t0, store: store)
        for _ in 1...5 { _ = try NurseSignIn().signIn(name: "dreyes", secret: "000001", at: t0, store: store) }
        _ = try NurseSignIn().signIn(name: "dreyes", secret: "482913", at: t0, store: store)
        let refused = try store.auditEvents(learnerID: nil, since: nil).filter { $0.action == .signInRefused }
        #expect(
            refused.map(\.detail) == ["no such account"] + Array(repeating: "wrong secret", count: 4) + [
                "wrong secret; locked", "account locked",
            ])
        #expect(refused.map(\.nurseID) == [nil] + Array(repeating: id, count: 6))
        #expect(!refused.contains { ($0.detail ?? "").contains("ana") })
    }

    /// The right secret of a disabled account counts as no wrong try; turning it back on lifts a lock.
    @Test func aDisabledAccountsRightSecretIsNoWrongTryAndEnablingLiftsTheLock() throws {
        let store = try store()
        try add(store)
        _ = try store.changeNurse(named: "dreyes", .disabled(true), at: t0)
        for _ in 1...6 {
            #expect(
                try NurseSignIn().signIn(name: "dreyes", secret: "482913", at: t0, store: store) == .failure(.disabled))
        }
        #expect(try store.nurseAccount(named: "dreyes")?.failedTries == 0)
        for _ in 1...5 { _ = try NurseSignIn().signIn(name: "dreyes", secret: "000001", at: t0, store: store) }
        #expect(try store.nurseAccount(named: "dreyes")?.lockedUntil != nil)
        _ = try store.changeNurse(named: "dreyes", .disabled(false), at: t0)
        guard case .success = try NurseSignIn().signIn(name: "dreyes", secret: "482913", at: t0, store: store) else {
            Issue.record("turning the account back on should lift its lock")
            return
        }
    }

    /// "ñ" as one character or as "n" and a combining tilde looks the same on every screen: one secret.
    @Test func aSecretIsTheSameInEitherUnicodeForm() throws {
        let store = try store()
        try add(store, "uni", secret: "Contrase\u{F1}a9")
        guard case .success = try NurseSignIn().signIn(name: "uni", secret: "Contrasen\u{303}a9", at: t0, store: store)
        else {
            Issue.record("the decomposed form of the secret should sign in")
            return
        }
    }

    @Test func anAccountNameIsTakenOnce() throws {
        let store = try store()
        try add(store)
        #expect(throws: StoreError.nurseExists(name: "dreyes")) { try add(store) }
    }
}

/// Sign-ins started together on one account (several stations, or a script) are judged one after another: a burst
/// of wrong secrets locks the account after five, and the right secret in the same burst does not slip past.
@Suite struct NurseSignInBurstTests {
    @Test func aBurstOfSignInsCannotGetPastTheLock() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("burst.sqlite").path
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        let setup = try LearnerStore.open(path: path)
        _ = try setup.addNurse(
            NurseAccount(
                name: "kim", displayName: "RN Kim", secretHash: SecretHash.make("482913", parameters: .standard),
                createdAt: t0))
        setup.close()
        // When nine connections (as nine processes would) try wrong secrets at once
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 9) { n in
            do {
                let store = try LearnerStore.open(path: path)
                defer { store.close() }
                results.add(try NurseSignIn().signIn(name: "kim", secret: "00000\(n)", at: t0, store: store))
            } catch {
                results.add(.failure(.noAccounts))
            }
        }
        // Then exactly five were checked and counted, the account locked at the fifth, and the other four refused
        // as locked without a check (judged together, all nine would have been checked, and counted past the lock)
        #expect(results.all.count == 9)
        let store = try LearnerStore.open(path: path)
        defer { store.close() }
        let refused = try store.auditEvents(learnerID: nil, since: nil).filter { $0.action == .signInRefused }
        #expect(refused.filter { ($0.detail ?? "").hasPrefix("wrong secret") }.count == 5)
        #expect(refused.filter { $0.detail == "account locked" }.count == 4)
        // And the right secret after the burst is refused: locked
        #expect(
            try NurseSignIn().signIn(name: "kim", secret: "482913", at: t0, store: store)
                == .failure(.locked(until: t0.addingTimeInterval(300))))
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<SignedInNurse, SignInRefusal>] = []
        func add(_ r: Result<SignedInNurse, SignInRefusal>) { lock.withLock { results.append(r) } }
        var all: [Result<SignedInNurse, SignInRefusal>] { lock.withLock { results } }
    }
}
