import ArgumentParser
import Foundation
import Words
import LearnerModel
import NurseAccounts

/// `teachback nurse`: the accounts nurses sign in with, kept by whoever administers the station or the server.
struct NurseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nurse",
        abstract: helpText("Add, list, disable or change the accounts nurses sign in with."),
        discussion: helpText(
            "A nurse signs in (the trainer's 'Nurse: sign in', or --nurse ACCOUNT) before leading a session, recording teach-back or changing a plan; the chart names the account. The secret is a PIN of at least 6 digits or a password of at least 8 characters, asked for on the terminal without echo (or read from TEACHBACK_NURSE_SECRET, for scripts). It is kept only as a salted scrypt hash. Five wrong secrets in a row lock the account for 5 minutes. Accounts are never deleted: disable one instead."
        ),
        subcommands: [Add.self, Passwd.self, Disable.self, Enable.self, List.self])

    /// A sign-in name, checked.
    static func accountName(_ typed: String) throws -> String {
        guard let name = NurseAccount.signInName(typed) else {
            throw invalid(
                Message(
                    "'{typed}' is not an account name: 1 to {maximum} lower-case letters, digits, '.', '_' or '-', starting with a letter or digit (for example dreyes)",
                    ["typed": typed, "maximum": NurseAccount.maximumNameLength]))
        }
        return name
    }

    /// A new secret: from the environment, or typed twice on the terminal; checked against the rules.
    static func newSecret(for name: String) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let secret: String
        if let given = environment[SecretInput.variable], !given.isEmpty {
            secret = given
        } else {
            guard
                let first = SecretInput.fromTerminal(
                    prompt: commandLanguage.text("New password or PIN for {name}: ", ["name": name])),
                let second = SecretInput.fromTerminal(prompt: commandLanguage.text("Type it again: "))
            else {
                throw Failure(
                    Message(
                        "no terminal to ask for the secret on: run this in a terminal, or set {variable}",
                        ["variable": SecretInput.variable]))
            }
            guard first == second else { throw Failure(Message("the two secrets typed differ; nothing was changed")) }
            secret = first
        }
        if let problem = SecretRules.problem(secret) {
            throw Failure(Message("{rule}; nothing was changed", ["rule": SecretRules.describe(problem)]))
        }
        return secret
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("Add a nurse account."))
        @OptionGroup var store: StoreOptions
        @Argument(help: helpText("The name the nurse signs in with: lower-case letters, digits, '.', '_', '-'."))
        var name: String
        @Option(
            help: helpText("The name charts and reports show, such as \"Dana Reyes, RN\" (default: the account name)."))
        var displayName: String?

        func validate() throws {
            _ = try NurseCommand.accountName(name)
            if let displayName, NurseAccount.displayName(displayName) == nil {
                throw invalid(
                    Message(
                        "--display-name must be 1 to {maximum} characters with no control characters",
                        ["maximum": NurseAccount.maximumDisplayNameLength]))
            }
        }

        func run() throws {
            let account = try NurseCommand.accountName(name)
            let display = displayName.flatMap(NurseAccount.displayName) ?? account
            let db = try store.open()
            defer { db.close() }
            if try reportingStoreErrors({ try db.nurseAccount(named: account) }) != nil {
                throw Failure(StoreError.nurseExists(name: account).message(commandLanguage.words))
            }
            let secret = try NurseCommand.newSecret(for: account)
            let now = Now.current()
            try reportingStoreErrors {
                _ = try db.addNurse(
                    NurseAccount(
                        name: account, displayName: display, secretHash: SecretHash.make(secret), createdAt: now))
            }
            say(Message("Added the nurse account {account} ({display}).", ["account": account, "display": display]))
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("Set a nurse account's password or PIN (this also unlocks it)."))
        @OptionGroup var store: StoreOptions
        @Argument(help: helpText("The account.")) var name: String

        func run() throws {
            let account = try NurseCommand.accountName(name)
            let db = try store.open()
            defer { db.close() }
            guard try reportingStoreErrors({ try db.nurseAccount(named: account) }) != nil else {
                throw Failure(
                    Message(
                        "there is no nurse account {account}; 'teachback nurse list' shows them", ["account": account]))
            }
            let hash = SecretHash.make(try NurseCommand.newSecret(for: account))
            _ = try reportingStoreErrors { try db.changeNurse(named: account, .secret(hash: hash), at: Now.current()) }
            say(Message("Set a new secret for {account}.", ["account": account]))
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("Turn a nurse account off: it can no longer sign in; its records keep naming it."))
        @OptionGroup var store: StoreOptions
        @Argument(help: helpText("The account.")) var name: String

        func run() throws { try NurseCommand.set(name, disabled: true, store: store) }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("Turn a disabled nurse account back on."))
        @OptionGroup var store: StoreOptions
        @Argument(help: helpText("The account.")) var name: String

        func run() throws { try NurseCommand.set(name, disabled: false, store: store) }
    }

    static func set(_ name: String, disabled: Bool, store: StoreOptions) throws {
        let account = try accountName(name)
        let db = try store.open()
        defer { db.close() }
        guard try reportingStoreErrors({ try db.changeNurse(named: account, .disabled(disabled), at: Now.current()) })
        else {
            throw Failure(
                Message("there is no nurse account {account}; 'teachback nurse list' shows them", ["account": account]))
        }
        say(
            disabled
                ? Message("Disabled {account}: it can no longer sign in.", ["account": account])
                : Message("Enabled {account}.", ["account": account]))
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("List the nurse accounts (never their secrets)."))
        @OptionGroup var store: StoreOptions
        @Option(help: helpText("text or json.")) var format: Format = .text
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() throws {
            let db = try store.open()
            defer { db.close() }
            let accounts = try reportingStoreErrors { try db.nurseAccounts() }
            let now = Now.current()
            // The JSON's states are codes for other programs; the text's are said in the command's language.
            func state(_ a: NurseAccount) -> String {
                if a.disabled { return "disabled" }
                if let until = a.lockedUntil, until > now { return "locked until \(isoString(until))" }
                return "active"
            }
            func stateText(_ a: NurseAccount) -> String {
                let l = commandLanguage
                if a.disabled { return l.text("disabled", context: "a nurse account's state") }
                if let until = a.lockedUntil, until > now {
                    return l.text("locked until {time}", ["time": isoString(until)])
                }
                return l.text("active", context: "a nurse account's state")
            }
            switch format {
            case .json:
                let rows: [[String: Any]] = accounts.map {
                    [
                        "name": $0.name, "display_name": $0.displayName, "state": state($0),
                        "added": isoString($0.createdAt),
                    ]
                }
                let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            case .text:
                if accounts.isEmpty {
                    say(
                        Message(
                            "No nurse accounts yet. Add one with: teachback nurse add ACCOUNT --display-name \"NAME, RN\""
                        ))
                }
                for a in accounts { print("\(a.name)\t\(a.displayName)\t\(stateText(a))") }
            }
        }
    }
}
