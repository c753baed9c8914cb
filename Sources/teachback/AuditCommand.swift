import ArgumentParser
import Foundation
import Words
import LearnerModel

/// `teachback audit`: the privacy officer's view of who looked at what.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: helpText("Check the audit trail, or list who opened, changed or exported whose records."),
        subcommands: [Verify.self, List.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("Check that no event of the audit trail was changed, removed or inserted."),
            discussion: helpText(
                "Each event carries a SHA-256 over its fields and the event before it. Exits 1 and names each event where the chain breaks. Write down the last hash it prints: a trail cut short after an event is whole too, and only that hash shows it."
            ))
        @OptionGroup var store: StoreOptions

        func run() throws {
            let db = try store.open()
            defer { db.close() }
            let result = try reportingStoreErrors { try db.verifyAudit() }
            guard result.isIntact else {
                for problem in result.problems {
                    switch problem {
                    case .changed(let id): say(Message("event {id}: changed since it was written", ["id": id]))
                    case .unknownAction(let id, let name):
                        say(
                            Message(
                                "event {id}: an action this release does not know ('{name}'): written by a newer Teachback, or inserted by hand",
                                ["id": id, "name": name]))
                    case .brokenLink(let id):
                        say(
                            Message(
                                "event {id}: does not follow the event before it (one was removed before it, or it was inserted)",
                                ["id": id]))
                    }
                }
                printError(
                    Message.plural(
                        "error: the audit trail of {path} is not as it was written: {count} problem in {events} events",
                        "error: the audit trail of {path} is not as it was written: {count} problems in {events} events",
                        count: result.problems.count, ["path": store.path, "events": result.events]))
                throw ExitCode(1)
            }
            say(
                Message.plural(
                    "The audit trail is whole: {count} event.", "The audit trail is whole: {count} events.",
                    count: result.events))
            if let head = result.head { say(Message("Last hash: {head}", ["head": head])) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("List the audit trail, oldest first."))
        @OptionGroup var store: StoreOptions
        @Option(help: helpText("Only the events about this learner.")) var learner: String?
        @Option(help: helpText("Only events since this day (YYYY-MM-DD, local time).")) var since: String?
        @Option(help: helpText("text, csv or json.")) var format: Format = .text
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

        func run() throws {
            var sinceDate: Date?
            if let since {
                guard let day = CalendarDayParsing.date(since) else {
                    printError(Message("error: --since '{since}' is not a date like 2026-11-27", ["since": since]))
                    throw ExitCode(1)
                }
                sinceDate = day
            }
            let db = try store.open()
            defer { db.close() }
            var learnerID: LearnerID?
            if let learner {
                guard let who = try reportingStoreErrors({ try db.learner(named: learner) }) else {
                    printError(StoreError.noSuchLearner(name: learner))
                    throw ExitCode(1)
                }
                learnerID = who.id
            }
            let events = try reportingStoreErrors { try db.auditEvents(learnerID: learnerID, since: sinceDate) }
            // An event names a nurse by account: listed by the account's sign-in name.
            var accounts: [NurseID: String] = [:]
            for account in try reportingStoreErrors({ try db.nurseAccounts() }) {
                if let id = account.id { accounts[id] = account.name }
            }
            func nurse(_ e: AuditEvent) -> String? {
                e.nurseID.map { accounts[$0] ?? "account \($0)" }
            }
            let iso = ISO8601DateFormatter()
            switch format {
            case .text:
                for e in events {
                    print(
                        [
                            iso.string(from: e.at), e.actionName, e.learnerID.map { "learner \($0)" } ?? "-",
                            nurse(e).map { "nurse \($0)" }, "station \(e.station)", "user \(e.osUser)", e.detail,
                        ].compactMap { $0 }.joined(separator: "  "))
                }
            case .csv:
                print("id,at,action,learner_id,station,os_user,detail,hash,nurse")
                for e in events {
                    print(
                        [
                            e.id.map(\.description) ?? "", iso.string(from: e.at), e.actionName,
                            e.learnerID.map(\.description) ?? "", e.station, e.osUser, e.detail ?? "", e.hash,
                            nurse(e) ?? "",
                        ].map(csvField).joined(separator: ","))
                }
            case .json:
                try writeJSON(
                    events.map { e -> [String: Any] in
                        [
                            "id": e.id?.rawValue ?? NSNull(), "at": iso.string(from: e.at), "action": e.actionName,
                            "learnerID": e.learnerID?.rawValue ?? NSNull(), "station": e.station, "osUser": e.osUser,
                            "detail": e.detail ?? NSNull(), "previousHash": e.previousHash, "hash": e.hash,
                            "nurse": nurse(e) ?? NSNull(),
                        ]
                    })
            }
        }
    }
}

/// A day typed on the command line (YYYY-MM-DD), as the start of that day in local time.
enum CalendarDayParsing {
    static func date(_ text: String) -> Date? {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd"
        f.timeZone = .current
        return f.date(from: text)
    }
}
