import Foundation
import LearnerModel

/// The `nurse_account` table: its columns, statements and rows, once for both stores. Sign-in names are kept in lower
/// case (`NurseAccount.signInName`), so one plain UNIQUE constraint makes them unique on both.
package enum NurseRows {
    /// The table's columns, the one list of them.
    static func columns(_ a: NurseAccount) -> [Column] {
        [
            Column("name", a.name), Column("display_name", a.displayName), Column("secret_hash", a.secretHash),
            Column("disabled", a.disabled), Column("failed_tries", a.failedTries),
            Column("locked_until", a.lockedUntil?.timeIntervalSince1970),
            Column("created_at", a.createdAt.timeIntervalSince1970),
        ]
    }

    /// Adds an account unless the name is taken; returns the new id (no row when it is).
    package static func insert(_ a: NurseAccount) -> StoreSQL {
        "\(StoreSQL.insert(into: "nurse_account", columns(a))) ON CONFLICT DO NOTHING RETURNING id"
    }

    package static func named(_ name: String) -> StoreSQL { "SELECT * FROM nurse_account WHERE name = \(name)" }

    package static let all: StoreSQL = "SELECT * FROM nurse_account ORDER BY name"

    /// The account by id; with `forUpdate`, its row locked to the transaction's end (PostgreSQL: SQLite's write
    /// transaction locks the whole file already).
    package static func withID(_ id: NurseID, forUpdate: Bool = false) -> StoreSQL {
        forUpdate
            ? "SELECT * FROM nurse_account WHERE id = \(id.rawValue)\(dialect: { $0.forUpdate })"
            : "SELECT * FROM nurse_account WHERE id = \(id.rawValue)"
    }

    /// What a sign-in comes to before anything is counted: refused without a try to count (locked, or the right
    /// secret of a disabled account), or a try to count, right or wrong.
    package enum Judgement {
        case refused(SignInAttempt, reason: String)
        case counted(matches: Bool)
    }

    package static func judge(_ account: NurseAccount, at date: Date, check: (NurseAccount) -> Bool) -> Judgement {
        if let until = account.lockedUntil, until > date {
            return .refused(.locked(until: until), reason: "account locked")
        }
        let matches = check(account)
        if matches && account.disabled { return .refused(.disabled, reason: "account disabled") }
        return .counted(matches: matches)
    }

    /// Changes one thing about an account; returns its id (no row when there is no such account). A new secret
    /// clears the count of wrong ones and the lock.
    package static func change(named name: String, _ change: NurseChange) -> StoreSQL {
        let set: StoreSQL =
            switch change {
            case .secret(let hash): "secret_hash = \(hash), failed_tries = 0, locked_until = NULL"
            case .displayName(let display): "display_name = \(display)"
            // Turning an account back on also lifts a lock: its administrator vouches for it.
            case .disabled(let disabled) where !disabled:
                "disabled = \(disabled), failed_tries = 0, locked_until = NULL"
            case .disabled(let disabled): "disabled = \(disabled)"
            }
        return "UPDATE nurse_account SET \(set) WHERE name = \(name) RETURNING id"
    }

    /// One sign-in's outcome, in one statement so two stations cannot lose a wrong try between them: a success
    /// clears the count; the `policy.tries`-th wrong secret in a row locks the account (and starts the count again).
    package static func signIn(_ id: NurseID, succeeded: Bool, at date: Date, policy: SignInPolicy) -> StoreSQL {
        if succeeded {
            return
                "UPDATE nurse_account SET failed_tries = 0, locked_until = NULL WHERE id = \(id.rawValue) RETURNING *"
        }
        let limit = policy.tries
        return """
            UPDATE nurse_account SET
                locked_until = CASE WHEN failed_tries + 1 >= \(limit)
                    THEN \(date.addingTimeInterval(policy.lockFor).timeIntervalSince1970) ELSE locked_until END,
                failed_tries = CASE WHEN failed_tries + 1 >= \(limit) THEN 0 ELSE failed_tries + 1 END
            WHERE id = \(id.rawValue) RETURNING *
            """
    }

    package static func account(_ row: some RecordRow) throws(StoreError) -> NurseAccount {
        NurseAccount(
            id: NurseID(try row.int(required: "id")), name: try row.text(required: "name"),
            displayName: try row.text(required: "display_name"), secretHash: try row.text(required: "secret_hash"),
            disabled: try row.bool(required: "disabled"), failedTries: Int(try row.int(required: "failed_tries")),
            lockedUntil: try row.double("locked_until").map(Date.init(timeIntervalSince1970:)),
            createdAt: Date(timeIntervalSince1970: try row.double(required: "created_at")))
    }

    /// What a sign-in's audit event says: the outcome, never the secret.
    package static func detail(succeeded: Bool, after account: NurseAccount, at date: Date) -> String? {
        if succeeded { return nil }
        // not a message: a stored audit detail.
        if let until = account.lockedUntil, until > date { return "wrong secret; locked" }
        return "wrong secret"
    }

    /// What a change's audit event says (not the new display name or secret: only what changed).
    package static func detail(_ change: NurseChange) -> String {
        switch change {
        case .secret: "secret changed"
        // not a message: a stored audit detail.
        case .displayName: "display name changed"
        case .disabled(let disabled): disabled ? "disabled" : "enabled"
        }
    }
}
