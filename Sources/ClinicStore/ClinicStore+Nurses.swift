import Foundation
import LearnerModel
internal import StoreRecords
import Words

extension ClinicStore {
    package func nurseAccount(named name: String) throws(StoreError) -> NurseAccount? {
        try connection.run(NurseRows.named(name)).first.map(NurseRows.account)
    }

    package func nurseAccounts() throws(StoreError) -> [NurseAccount] {
        try connection.run(NurseRows.all).map(NurseRows.account)
    }

    package func addNurse(_ account: NurseAccount) throws(StoreError) -> NurseID {
        try connection.transaction { () throws(StoreError) -> NurseID in
            guard let id = try connection.run(NurseRows.insert(account)).first?.int("id") else {
                throw StoreError.nurseExists(name: account.name)
            }
            try appendAuditInTransaction(
                .nurseAdded, learnerID: nil, detail: "account \(account.name)", at: account.createdAt,
                nurse: NurseID(id))
            return NurseID(id)
        }
    }

    package func changeNurse(named name: String, _ change: NurseChange, at date: Date) throws(StoreError) -> Bool {
        try connection.transaction { () throws(StoreError) -> Bool in
            guard let id = try connection.run(NurseRows.change(named: name, change)).first?.int("id") else {
                return false
            }
            try appendAuditInTransaction(
                .nurseChanged, learnerID: nil, detail: NurseRows.detail(change), at: date, nurse: NurseID(id))
            return true
        }
    }

    package func recordRefusedSignIn(_ id: NurseID?, reason: String, at date: Date) throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try appendAuditInTransaction(.signInRefused, learnerID: nil, detail: reason, at: date, nurse: id)
        }
    }

    package func attemptSignIn(
        _ id: NurseID, at date: Date, policy: SignInPolicy, check: (NurseAccount) -> Bool
    ) throws(StoreError) -> SignInAttempt {
        // The account's row locked (FOR UPDATE) for the whole attempt: sign-ins on other stations wait for it.
        try connection.transaction { () throws(StoreError) -> SignInAttempt in
            guard let row = try connection.run(NurseRows.withID(id, forUpdate: true)).first else {
                throw StoreError.other(path: place, detail: Message("nurse account {id} is gone", ["id": id]))
            }
            let account = try NurseRows.account(row)
            switch NurseRows.judge(account, at: date, check: check) {
            case .refused(let outcome, let reason):
                try appendAuditInTransaction(.signInRefused, learnerID: nil, detail: reason, at: date, nurse: id)
                return outcome
            case .counted(let matches):
                guard
                    let counted = try connection.run(
                        NurseRows.signIn(id, succeeded: matches, at: date, policy: policy)
                    ).first
                else { throw StoreError.other(path: place, detail: Message("nurse account {id} is gone", ["id": id])) }
                let after = try NurseRows.account(counted)
                try appendAuditInTransaction(
                    matches ? .signedIn : .signInRefused, learnerID: nil,
                    detail: NurseRows.detail(succeeded: matches, after: after, at: date), at: date, nurse: id)
                return matches ? .succeeded(after) : .wrong(after: after)
            }
        }
    }
}
