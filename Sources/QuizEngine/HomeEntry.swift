import LearnerModel

/// The home screen's choices, in the order shown.
package enum HomeEntry: CaseIterable, Sendable {
    case start, missed, read, section, exam, progress, settings, facilitator, plan, teachBack, roster, topics,
        switchLearner, quit

    /// What choosing the entry asks the engine to do.
    package var intent: Intent {
        switch self {
        case .start: .start(.review, section: nil)
        case .missed: .start(.missed, section: nil)
        case .read: .open(.sectionPicker(forReading: true))
        case .section: .open(.sectionPicker(forReading: false))
        case .exam: .start(.exam, section: nil)
        case .progress: .open(.progress)
        case .settings: .open(.settings)
        case .facilitator: .open(.signIn)
        case .plan: .open(.plan)
        case .teachBack: .open(.teachBack)
        case .roster: .open(.roster)
        case .topics: .open(.topics)
        case .switchLearner: .nextLearner
        case .quit: .quit
        }
    }
}

/// The settings screen's rows, in the order shown.
package enum SettingsEntry: CaseIterable, Sendable {
    case confidence, newPerDay, algorithm, readAloud
}
