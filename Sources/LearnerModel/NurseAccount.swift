import Foundation

/// The nurse accounts table.
public enum NurseTable {}
/// A nurse account's id.
public typealias NurseID = RecordID<NurseTable>

/// A nurse who may sign in: a sign-in name, the name charts show, and the secret as a salted hash (never the secret).
///
/// Accounts are added, changed and disabled by whoever administers the station or the clinic's server
/// (`teachback nurse`); they are never deleted, so every record that names one keeps naming it.
public struct NurseAccount: Sendable, Equatable {
    /// The store's id; nil before it is saved.
    public var id: NurseID?
    /// What the nurse types to sign in: lower-case letters, digits, `.`, `_` and `-` (`NurseAccount.signInName`).
    public var name: String
    /// What the chart note and the reports say: "Dana Reyes, RN".
    public var displayName: String
    /// The secret's salted, memory-hard hash (`scrypt$…`).
    public var secretHash: String
    public var disabled: Bool
    /// Wrong secrets in a row since the last sign-in or lock.
    public var failedTries: Int
    /// Signing in is refused until then (after `SignInPolicy.tries` wrong secrets in a row).
    public var lockedUntil: Date?
    public var createdAt: Date

    public init(
        id: NurseID? = nil, name: String, displayName: String, secretHash: String, disabled: Bool = false,
        failedTries: Int = 0, lockedUntil: Date? = nil, createdAt: Date
    ) {
        self.id = id
        self.name = name
        self.displayName = displayName
        self.secretHash = secretHash
        self.disabled = disabled
        self.failedTries = failedTries
        self.lockedUntil = lockedUntil
        self.createdAt = createdAt
    }

    /// The longest sign-in name and display name, in characters.
    public static let maximumNameLength = 32
    public static let maximumDisplayNameLength = 60

    /// A sign-in name as kept (trimmed, lower case), or nil when it is not one: 1 to 32 of `a-z 0-9 . _ -`,
    /// starting with a letter or digit.
    public static func signInName(_ typed: String) -> String? {
        let name = typed.trimmingCharacters(in: .whitespaces).lowercased()
        guard (1...maximumNameLength).contains(name.count), let first = name.unicodeScalars.first,
            isASCIIAlphanumeric(first),
            name.unicodeScalars.allSatisfy({ isASCIIAlphanumeric($0) || ".-_".unicodeScalars.contains($0) })
        else { return nil }
        return name
    }

    static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("0"..."9").contains(s)
    }

    /// A display name as kept (runs of spaces made one, trimmed), or nil when it is empty, too long, or holds control
    /// or formatting characters (it is printed in charts and on screens).
    public static func displayName(_ typed: String) -> String? {
        let words = typed.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let name = words.joined(separator: " ")
        guard !name.isEmpty, name.count <= maximumDisplayNameLength,
            !name.unicodeScalars.contains(where: {
                switch $0.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
                    true
                default: false
                }
            })
        else { return nil }
        return name
    }
}

/// A nurse who signed in on this station: what a record keeps (the account) and what a chart says (its name).
public struct SignedInNurse: Sendable, Hashable {
    public var id: NurseID
    public var name: String
    public var displayName: String

    public init(id: NurseID, name: String, displayName: String) {
        self.id = id
        self.name = name
        self.displayName = displayName
    }
}

/// How many wrong secrets in a row lock an account, and for how long.
public struct SignInPolicy: Sendable, Equatable {
    public var tries: Int
    public var lockFor: TimeInterval

    public init(tries: Int = 5, lockFor: TimeInterval = 300) {
        self.tries = tries
        self.lockFor = lockFor
    }

    public static let standard = SignInPolicy()
}

/// Why a sign-in was refused. The words are the screen's (or the command's) to choose.
public enum SignInRefusal: Error, Sendable, Equatable {
    /// No account has this name, or the secret is not its secret (which one is not said); `triesLeft` before the
    /// account locks, when the name is an account's (for tests and the audit: the screens do not show it, as it
    /// would tell which names are accounts).
    case wrongNameOrSecret(triesLeft: Int?)
    /// Too many wrong secrets: no sign-in until then.
    case locked(until: Date)
    /// The account was disabled by whoever administers the station.
    case disabled
    /// The store has no nurse accounts at all yet.
    case noAccounts
}

/// Nurse accounts as a store keeps them: the same on a station's file and on a clinic's server.
public protocol NurseAccountStore: AnyObject {
    /// The account with this sign-in name, if any.
    func nurseAccount(named name: String) throws(StoreError) -> NurseAccount?
    /// Every account, by name.
    func nurseAccounts() throws(StoreError) -> [NurseAccount]
    /// Adds an account (its audit event with it); `nurseExists` when the name is taken.
    func addNurse(_ account: NurseAccount) throws(StoreError) -> NurseID
    /// Changes an account's secret, display name or whether it is disabled (a new secret also unlocks it); false
    /// when there is no such account.
    func changeNurse(named name: String, _ change: NurseChange, at date: Date) throws(StoreError) -> Bool
    /// One sign-in, whole, with the account's row held (a transaction that locks it), so sign-ins started together
    /// are judged one after another and none slips past a lock another just set: the lock is read, `check` judges
    /// the secret against the account as read, and the outcome is counted (a success clears the count of wrong
    /// secrets; the `policy.tries`-th wrong one in a row locks the account for `policy.lockFor`), with its audit event.
    func attemptSignIn(
        _ id: NurseID, at date: Date, policy: SignInPolicy, check: (NurseAccount) -> Bool
    ) throws(StoreError) -> SignInAttempt
    /// A sign-in refused without a wrong secret to count (no such account, a locked or disabled one): its audit
    /// event only. `reason` is the program's words, never what was typed.
    func recordRefusedSignIn(_ id: NurseID?, reason: String, at date: Date) throws(StoreError)
}

/// How one sign-in went, as the store judged and counted it.
public enum SignInAttempt: Sendable, Equatable {
    /// Locked when the attempt began: the secret was not checked, nothing counted.
    case locked(until: Date)
    /// The right secret of a disabled account: nothing counted.
    case disabled
    /// A wrong secret, counted: the account after (locked if it was the last try allowed).
    case wrong(after: NurseAccount)
    case succeeded(NurseAccount)
}

/// What `changeNurse` changes.
public enum NurseChange: Sendable, Equatable {
    case secret(hash: String)
    case displayName(String)
    case disabled(Bool)
}
