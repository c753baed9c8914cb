package struct HomeView: Sendable, Equatable {
    package struct Row: Sendable, Equatable {
        package var entry: HomeEntry
        package var label: String
        package var shortcut: Character
    }

    package var learner: String
    package var facilitator: String?
    /// Questions due now and new ones still allowed today; nil with no learner.
    package var today: (due: Int, new: Int)?
    /// The bank's title and review status.
    package var about: String
    /// What the plan's date means today ("5 days until 12 December: 8 questions today"); nil without one.
    package var dateLine: String?
    package var rows: [Row]
    package var selected: Int
    /// In a nurse-led session: teaching points of this topic that need teach-back (missed often).
    package var needsTeachBack: Int = 0

    package static func == (a: HomeView, b: HomeView) -> Bool {
        a.learner == b.learner && a.facilitator == b.facilitator && a.today?.due == b.today?.due
            && a.today?.new == b.today?.new && a.about == b.about && a.dateLine == b.dateLine && a.rows == b.rows
            && a.selected == b.selected && a.needsTeachBack == b.needsTeachBack
    }
}
