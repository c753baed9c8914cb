/// The home screen: the learner's day and the menu.
public struct HomeStrings: Sendable, Equatable {
    public let language: Language

    public func hello(_ name: String) -> String { "Hello, \(name)." }
    public func today(due: Int, new: Int) -> String {
        "Today: \(CommonStrings(language: language).count(due, "question")) due, \(new) new."
    }

    public func label(_ entry: HomeEntry) -> String {
        switch entry {
        case .start: "Start today's questions"
        case .missed: "Review missed questions"
        case .read: "Read the material"
        case .section: "Practise one section"
        case .exam: "Exam (does not change your schedule)"
        case .progress: "See your progress"
        case .settings: "Settings"
        case .facilitator: "Nurse-led session: enter the nurse's name"
        case .topics: "Back to my topics"
        case .plan: "Nurse: topics and dates for this patient"
        case .teachBack: "Nurse: teach-back check with this patient"
        case .switchLearner: "Next learner"
        case .quit: "Quit"
        }
    }

    /// The letter that chooses an entry, shown beside it.
    public func shortcut(_ entry: HomeEntry) -> Character {
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
        case .switchLearner: "l"
        case .quit: "q"
        }
    }

    public var terminalKeys: String { "Letter or ↑↓ Enter: choose · q: quit · ?: help" }
}
