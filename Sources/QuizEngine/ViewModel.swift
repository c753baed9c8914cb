/// What the screen shows, as values: built once from the state by `AppState.view()`, drawn by each renderer in its
/// own way (the full-screen trainer lays it out in cells, plain mode prints it as lines, speech reads it).
///
/// Bank and learner text in it is already cleaned of control characters and escape sequences.
public struct ViewModel: Sendable, Equatable {
    /// The sentences of every screen, in the learner's language.
    public var strings: Strings
    public var title: TitleBar
    /// A one-line notice under the title: what just happened, or what to do.
    public var notice: String?
    public var screen: ScreenView
    /// Help or a passage, shown over the screen.
    public var overlay: OverlayView?
    /// How far the screen's body is scrolled, in lines.
    public var scroll: Int
}

/// The top line: the program, the mode of the session under way and the learner.
public struct TitleBar: Sendable, Equatable {
    public var app: String
    public var mode: String?
    public var learner: String?
}

/// One screen's content.
public enum ScreenView: Sendable, Equatable {
    case learnerPicker(LearnerPickerView)
    case home(HomeView)
    case question(QuestionView)
    case confidence(ConfidenceView)
    case feedback(FeedbackView)
    /// Nil when there is no finished session to sum up.
    case summary(SummaryView?)
    /// Nil while the progress is loading.
    case progress(ProgressView?)
    case sectionPicker(SectionPickerView)
    /// Nil when no learner is open.
    case settings(SettingsView?)
    case facilitatorEntry(TextEntryView)
}

public enum OverlayView: Sendable, Equatable {
    case help
    case reading(ReadingView)
}

public struct LearnerPickerView: Sendable, Equatable {
    public var typed: String
    public var names: [String]
    /// The highlighted name; nil while a name is being typed.
    public var selected: Int?
}

public struct HomeView: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var entry: HomeEntry
        public var label: String
        public var shortcut: Character
    }

    public var learner: String
    public var facilitator: String?
    /// Questions due now and new ones still allowed today; nil with no learner.
    public var today: (due: Int, new: Int)?
    /// The bank's title and review status.
    public var about: String
    public var rows: [Row]
    public var selected: Int

    public static func == (a: HomeView, b: HomeView) -> Bool {
        a.learner == b.learner && a.facilitator == b.facilitator && a.today?.due == b.today?.due
            && a.today?.new == b.today?.new && a.about == b.about && a.rows == b.rows && a.selected == b.selected
    }
}

public struct QuestionView: Sendable, Equatable {
    public var itemID: String
    public var section: String
    /// 1 for the first question of the session.
    public var number: Int
    public var total: Int
    public var critical: Bool
    public var stem: String
    public var options: [String]
    public var selected: Int
}

public struct ConfidenceView: Sendable, Equatable {
    public var chosen: Int
    public var levels: [String]
    public var selected: Int
}

public struct FeedbackView: Sendable, Equatable {
    /// The answer is still being saved: nothing else is shown yet.
    public var saving: Bool
    public var correct: Bool
    public var chosen: Int
    public var chosenText: String
    public var answer: Int
    public var key: String
    /// Why the key is right, when it says more than the key.
    public var explanation: String?
    /// Why the chosen wrong option is wrong, where the bank says.
    public var aboutYourAnswer: String?
    public var section: String
    /// When the question comes back, in words ("in 10 minutes"); nil in an exam.
    public var seeAgain: String?
    public var isExam: Bool
    /// A missed question comes back later in this session.
    public var comesBack: Bool
}

public struct SummaryView: Sendable, Equatable {
    public struct SectionRow: Sendable, Equatable {
        public var title: String
        public var correct: Int
        public var asked: Int
    }

    public struct Missed: Sendable, Equatable {
        public var stem: String
        public var key: String
        public var critical: Bool
        /// What a nurse asks and listens for, in a nurse-led session.
        public var teachBack: TeachBackPrompt?
    }

    public var asked: Int
    public var correct: Int
    public var sections: [SectionRow]
    /// Each missed question once, safety questions first.
    public var missed: [Missed]
    /// The next review, in words.
    public var nextReview: String?
    public var isExam: Bool
    /// The nurse leading the session, if any.
    public var facilitator: String?
}

/// What a nurse asks to check understanding, and what to listen for.
public struct TeachBackPrompt: Sendable, Equatable {
    public var ask: String
    public var listenFor: String
}

public struct ProgressView: Sendable, Equatable {
    public struct SectionRow: Sendable, Equatable {
        public var title: String
        public var share: Double
    }

    public struct SessionRow: Sendable, Equatable {
        public var date: String
        public var correct: Int
        public var attempted: Int
    }

    public var sections: [SectionRow]
    /// The most recent sessions, oldest first.
    public var sessions: [SessionRow]
    /// Reviews due on each of the next 14 days, today first.
    public var duePerDay: [Int]
}

public struct SectionPickerView: Sendable, Equatable {
    public var forReading: Bool
    public var sectionIDs: [String]
    public var titles: [String]
    public var selected: Int
}

public struct SettingsView: Sendable, Equatable {
    public var learner: String
    public var entries: [SettingsEntry]
    public var rows: [String]
    public var selected: Int
}

public struct TextEntryView: Sendable, Equatable {
    public var typed: String
}

public struct ReadingView: Sendable, Equatable {
    /// 1 for the first section.
    public var number: Int
    public var total: Int
    public var title: String
    public var passage: String
    public var objectives: [String]
    /// The line the reader has scrolled to.
    public var scroll: Int
}
