import Foundation
import LearnerModel

/// Signs a nurse in against a store's accounts: the lock is checked first, then the secret (in constant time), and
/// the outcome recorded in the store (the count of wrong secrets and the lock live there, so restarting the program
/// resets nothing, and every station sees the same count). Every refusal is an audit event.
///
/// The time is the computer's clock, never the commands' test clock (`TEACHBACK_NOW`): whoever may set the
/// environment must not be able to step past a lock.
package struct NurseSignIn: Sendable {
    package var policy: SignInPolicy

    package init(policy: SignInPolicy = .standard) { self.policy = policy }

    /// The signed-in nurse, or why not. A name with no account takes as long as a wrong secret and gets the same
    /// answer (`wrongNameOrSecret`, which says nothing of how many tries are left: that would tell which names are
    /// accounts).
    package func signIn(name typed: String, secret: String, at now: Date, store: some NurseAccountStore)
        throws(StoreError) -> Result<SignedInNurse, SignInRefusal>
    {
        guard let name = NurseAccount.signInName(typed), let account = try store.nurseAccount(named: name),
            let id = account.id
        else {
            SecretHash.verifyNothing(secret)
            if try store.nurseAccounts().isEmpty { return .failure(.noAccounts) }
            // The name typed is not kept: it may be anything, a patient's name too.
            // not a message: a stored audit detail.
            try store.recordRefusedSignIn(nil, reason: "no such account", at: now)
            return .failure(.wrongNameOrSecret(triesLeft: nil))
        }
        // Judged and counted with the account's row held: sign-ins started together go one after another, and the
        // secret is checked against the row as it is then (its lock, its hash).
        switch try store.attemptSignIn(
            id, at: now, policy: policy, check: { SecretHash.verify(secret, against: $0.secretHash) })
        {
        case .locked(let until): return .failure(.locked(until: until))
        case .disabled: return .failure(.disabled)
        case .wrong(let after):
            if let until = after.lockedUntil, until > now { return .failure(.locked(until: until)) }
            return .failure(.wrongNameOrSecret(triesLeft: max(0, policy.tries - after.failedTries)))
        case .succeeded: break
        }
        return .success(SignedInNurse(id: id, name: account.name, displayName: account.displayName))
    }
}
