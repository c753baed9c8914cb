/// What the screen shows, as values: built once from the state by `AppState.view()`, drawn by each renderer in its
/// own way (the full-screen trainer lays it out in cells, plain mode prints it as lines, speech reads it).
///
/// Bank and learner text in it is already cleaned of control characters and escape sequences.
package struct ViewModel: Sendable, Equatable {
    /// The sentences of every screen, in the learner's language.
    package var strings: Strings
    package var title: TitleBar
    /// A one-line notice under the title: what just happened, or what to do.
    package var notice: String?
    package var screen: ScreenView
    /// Help or a passage, shown over the screen.
    package var overlay: OverlayView?
    /// How far the screen's body is scrolled, in lines.
    package var scroll: Int
}

/// The top line: the program, the mode of the session under way and the learner.
package struct TitleBar: Sendable, Equatable {
    package var app: String
    package var mode: String?
    package var learner: String?
}

/// One screen's content.
package enum ScreenView: Sendable, Equatable {
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
    case signIn(SignInView)
    case teachBack(TeachBackView)
    case roster(RosterView)
}

package enum OverlayView: Sendable, Equatable {
    case help
    case reading(ReadingView)
}
