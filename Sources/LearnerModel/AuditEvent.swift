import Foundation

/// What was done with a learner's data, for the audit trail (after ONC §170.315(d)(2)).
public enum AuditAction: String, Sendable, CaseIterable, Codable {
    case learnerAdded = "learner-added"
    case sessionStarted = "session-started"
    case teachBackRecorded = "teach-back-recorded"
    case teachBackRemoved = "teach-back-removed"
    case planChanged = "plan-changed"
    case reportMade = "report"
    case exportMade = "export"
    case learnerRenamed = "learner-renamed"
    case learnerDeleted = "learner-deleted"
    case learnerCopied = "copy"
    case nurseAdded = "nurse-added"
    case nurseChanged = "nurse-changed"
    case signedIn = "signed-in"
    case signInRefused = "sign-in-refused"
    case rosterViewed = "roster"
    /// Read back from a trail: an action this release does not know (a newer release's, or a row someone inserted).
    /// `AuditEvent.actionName` keeps what it says; `audit verify` reports it.
    case unknown = "?"
}

/// Where an access happened and who ran it: the station (its host name, or `--station NAME`) and the OS user.
public struct AuditContext: Sendable, Equatable {
    public var station: String
    public var osUser: String
    /// The nurse signed in for what the process does (a command run with `--nurse`), if any.
    public var nurse: NurseID?
    /// The time of an event whose record carries none (a rename, a delete, a result taken back): the computer's
    /// clock, or the commands' (`TEACHBACK_NOW` in tests).
    public var clock: @Sendable () -> Date = { Date() }

    public init(station: String, osUser: String, nurse: NurseID? = nil) {
        self.station = station
        self.osUser = osUser
        self.nurse = nurse
    }

    public static func == (a: AuditContext, b: AuditContext) -> Bool {
        a.station == b.station && a.osUser == b.osUser && a.nurse == b.nurse
    }

    /// This computer and this process's user; `station` names the station instead of the host name.
    ///
    /// The user is the process's uid, with the login name the environment gives (`USER`, else `LOGNAME`); the host
    /// name is the kernel's (`gethostname`). Neither goes through the name service: Foundation's
    /// `ProcessInfo.hostName` resolves the name, and `getpwuid` loads the name service's libraries into a static
    /// executable, 1.5–2 MiB in every session for one event (and a wait on DNS).
    public static func current(station: String? = nil) -> AuditContext {
        let environment = ProcessInfo.processInfo.environment
        let name = [environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty }
        let uid = "uid \(geteuid())"
        return AuditContext(station: station ?? hostName(), osUser: name.map { "\($0) (\(uid))" } ?? uid)
    }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown host" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// One event of the audit trail, as kept: append-only, each chained to the one before by its hash.
public struct AuditEvent: Sendable, Equatable {
    /// The store's id; nil before it is saved.
    public var id: AuditID?
    public var at: Date
    public var action: AuditAction
    /// The action as the trail spells it (`action.rawValue`, or what an unknown action's row says): what the hash
    /// covers.
    public var actionName: String
    /// The learner whose data it was (their id: a deleted learner's events keep it, never the name).
    public var learnerID: LearnerID?
    public var station: String
    public var osUser: String
    /// The signed-in nurse's account, if any.
    public var nurseID: NurseID?
    /// What exactly: a topic, a format, a teaching point and its result (never text anyone typed).
    public var detail: String?
    /// The hash of the event before it (64 zeros for the first).
    public var previousHash: String
    /// SHA-256 over this event's fields and `previousHash`, in hex.
    public var hash: String

    public init(
        id: AuditID? = nil, at: Date, action: AuditAction, learnerID: LearnerID?, station: String, osUser: String,
        detail: String?, previousHash: String, hash: String, nurseID: NurseID? = nil, actionName: String? = nil
    ) {
        self.nurseID = nurseID
        self.id = id
        self.at = at
        self.action = action
        self.actionName = actionName ?? action.rawValue
        self.learnerID = learnerID
        self.station = station
        self.osUser = osUser
        self.detail = detail
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// What `audit verify` found: the events read, the last one's hash (to write down and compare later: removing the
/// last events leaves a shorter chain that is whole), and each break, by the event where it shows.
public struct AuditVerification: Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        /// The event's fields do not give its hash: something in it was changed.
        case changed(AuditID)
        /// The event does not follow the one before it: an event was removed before it, or it was inserted.
        case brokenLink(AuditID)
        /// The event's action is none this release knows: written by a newer release, or inserted by hand.
        case unknownAction(AuditID, String)
    }

    public var events: Int
    public var head: String?
    public var problems: [Problem]

    public init(events: Int, head: String?, problems: [Problem]) {
        self.events = events
        self.head = head
        self.problems = problems
    }

    public var isIntact: Bool { problems.isEmpty }
}
