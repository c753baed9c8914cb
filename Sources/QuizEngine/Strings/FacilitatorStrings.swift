import Foundation
import LearnerModel

/// The nurse's sign-in, and the line that says who leads the session.
package struct FacilitatorStrings: Sendable, Equatable {
    package let language: Language

    package var title: String { language.text("Nurse sign-in") }
    package var explain: String {
        language.text(
            "For the nurse: type your account name, press Enter, then your password or PIN. Your name goes on the chart for this patient's sessions."
        )
    }
    package var nameLabel: String { language.text("Account name:") }
    package var secretLabel: String { language.text("Password or PIN:") }
    package func leading(_ nurse: String) -> String {
        language.text("Nurse-led session with {nurse}.", ["nurse": nurse])
    }
    package var terminalKeys: String {
        language.text("Enter: next · Tab: other field · Esc: cancel")
    }

    /// Why a sign-in was refused, and what to do.
    package func refusal(_ refusal: SignInRefusal, timeZone: TimeZone) -> String {
        switch refusal {
        case .wrongNameOrSecret:
            language.text("Wrong account name or secret. Five wrong tries in a row lock an account for 5 minutes.")
        case .locked(let until):
            language.text(
                "Too many wrong tries: this account is locked until {time}. Try again then.",
                ["time": clock(until, timeZone)])
        case .disabled:
            language.text("This account is turned off. Ask whoever runs this computer.")
        case .noAccounts:
            language.text(
                "There are no nurse accounts here yet. Whoever runs this computer adds one: teachback nurse add NAME")
        }
    }

    func clock(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }
}
