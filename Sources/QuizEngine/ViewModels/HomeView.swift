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
    /// What the plan's date means today ("5 days until 12 December: 8 questions today"); nil without one.
    public var dateLine: String?
    public var rows: [Row]
    public var selected: Int
    /// In a nurse-led session: teaching points of this topic that need teach-back (missed often).
    public var needsTeachBack: Int = 0

    public static func == (a: HomeView, b: HomeView) -> Bool {
        a.learner == b.learner && a.facilitator == b.facilitator && a.today?.due == b.today?.due
            && a.today?.new == b.today?.new && a.about == b.about && a.dateLine == b.dateLine && a.rows == b.rows
            && a.selected == b.selected && a.needsTeachBack == b.needsTeachBack
    }
}
