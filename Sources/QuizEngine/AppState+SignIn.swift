import Foundation
import LearnerModel

extension AppState {
    /// The sign-in screen: the account's name, Enter, the secret, Enter. The secret leaves the state as soon as it is
    /// sent to be checked.
    mutating func signInScreen(_ intent: Intent, form: SignInForm) -> [Effect] {
        var form = form
        switch intent {
        case .typeInSecret(let c?) where form.onSecret:
            if form.secret.count < Self.maximumSecretLength && !c.isNewline { form.secret.append(c) }
        case .typeInSecret(nil) where form.onSecret:
            form.secret = String(form.secret.dropLast())
        case .editText where form.onSecret: return []
        case .editText(let text):
            form.name = String(
                text.filter { !$0.isNewline && !$0.isWhitespace }.prefix(NurseAccount.maximumNameLength))
        case .moveFocus: form.onSecret.toggle()
        case .activate where !form.onSecret:
            guard !form.name.isEmpty else { return [] }
            form.onSecret = true
        case .activate:
            guard !form.secret.isEmpty else { return [] }
            let secret = form.secret
            form.secret = ""
            screen = .signIn(form)
            return [.signIn(name: form.name, secret: secret)]
        case .back:
            goHome()
            return []
        default: return []
        }
        screen = .signIn(form)
        return []
    }

    /// The longest secret the field takes (the rules allow 128).
    static let maximumSecretLength = 128

    /// A nurse signed in: the sessions are theirs from now on (the flags for teach-back are read when a nurse leads).
    mutating func signedIn(_ signed: SignedInNurse) -> [Effect] {
        nurse = signed
        goHome()
        notice = strings.notices.signedIn(signed.displayName)
        return learner != nil ? [.loadHistory] : []
    }

    mutating func signInRefused(_ refusal: SignInRefusal) {
        guard case .signIn(var form) = screen else { return }
        form.refusal = refusal
        form.secret = ""
        // The name stays (Tab goes back to it), the focus on the emptied secret: the same whether the name is an
        // account's or not, so neither the words nor the cursor tell which names are accounts, and a secret typed
        // again never lands in the name's field, in clear.
        form.onSecret = true
        screen = .signIn(form)
    }

    /// The nurse signs out: what only a nurse sees closes with them.
    mutating func signOut() -> [Effect] {
        guard let leaving = nurse else { return [] }
        nurse = nil
        teachBack = nil
        roster = []
        goHome()
        notice = strings.notices.signedOut(leaving.displayName)
        return learner != nil ? [.loadHistory] : []
    }
}
