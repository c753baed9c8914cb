import Foundation
internal import GRDB
import LearnerModel
internal import StoreRecords
import Words

extension LearnerStore {
    /// Nurse accounts (schema v10), and the account beside the typed name on every record a nurse makes: sessions,
    /// teach-back results, plans and audit events. Rows from before keep their typed name and no account.
    static func v10(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE nurse_account (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    display_name TEXT NOT NULL,
                    secret_hash TEXT NOT NULL,
                    disabled INTEGER NOT NULL DEFAULT 0,
                    failed_tries INTEGER NOT NULL DEFAULT 0,
                    locked_until REAL,
                    created_at REAL NOT NULL
                );
                ALTER TABLE session ADD COLUMN nurse_id INTEGER REFERENCES nurse_account(id);
                ALTER TABLE teach_back ADD COLUMN nurse_id INTEGER REFERENCES nurse_account(id);
                ALTER TABLE plan ADD COLUMN nurse_id INTEGER REFERENCES nurse_account(id);
                ALTER TABLE audit_event ADD COLUMN nurse_id INTEGER;
                """)
    }

    public func nurseAccount(named name: String) throws(StoreError) -> NurseAccount? {
        try read { db in try db.row(NurseRows.named(name)).map { try NurseRows.account(self.record($0)) } }
    }

    public func nurseAccounts() throws(StoreError) -> [NurseAccount] {
        try read { db in try db.rows(NurseRows.all).map { try NurseRows.account(self.record($0)) } }
    }

    public func addNurse(_ account: NurseAccount) throws(StoreError) -> NurseID {
        try write { db in
            guard let id = try db.value(NurseRows.insert(account), as: Int64.self) else {
                throw StoreError.nurseExists(name: account.name)
            }
            try self.appendAudit(
                db, .nurseAdded, learnerID: nil, detail: "account \(account.name)", at: account.createdAt,
                nurse: NurseID(id))
            return NurseID(id)
        }
    }

    public func changeNurse(named name: String, _ change: NurseChange, at date: Date) throws(StoreError) -> Bool {
        try write { db in
            guard let id = try db.value(NurseRows.change(named: name, change), as: Int64.self) else { return false }
            try self.appendAudit(
                db, .nurseChanged, learnerID: nil, detail: NurseRows.detail(change), at: date, nurse: NurseID(id))
            return true
        }
    }

    public func recordRefusedSignIn(_ id: NurseID?, reason: String, at date: Date) throws(StoreError) {
        try write { db in
            try self.appendAudit(db, .signInRefused, learnerID: nil, detail: reason, at: date, nurse: id)
        }
    }

    public func attemptSignIn(
        _ id: NurseID, at date: Date, policy: SignInPolicy, check: (NurseAccount) -> Bool
    ) throws(StoreError) -> SignInAttempt {
        // A write transaction from the start: a second sign-in waits for this one (about 100 ms of hashing).
        try write { db in
            guard let row = try db.row(NurseRows.withID(id)) else {
                throw StoreError.other(path: self.path, detail: Message("nurse account {id} is gone", ["id": id]))
            }
            let account = try NurseRows.account(self.record(row))
            let judged = NurseRows.judge(account, at: date, check: check)
            switch judged {
            case .refused(let outcome, let reason):
                try self.appendAudit(db, .signInRefused, learnerID: nil, detail: reason, at: date, nurse: id)
                return outcome
            case .counted(let matches):
                guard let counted = try db.row(NurseRows.signIn(id, succeeded: matches, at: date, policy: policy))
                else {
                    throw StoreError.other(path: self.path, detail: Message("nurse account {id} is gone", ["id": id]))
                }
                let after = try NurseRows.account(self.record(counted))
                try self.appendAudit(
                    db, matches ? .signedIn : .signInRefused, learnerID: nil,
                    detail: NurseRows.detail(succeeded: matches, after: after, at: date), at: date, nurse: id)
                return matches ? .succeeded(after) : .wrong(after: after)
            }
        }
    }
}
