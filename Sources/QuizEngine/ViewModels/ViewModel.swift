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
    case topics(TopicsView)
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
    case plan(PlanView)
    case facilitatorEntry(TextEntryView)
    case teachBack(TeachBackView)
}

public enum OverlayView: Sendable, Equatable {
    case help
    case reading(ReadingView)
}
