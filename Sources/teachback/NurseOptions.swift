import ArgumentParser
import Foundation
import Words
import LearnerModel
import NurseAccounts

/// `--nurse ACCOUNT`: a nurse signs in for what the command does (the secret from the terminal, or
/// `TEACHBACK_NURSE_SECRET` for scripts). The records and the audit trail name the account.
struct NurseOptions: ParsableArguments {
    @Option(
        help: helpText(
            "Sign in as this nurse account (see 'teachback nurse'); the password or PIN is asked for on the terminal, or read from TEACHBACK_NURSE_SECRET."
        ))
    var nurse: String?

    /// The old typed name: refused with what to do instead.
    @Option(help: .hidden) var facilitator: String?

    func validate() throws {
        if facilitator != nil {
            throw invalid(
                Message(
                    "--facilitator NAME took any typed name and is gone: a nurse-led session needs a nurse account. Sign in with --nurse ACCOUNT (an administrator adds one with 'teachback nurse add ACCOUNT')."
                ))
        }
    }

    /// The nurse signed in, or nil without `--nurse`; a refusal is an error with what to do, exit 1.
    ///
    /// The lock is judged by the computer's clock, never the test clock (`TEACHBACK_NOW`): whoever may set the
    /// environment must not step past it.
    func signIn(_ db: any LearnerDatabase) throws -> SignedInNurse? {
        guard let nurse else { return nil }
        let secret = try SecretInput.read(
            prompt: commandLanguage.text("Password or PIN for {nurse}: ", ["nurse": nurse]),
            environment: ProcessInfo.processInfo.environment)
        guard !secret.isEmpty else {
            throw Failure(Message("no secret was typed for --nurse {nurse}; nothing was tried", ["nurse": nurse]))
        }
        let result = try reportingStoreErrors {
            try NurseSignIn().signIn(name: nurse, secret: secret, at: Date(), store: db)
        }
        switch result {
        case .success(let signed):
            db.auditContext.nurse = signed.id
            return signed
        case .failure(let refusal): throw Failure(Self.describe(refusal, account: nurse))
        }
    }

    static func describe(_ refusal: SignInRefusal, account: String) -> Message {
        switch refusal {
        case .wrongNameOrSecret:
            Message(
                "wrong account name or secret for --nurse {account}; five wrong tries in a row lock an account for 5 minutes",
                ["account": account])
        case .locked(let until):
            Message(
                "the nurse account {account} is locked after too many wrong secrets, until {time}; try again then, or have an administrator set a new secret with 'teachback nurse passwd {account}'",
                ["account": account, "time": ISO8601DateFormatter().string(from: until)])
        case .disabled:
            Message(
                "the nurse account {account} is disabled; an administrator turns it back on with 'teachback nurse enable {account}'",
                ["account": account])
        case .noAccounts:
            Message(
                "this database has no nurse accounts yet: an administrator adds one with 'teachback nurse add ACCOUNT'")
        }
    }
}
