/// The learner's topics: each with what it asks today, then "all my topics", the next learner and quit.
package struct TopicsView: Sendable, Equatable {
    package struct Row: Sendable, Equatable {
        /// The topic's title and today's counts ("Immunotherapy: 4 due, 6 new"), or the entry's label.
        package var label: String
        /// What the plan's date means today, under the topic ("5 days until 12 December: 8 questions today").
        package var detail: String?
        /// The key that chooses it: 1, 2, … for topics, a letter for the rest.
        package var shortcut: Character
        /// The intent choosing it sends.
        package var intent: Intent
    }

    package var learner: String
    package var facilitator: String?
    package var rows: [Row]
    package var selected: Int
}
