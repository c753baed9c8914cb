/// The learner's topics: each with what it asks today, then "all my topics", the next learner and quit.
public struct TopicsView: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The topic's title and today's counts ("Immunotherapy: 4 due, 6 new"), or the entry's label.
        public var label: String
        /// What the plan's date means today, under the topic ("5 days until 12 December: 8 questions today").
        public var detail: String?
        /// The key that chooses it: 1, 2, … for topics, a letter for the rest.
        public var shortcut: Character
        /// The intent choosing it sends.
        public var intent: Intent
    }

    public var learner: String
    public var facilitator: String?
    public var rows: [Row]
    public var selected: Int
}
