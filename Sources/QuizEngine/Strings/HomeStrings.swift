/// The home screen: the learner's day and the menu.
package struct HomeStrings: Sendable, Equatable {
    package let language: Language

    package func hello(_ name: String) -> String { language.text("Hello, {name}.", ["name": name]) }
    package func today(due: Int, new: Int) -> String {
        let questions = CommonStrings(language: language).questions(due)
        return language.text("Today: {questions} due, {new} new.", ["questions": questions, "new": new])
    }

    package func label(_ entry: HomeEntry, signedIn: Bool = false) -> String {
        switch entry {
        case .start: language.text("Start today's questions")
        case .missed: language.text("Review missed questions")
        case .read: language.text("Read the material")
        case .section: language.text("Practise one section")
        case .exam: language.text("Exam (does not change your schedule)")
        case .progress: language.text("See your progress")
        case .settings: language.text("Settings")
        case .facilitator where signedIn: language.text("Nurse: sign out")
        case .facilitator: language.text("Nurse: sign in")
        case .topics: language.text("Back to my topics")
        case .plan:
            language.text("Nurse: topics and dates for this patient")
        case .teachBack:
            language.text("Nurse: teach-back check with this patient")
        case .roster: RosterStrings(language: language).homeEntry
        case .switchLearner: language.text("Next learner")
        case .quit: language.text("Quit")
        }
    }

    /// The letter that chooses an entry, shown beside it: the same in every language, as the trainer's other keys.
    package func shortcut(_ entry: HomeEntry) -> Character {
        switch entry {
        case .start: "s"
        case .missed: "m"
        case .read: "r"
        case .section: "p"
        case .exam: "e"
        case .progress: "g"
        case .settings: "t"
        case .facilitator: "f"
        case .topics: "b"
        case .plan: "n"
        case .teachBack: "k"
        case .roster: "o"
        case .switchLearner: "l"
        case .quit: "q"
        }
    }

    package var terminalKeys: String {
        language.text("Letter or ↑↓ Enter: choose · q: quit · ?: help")
    }
}
