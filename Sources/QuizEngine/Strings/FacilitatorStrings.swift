import Foundation
import LearnerModel

/// The nurse's sign-in, and the line that says who leads the session.
package struct FacilitatorStrings: Sendable, Equatable {
    package let language: Language

    package var title: String { language.pick("Nurse sign-in", "Inicio de sesión de enfermería") }
    package var explain: String {
        language.pick(
            "For the nurse: type your account name, press Enter, then your password or PIN. Your name goes on the chart for this patient's sessions.",
            "Para la enfermera o el enfermero: escriba el nombre de su cuenta, pulse Intro, y luego su contraseña o PIN. Su nombre queda en el registro de las sesiones de esta persona."
        )
    }
    package var nameLabel: String { language.pick("Account name:", "Nombre de la cuenta:") }
    package var secretLabel: String { language.pick("Password or PIN:", "Contraseña o PIN:") }
    package func leading(_ nurse: String) -> String {
        language.pick("Nurse-led session with \(nurse).", "Sesión guiada por \(nurse).")
    }
    package var terminalKeys: String {
        language.pick(
            "Enter: next · Tab: other field · Esc: cancel", "Intro: seguir · Tabulador: otro campo · Esc: cancelar")
    }

    /// Why a sign-in was refused, and what to do.
    package func refusal(_ refusal: SignInRefusal, timeZone: TimeZone) -> String {
        switch refusal {
        case .wrongNameOrSecret:
            language.pick(
                "Wrong account name or secret. Five wrong tries in a row lock an account for 5 minutes.",
                "Nombre de cuenta o secreto incorrecto. Cinco intentos fallidos seguidos bloquean la cuenta 5 minutos.")
        case .locked(let until):
            language.pick(
                "Too many wrong tries: this account is locked until \(clock(until, timeZone)). Try again then.",
                "Demasiados intentos fallidos: la cuenta está bloqueada hasta las \(clock(until, timeZone)). Inténtelo entonces."
            )
        case .disabled:
            language.pick(
                "This account is turned off. Ask whoever runs this computer.",
                "Esta cuenta está desactivada. Pregunte a quien administra esta computadora.")
        case .noAccounts:
            language.pick(
                "There are no nurse accounts here yet. Whoever runs this computer adds one: teachback nurse add NAME",
                "Todavía no hay cuentas de enfermería. Quien administra esta computadora crea una: teachback nurse add NOMBRE"
            )
        }
    }

    func clock(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }
}
